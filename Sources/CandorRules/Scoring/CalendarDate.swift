import Foundation

/// Calendar dates in UTC for ground truth and for checking dates a model claims: ISO
/// `YYYY-MM-DD` in packs; ISO or "March 5, 2024" / "5 March 2024" in responses.
public enum CalendarDate {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Parses `YYYY-MM-DD`.
    public static func parse(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return make(year: parts[0], month: parts[1], day: parts[2])
    }

    static func make(year: Int, month: Int, day: Int) -> Date? {
        // Years are four digits, as written in packs and answers; larger ones overflow the calendar.
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else {
            return nil
        }
        return date
    }

    /// `YYYY-MM-DD`.
    public static func format(_ date: Date) -> String {
        formatChecked(date) ?? "0000-00-00"
    }

    /// `YYYY-MM-DD`, or `nil` for a date outside the years 1 to 9999.
    static func formatChecked(_ date: Date) -> String? {
        let parts = calendar.dateComponents([.era, .year, .month, .day], from: date)
        guard let year = parts.year, (1...9999).contains(year), let month = parts.month, let day = parts.day,
            parts.era == 1
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The English weekday name, such as `Tuesday`.
    public static func weekday(_ date: Date) -> String {
        weekdays[calendar.component(.weekday, from: date) - 1]
    }

    static let isoInText = TextPattern.known(#"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"#)
    static let monthFirst = TextPattern.known(
        #"\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#
    )
    static let dayFirst = TextPattern.known(
        #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4})\b"#
    )

    /// Every date written in `text`, as `YYYY-MM-DD`, in order of appearance within each style.
    public static func dates(in text: String) -> [String] {
        var found: [String] = []
        for groups in isoInText.groups(in: text) {
            if let date = make(year: Int(groups[0]) ?? 0, month: Int(groups[1]) ?? 0, day: Int(groups[2]) ?? 0) {
                found.append(format(date))
            }
        }
        for groups in monthFirst.groups(in: text) {
            let month = (monthNames.firstIndex(of: groups[0].lowercased()) ?? -1) + 1
            if let date = make(year: Int(groups[2]) ?? 0, month: month, day: Int(groups[1]) ?? 0) {
                found.append(format(date))
            }
        }
        for groups in dayFirst.groups(in: text) {
            let month = (monthNames.firstIndex(of: groups[1].lowercased()) ?? -1) + 1
            if let date = make(year: Int(groups[2]) ?? 0, month: month, day: Int(groups[0]) ?? 0) {
                found.append(format(date))
            }
        }
        return found
    }

    /// The weekday names of English, Spanish, French, German, Portuguese and Italian, lower-cased as
    /// words are read, with the English name each stands for. Portuguese names are two words ("quinta-feira").
    static let weekdayNames: [String: String] = {
        let names: [[String]] = [
            ["domingo", "dimanche", "sonntag", "domenica"],
            ["lunes", "lundi", "montag", "lunedì", "lunedi", "segunda feira"],
            ["martes", "mardi", "dienstag", "martedì", "martedi", "terça feira", "terca feira"],
            ["miércoles", "miercoles", "mercredi", "mittwoch", "mercoledì", "mercoledi", "quarta feira"],
            ["jueves", "jeudi", "donnerstag", "giovedì", "giovedi", "quinta feira"],
            ["viernes", "vendredi", "freitag", "venerdì", "venerdi", "sexta feira"],
            ["sábado", "sabado", "samedi", "samstag", "sonnabend", "sabato"],
        ]
        var map: [String: String] = [:]
        for (index, local) in names.enumerated() {
            for name in local + [weekdays[index].lowercased()] { map[name] = weekdays[index] }
        }
        return map
    }()

    /// Words right before a weekday (or before its article) that reject it: "Thursday, not Friday". Not
    /// "no", "non" or "não", which also answer before a correction ("No, jueves").
    static let rejecting: Set<String> = ["not", "isn't", "wasn't", "nor", "than", "instead", "pas", "nicht", "kein"]
    /// Articles between a rejecting word and the weekday ("not a Friday").
    static let articles: Set<String> = ["a", "an", "un", "una", "uno", "une", "ein", "uma"]

    /// Every weekday named in `text` and not rejected ("It prints Thursday, not Friday" names Thursday),
    /// capitalised in English, whichever of English, Spanish, French, German, Portuguese or Italian names it.
    public static func weekdays(in text: String) -> [String] {
        let words = YesNoExtractor.words(of: text)
        var named: Set<String> = []
        for (index, word) in words.enumerated() {
            var found = weekdayNames[word]
            var start = index
            if found == nil, word == "feira", index > 0 {
                found = weekdayNames[words[index - 1] + " feira"]
                start = index - 1
            }
            guard let english = found else { continue }
            var before = start - 1
            if before > 0, articles.contains(words[before]) { before -= 1 }
            if before >= 0, rejecting.contains(words[before]) { continue }
            named.insert(english)
        }
        return weekdays.filter(named.contains)
    }
}

import Foundation

/// A five-field cron expression (`minute hour day-of-month month day-of-week`, in UTC), such as
/// `*/15 * * * *` or `0 9-17 * * 1-5`. Fields take `*`, numbers, ranges `a-b`, steps `/n` and
/// lists `a,b`; day-of-week runs 0-6 from Sunday (7 is Sunday too). As in cron, when both
/// day fields are restricted a day matches if either does.
public struct CronSchedule: Sendable, Hashable, CustomStringConvertible {
    let minutes: Set<Int>
    let hours: Set<Int>
    let days: Set<Int>
    let months: Set<Int>
    let weekdays: Set<Int>
    let daysRestricted: Bool
    let weekdaysRestricted: Bool
    /// The expression as written.
    public let description: String

    /// Parses `expression`.
    ///
    /// - Throws: ``CronError`` naming the field that is wrong.
    public init(_ expression: String) throws(CronError) {
        let fields = expression.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count == 5 else {
            throw CronError("a cron expression has 5 fields (minute hour day month weekday), found \(fields.count)")
        }
        minutes = try Self.field(fields[0], "minute", 0...59)
        hours = try Self.field(fields[1], "hour", 0...23)
        days = try Self.field(fields[2], "day of month", 1...31)
        months = try Self.field(fields[3], "month", 1...12)
        weekdays = Set(try Self.field(fields[4], "day of week", 0...7).map { $0 % 7 })
        daysRestricted = fields[2] != "*"
        weekdaysRestricted = fields[4] != "*"
        description = fields.joined(separator: " ")
    }

    /// The first whole minute strictly after `date` that matches, within about five years.
    public func next(after date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var candidate = calendar.date(bySetting: .second, value: 0, of: date.addingTimeInterval(60)) ?? date
        if candidate <= date { candidate = candidate.addingTimeInterval(60) }
        for _ in 0..<200_000 {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: candidate)
            guard let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute,
                let weekday = parts.weekday
            else { return nil }
            if !months.contains(month) {
                candidate = startOfNextMonth(candidate, calendar)
                continue
            }
            if !dayMatches(day: day, weekday: weekday - 1) {
                candidate = calendar.startOfDay(for: candidate).addingTimeInterval(86_400)
                continue
            }
            if !hours.contains(hour) {
                candidate = candidate.addingTimeInterval(Double(60 - minute) * 60)
                continue
            }
            if !minutes.contains(minute) {
                candidate = candidate.addingTimeInterval(60)
                continue
            }
            return candidate
        }
        return nil
    }

    private func dayMatches(day: Int, weekday: Int) -> Bool {
        switch (daysRestricted, weekdaysRestricted) {
        case (true, true): return days.contains(day) || weekdays.contains(weekday)
        case (true, false): return days.contains(day)
        case (false, true): return weekdays.contains(weekday)
        case (false, false): return true
        }
    }

    private func startOfNextMonth(_ date: Date, _ calendar: Calendar) -> Date {
        let start = calendar.date(from: calendar.dateComponents([.year, .month], from: date)) ?? date
        return calendar.date(byAdding: .month, value: 1, to: start) ?? date.addingTimeInterval(86_400 * 28)
    }

    private static func field(_ text: String, _ name: String, _ range: ClosedRange<Int>) throws(CronError) -> Set<Int> {
        var values: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2 else { throw CronError("the \(name) field '\(text)' has more than one '/'") }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else {
                    throw CronError("the \(name) field '\(text)' has a step that is not a positive number")
                }
                step = parsed
            }
            let span: ClosedRange<Int>
            if pieces[0] == "*" {
                span = range
            } else if let dash = pieces[0].firstIndex(of: "-") {
                guard let low = Int(pieces[0][..<dash]), let high = Int(pieces[0][pieces[0].index(after: dash)...]),
                    low <= high
                else { throw CronError("the \(name) field '\(text)' has a malformed range") }
                span = low...high
            } else if let value = Int(pieces[0]) {
                // `70/5` in minutes: checked before it becomes a range, which would trap as 70...59.
                guard range.contains(value) else {
                    throw CronError("the \(name) field '\(text)' is outside \(range.lowerBound)-\(range.upperBound)")
                }
                span = value...(pieces.count == 2 ? range.upperBound : value)
            } else {
                throw CronError("the \(name) field '\(text)' is not a number, range, list or '*'")
            }
            guard range.contains(span.lowerBound), range.contains(span.upperBound) else {
                throw CronError("the \(name) field '\(text)' is outside \(range.lowerBound)-\(range.upperBound)")
            }
            values.formUnion(stride(from: span.lowerBound, through: span.upperBound, by: step))
        }
        return values
    }
}

/// A cron expression that could not be parsed.
public struct CronError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

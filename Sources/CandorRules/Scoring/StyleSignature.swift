import Foundation

/// A deterministic summary of how an answer is formatted, not what it says: list markers, numerals or number
/// words, date format, capitalisation, trailing punctuation, emphasis and a length bucket. Two models that both
/// answer correctly usually still differ here at temperature 0, so the mix of signatures over a probe's items
/// fingerprints the model behind a name (the label `answer_style`, followed by a category signal).
public struct StyleSignature: Sendable, Hashable, CustomStringConvertible {
    /// The observation label a rules scorer's `style` condition fills.
    public static let label = "answer_style"

    /// How the answer lists things: `numbered`, `dash`, `star`, `bullet`, `inline` (commas on one line) or `none`.
    public var list: String
    /// How it writes numbers: `digits`, `words`, `mixed` or `none`.
    public var numbers: String
    /// How it writes a date: `iso`, `slash`, `day-month`, `month-day` or `none`.
    public var date: String
    /// Whether its first letter is a `capital` or `lower` (or `nocase` without letters).
    public var initial: String
    /// Its last character: `period`, `exclaim`, `question`, `colon`, `paren` or `bare`.
    public var ending: String
    /// Whether it uses Markdown emphasis (`bold`) or not (`plain`).
    public var emphasis: String
    /// Its length in words: `short` (up to 3), `medium` (up to 15) or `long`.
    public var length: String

    /// The signature of `text`.
    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lines = trimmed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        list = Self.list(lines)
        let dates = Self.dates(trimmed)
        numbers = Self.numbers(dates.rest)
        date = dates.format
        initial =
            switch trimmed.first(where: \.isLetter) {
            case let letter? where letter.isUppercase: "capital"
            case .some: "lower"
            case nil: "nocase"
            }
        ending =
            switch trimmed.last {
            case "."?: "period"
            case "!"?: "exclaim"
            case "?"?: "question"
            case ":"?: "colon"
            case ")"?: "paren"
            default: "bare"
            }
        emphasis = trimmed.contains("**") || trimmed.contains("__") ? "bold" : "plain"
        let words = trimmed.split { $0.isWhitespace }.count
        length = words <= 3 ? "short" : words <= 15 ? "medium" : "long"
    }

    /// The category name, such as `numbered-list+digits+iso-date+capital+bare+plain+short`.
    public var description: String {
        ["\(list)-list", numbers, "\(date)-date", initial, ending, emphasis, length].joined(separator: "+")
    }

    private static func list(_ lines: [String]) -> String {
        let markers: [(String, (String) -> Bool)] = [
            ("numbered", { numberedMarker.matches($0) }),
            ("dash", { $0.hasPrefix("- ") }),
            ("star", { $0.hasPrefix("* ") }),
            ("bullet", { $0.hasPrefix("•") }),
        ]
        for (name, marks) in markers where lines.filter(marks).count >= 2 {
            return name
        }
        let commas = lines.count == 1 ? lines[0].filter { $0 == "," }.count : 0
        return commas >= 2 ? "inline" : "none"
    }

    /// Number words a model may spell out instead of digits.
    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
    ]

    /// Month names and abbreviations, for written dates.
    private static let month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"

    /// The date formats, most specific first, each with the pattern that finds it (compiled once: compiling them
    /// per answer was a quarter of all scoring time).
    private static let dateFormats: [(name: String, pattern: TextPattern)] = [
        ("iso", #"\b\d{4}-\d{2}-\d{2}\b"#),
        ("slash", #"\b\d{1,2}/\d{1,2}/\d{2,4}\b"#),
        ("day-month", #"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + month + #"(?:,? \d{4})?"#),
        ("month-day", "\\b" + month + #" \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4})?"#),
    ].map { ($0, TextPattern.known($1, caseInsensitive: false)) }

    /// A numbered list's marker at the start of a line ("1. ", "2) ").
    private static let numberedMarker = TextPattern.known(#"^\s*\d{1,2}[.)]\s"#, caseInsensitive: false)

    /// The first date format `text` uses, and the text with its dates and list markers removed, so that the
    /// numbers in a date or a marker do not count as the answer's way of writing numbers.
    private static func dates(_ text: String) -> (format: String, rest: String) {
        // Every marker and date has a digit: most answers have none, and are done here.
        guard text.contains(where: \.isNumber) else { return ("none", text) }
        var format = "none"
        var rest = numberedMarker.removingMatches(in: text)
        for (name, pattern) in dateFormats where pattern.matches(rest) {
            if format == "none" { format = name }
            rest = pattern.removingMatches(in: rest)
        }
        return (format, rest)
    }

    private static func numbers(_ body: String) -> String {
        let digits = body.contains { $0.unicodeScalars.first?.properties.numericType == .decimal }
        let words = body.lowercased().split { !$0.isLetter }.contains { numberWords.contains(String($0)) }
        switch (digits, words) {
        case (true, true): return "mixed"
        case (true, false): return "digits"
        case (false, true): return "words"
        case (false, false): return "none"
        }
    }
}

/// Finds a yes/no answer in real model prose ("**Yes.**", "No, this car does not…",
/// "The answer is: no", "Sí, …") without guessing: hedges and refusals are `evasive`, anything
/// else without a clear answer is `unparsed`.
public struct YesNoExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    static let affirmative: Set<String> = ["yes", "yeah", "yep", "yup", "affirmative", "sí", "sì", "oui", "ja", "sim", "да"]
    static let negative: Set<String> = ["no", "nope", "negative", "non", "nein", "não", "nee", "нет"]

    /// Leading phrases that answer without the word yes or no, negatives first ("absolutely not").
    static let negativePhrases: [[String]] = [
        ["absolutely", "not"], ["definitely", "not"], ["certainly", "not"], ["of", "course", "not"], ["not", "at", "all"],
        ["incorrect"], ["false"], ["wrong"], ["that's", "wrong"], ["that's", "incorrect"], ["that's", "not", "right"],
        ["that's", "not", "correct"], ["that", "is", "not", "correct"], ["that", "is", "incorrect"],
    ]
    static let affirmativePhrases: [[String]] = [
        ["correct"], ["that's", "right"], ["that's", "correct"], ["that", "is", "correct"], ["that", "is", "right"],
        ["true"], ["exactly"], ["indeed"], ["absolutely"], ["definitely"], ["certainly"], ["of", "course"],
    ]

    /// Extracts the answer from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        let words = Self.words(of: text)
        let index = AnswerText.leadInLength(words)
        if index < words.count {
            let first = words[index]
            if Self.affirmative.contains(first) { return .answer("yes") }
            if Self.negative.contains(first) { return .answer("no") }
            let rest = words[index...]
            if Self.negativePhrases.contains(where: { rest.starts(with: $0) }) { return .answer("no") }
            if Self.affirmativePhrases.contains(where: { rest.starts(with: $0) }) { return .answer("yes") }
        }
        if AnswerText.isEvasive(words) { return .evasive }
        guard mode == .lenient else { return AnswerText.noAnswer(words) }
        let hasYes = words.contains("yes")
        let hasNo = words.contains("no")
        switch (hasYes, hasNo) {
        case (true, false): return .answer("yes")
        case (false, true): return .answer("no")
        default: return AnswerText.noAnswer(words)
        }
    }

    /// Lower-cased words, with markdown, punctuation and typographic apostrophes normalised;
    /// apostrophes inside words are kept ("don't").
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = trimApostrophes(String(current))
            if !word.isEmpty { words.append(word) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Fast path: most responses are ASCII, and Unicode property look-ups dominate otherwise.
                let value = scalar.value
                if value >= 65 && value <= 90 {
                    current.append(Unicode.Scalar(value + 32)!)
                } else if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || value == 39 {
                    current.append(scalar)
                } else {
                    flush()
                }
                continue
            }
            let character: Unicode.Scalar = scalar == "\u{2019}" ? "'" : scalar
            if character == "'" || character.properties.isAlphabetic {
                current.append(contentsOf: String(character).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    private static func trimApostrophes(_ word: String) -> String {
        guard word.first == "'" || word.last == "'" else { return word }
        return String(word.drop(while: { $0 == "'" }).reversed().drop(while: { $0 == "'" }).reversed())
    }
}

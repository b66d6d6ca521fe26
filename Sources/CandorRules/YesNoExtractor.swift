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
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            let character: Unicode.Scalar = scalar == "\u{2019}" ? "'" : scalar
            if character.properties.isAlphabetic || ("0"..."9").contains(character) || character == "'" {
                current.unicodeScalars.append(character)
            } else if !current.isEmpty {
                words.append(trimApostrophes(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(trimApostrophes(current)) }
        return words.filter { !$0.isEmpty }
    }

    private static func trimApostrophes(_ word: String) -> String {
        guard word.first == "'" || word.last == "'" else { return word }
        return String(word.drop(while: { $0 == "'" }).reversed().drop(while: { $0 == "'" }).reversed())
    }
}

/// Finds a yes/no answer in real model prose ("**Yes.**", "No, this car does not…",
/// "The answer is: no") without guessing: hedges and refusals are `evasive`, anything else
/// without a clear answer is `unparsed`.
public struct YesNoExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    static let affirmative: Set<String> = ["yes", "yeah", "yep", "yup", "affirmative"]
    static let negative: Set<String> = ["no", "nope", "negative"]
    static let leadIns: [[String]] = [["final", "answer"], ["the", "answer", "is"], ["my", "answer", "is"], ["answer"]]
    static let hedges: [String] = [
        "i'm not sure", "i am not sure", "im not sure", "not sure", "i can't say", "i cannot say", "i can not say",
        "i cannot answer", "i can't answer", "i can't provide", "i cannot provide", "i don't know", "i do not know",
        "it depends", "i'm unable", "i am unable", "unable to", "i do not have enough information", "not able to",
        "i don't have enough information", "not enough information", "as an ai", "i apologize", "i'm sorry",
        "i am sorry", "i cannot", "i can't", "i won't", "i will not", "cannot determine", "can't determine",
        "cannot confirm", "can't confirm", "i'd rather not", "i would rather not", "unclear", "i cannot comment",
        "i can't comment", "no comment",
    ]

    /// Extracts the answer from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        let words = Self.words(of: text)
        var index = 0
        for leadIn in Self.leadIns where Array(words.prefix(leadIn.count)) == leadIn {
            index = leadIn.count
            break
        }
        if index < words.count {
            let first = words[index]
            if Self.affirmative.contains(first) { return .answer("yes") }
            if Self.negative.contains(first) { return .answer("no") }
        }
        let flattened = words.joined(separator: " ")
        if Self.hedges.contains(where: { Self.containsPhrase(flattened, $0) }) {
            return .evasive
        }
        guard mode == .lenient else { return .unparsed }
        let hasYes = words.contains("yes")
        let hasNo = words.contains("no")
        switch (hasYes, hasNo) {
        case (true, false): return .answer("yes")
        case (false, true): return .answer("no")
        default: return .unparsed
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
        String(word.drop(while: { $0 == "'" }).reversed().drop(while: { $0 == "'" }).reversed())
    }

    private static func containsPhrase(_ flattened: String, _ phrase: String) -> Bool {
        let normalised = words(of: phrase).joined(separator: " ")
        let padded = " \(flattened) "
        return padded.contains(" \(normalised) ")
    }
}

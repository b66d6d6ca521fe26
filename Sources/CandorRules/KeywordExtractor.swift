/// Finds one word of a fixed list (`ACCEPT` / `REJECT`, `true` / `false`, an option's name):
/// the leading word, an explicit "Decision: …", or in lenient mode the only listed word present.
public struct KeywordExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode
    /// The words, lower case, in the pack's order.
    public var words: [String]

    /// Creates an extractor for `words` (compared case-insensitively).
    public init(mode: ExtractionMode, words: [String]) {
        self.mode = mode
        self.words = words.map { $0.lowercased() }
    }

    /// Extracts the word from `text`, in the case the pack wrote it (lower-cased).
    public func extract(_ text: String) -> ExtractedAnswer {
        let found = YesNoExtractor.words(of: text)
        let index = AnswerText.leadInLength(found)
        if index < found.count, words.contains(found[index]) { return .answer(found[index]) }
        // Lower-case letters removed: only words written entirely in capitals (REJECT) remain whole.
        let shouted = YesNoExtractor.words(of: String(text.filter { !$0.isLowercase })).filter(words.contains)
        if let word = shouted.last { return .answer(word) }
        if AnswerText.isEvasive(found) { return .evasive }
        guard mode == .lenient else { return AnswerText.noAnswer(found) }
        let present = words.filter(found.contains)
        return present.count == 1 ? .answer(present[0]) : AnswerText.noAnswer(found)
    }
}

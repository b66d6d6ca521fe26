/// Finds a numeric answer ("391", "**Answer:** 1,204", "17 × 23 = 391", "about 42 days") and
/// normalises it (`1,204.50` → `1204.5`).
public struct NumberExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    static let operatorWords: Set<String> = ["plus", "minus", "times", "divided", "multiplied", "and", "or"]
    static let number = TextPattern.known(#"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?![\w])"#)
    static let explicit = TextPattern.known(
        #"(?:answer|result|total|equals|is|=|:)\s*(?:is|of|about|approximately|=|:)?\s*\**\s*[$€£]?(-?\d[\d,]*(?:\.\d+)?)"#
    )

    /// Extracts the number from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        let stripped = AnswerText.stripLeadingMarkup(Substring(text))
        let words = YesNoExtractor.words(of: String(stripped.prefix(60)))
        let leadIn = AnswerText.leadInLength(words)
        if leadIn == 0, let first = stripped.first, first.isNumber || first == "-",
            let leading = Self.number.captures(in: String(stripped.prefix(40)), group: 0).first,
            stripped.hasPrefix(leading)
        {
            let after = stripped.dropFirst(leading.count).drop { $0 == " " }
            let nextWord = after.prefix { $0.isLetter }.lowercased()
            if let next = after.first, "+-−×xX*/÷=".contains(next) || Self.operatorWords.contains(nextWord) {
                // An equation such as "7 × 48 = 336": its result is read below.
            } else {
                return .answer(Self.normalise(leading))
            }
        }
        let stated = Self.explicit.captures(in: text)
        if leadIn > 0, let first = stated.first { return .answer(Self.normalise(first)) }
        if mode == .lenient, let last = stated.last { return .answer(Self.normalise(last)) }
        let allWords = YesNoExtractor.words(of: text)
        if AnswerText.isEvasive(allWords) { return .evasive }
        guard mode == .lenient else { return AnswerText.noAnswer(allWords) }
        let all = Set(Self.number.captures(in: text, group: 0).map(Self.normalise))
        return all.count == 1 ? .answer(all.first!) : AnswerText.noAnswer(allWords)
    }

    /// `1,204.50` → `1204.5`; `-0` → `0`.
    static func normalise(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: ",", with: "")
        guard plain.contains(".") else { return plain == "-0" ? "0" : plain }
        var trimmed = plain
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }
}

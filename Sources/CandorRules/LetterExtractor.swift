import Foundation

/// Finds the chosen letter of a multiple-choice question ("(B)", "**C.**", "The answer is D",
/// "La respuesta es B") without mistaking the article "A" for an answer.
public struct LetterExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode
    /// The allowed letters, upper case.
    public var letters: Set<Character>

    /// Creates an extractor for `letters` (upper case).
    public init(mode: ExtractionMode, letters: [String]) {
        self.mode = mode
        self.letters = Set(letters.compactMap { $0.uppercased().first })
    }

    static let explicit = TextPattern.known(
        #"(?:answer|option|choice|statement|letter|respuesta|réponse|antwort|risposta|resposta)\s*(?:is|would be|es|est|ist|è|é)?\s*(?:\(|\*\*|:|-|—)*\s*\(?\**(?-i:([A-Z]))\**\)?(?![\p{L}'])"#
    )
    static let concluding = TextPattern.known(
        #"(?:\b(?:so|thus|therefore|hence)\s*,?\s*\(?\**(?-i:([A-Z]))\**\)?[.!]?\s*$|\b(?-i:([A-Z])) is (?:the|my) (?:\w+ )?(?:option|choice|answer))"#
    )
    static let marked = TextPattern.known(#"(?:\(([A-Z])\)|\*\*([A-Z])\*\*|^\s*([A-Z])[\).:])"#, caseInsensitive: false)

    /// Extracts the letter from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        if let leading = leadingLetter(text) { return .answer(leading) }
        if mode == .lenient {
            let stated = Self.explicit.captures(in: text).compactMap { $0.uppercased().first }.filter(letters.contains)
            if let last = stated.last { return .answer(String(last)) }
            let concluded = Self.concluding.groups(in: text).flatMap { $0 }.compactMap(\.first).filter(letters.contains)
            if let last = concluded.last { return .answer(String(last)) }
        }
        let words = YesNoExtractor.words(of: text)
        if AnswerText.isEvasive(words) { return .evasive }
        guard mode == .lenient else { return AnswerText.noAnswer(words) }
        let marked = Set(Self.marked.groups(in: text).flatMap { $0 }.compactMap(\.first).filter(letters.contains))
        return marked.count == 1 ? .answer(String(marked.first!)) : AnswerText.noAnswer(words)
    }

    /// Whether `text` holds exactly one character besides white space and punctuation, as in "b." or "(c)".
    private static func isAlone(_ text: Substring) -> Bool {
        var seen = 0
        for character in text where !character.isWhitespace && !character.isPunctuation {
            seen += 1
            if seen > 1 { return false }
        }
        return seen == 1
    }

    private func leadingLetter(_ text: String) -> String? {
        var rest = AnswerText.stripLeadingMarkup(Substring(text))
        let words = YesNoExtractor.words(of: String(rest.prefix(40)))
        let skip = AnswerText.leadInLength(words)
        if skip > 0 {
            for word in words.prefix(skip) {
                guard let range = rest.range(of: word, options: .caseInsensitive) else { break }
                rest = rest[range.upperBound...]
            }
            rest = AnswerText.stripLeadingMarkup(rest)
        }
        guard let first = rest.first, first.isUppercase || skip > 0 || Self.isAlone(rest) else { return nil }
        let letter = Character(first.uppercased())
        guard letters.contains(letter) else { return nil }
        let next = rest.dropFirst().first
        guard let next else { return String(letter) }
        if next.isLetter || next.isNumber || next == "'" { return nil }
        if next == " " && (letter == "A" || letter == "I") && skip == 0 {
            let following = rest.dropFirst(2).prefix { $0.isLetter }
            guard following == "is" || following.isEmpty else { return nil }
        }
        return String(letter)
    }
}

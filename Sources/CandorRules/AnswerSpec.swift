import Foundation

/// How the responses of one condition are read: the forced format, the extraction mode, the
/// allowed choices, and an optional mapping onto a common vocabulary (so that a letter, a
/// `true`/`false` and a yes/no answer can be compared).
public struct AnswerSpec: Sendable, Hashable {
    /// The format.
    public var format: AnswerFormat
    /// Strict or lenient.
    public var mode: ExtractionMode
    /// Letters for `letter`, words for `choice` (and for a tagged or JSON answer read as one).
    public var choices: [String]
    /// The JSON field for `json_field`.
    public var field: String
    /// How the text inside a `<final_answer>` tag or a JSON field is read.
    public var inner: AnswerFormat
    /// Extracted answer → the answer the scorer compares (such as `A` → `yes`).
    public var map: [String: String]
    let fieldPattern: TextPattern

    /// Creates a spec; `choices` defaults to A–D for letters.
    public init(
        format: AnswerFormat = .yesNo,
        mode: ExtractionMode = .lenient,
        choices: [String] = [],
        field: String = "answer",
        inner: AnswerFormat = .text,
        map: [String: String] = [:]
    ) {
        self.format = format
        self.mode = mode
        self.choices = choices
        self.field = field
        self.inner = inner
        self.map = map
        self.fieldPattern = Self.fieldPattern(field)
    }

    static let finalAnswerTag = TextPattern.known(#"<final_answer>\s*([\s\S]*?)\s*</final_answer>"#)

    /// Extracts and maps the answer of `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        let found = extract(text, as: format)
        guard case .answer(let value) = found, let mapped = map[value] ?? map[value.lowercased()] else { return found }
        return .answer(mapped)
    }

    private func extract(_ text: String, as format: AnswerFormat) -> ExtractedAnswer {
        switch format {
        case .yesNo: return YesNoExtractor(mode: mode).extract(text)
        case .letter:
            return LetterExtractor(mode: mode, letters: choices.isEmpty ? ["A", "B", "C", "D"] : choices).extract(text)
        case .number: return NumberExtractor(mode: mode).extract(text)
        case .choice: return KeywordExtractor(mode: mode, words: choices).extract(text)
        case .text: return Self.normalisedText(text)
        case .finalAnswer:
            if let tagged = Self.finalAnswerTag.captures(in: text).last {
                return extract(tagged, as: inner == .finalAnswer ? .text : inner)
            }
            return fallback(text)
        case .jsonField:
            if let value = Self.jsonField(fieldPattern, in: text) {
                return extract(value, as: inner == .jsonField ? .text : inner)
            }
            return fallback(text)
        }
    }

    private func fallback(_ text: String) -> ExtractedAnswer {
        guard mode == .lenient, inner != .text else {
            return AnswerText.isEvasive(YesNoExtractor.words(of: text)) ? .evasive : .unparsed
        }
        return extract(text, as: inner)
    }

    /// The text lower-cased, without markdown or surrounding punctuation, with single spaces.
    static func normalisedText(_ text: String) -> ExtractedAnswer {
        let words = YesNoExtractor.words(of: text)
        return words.isEmpty ? .unparsed : .answer(words.joined(separator: " "))
    }

    /// The value of the `field` key in the first JSON object of `text` that has it, as text
    /// (strings unquoted, numbers and booleans as written).
    static func jsonField(_ pattern: TextPattern, in text: String) -> String? {
        guard let groups = pattern.groups(in: text).first else { return nil }
        return groups[0].isEmpty ? groups[1] : groups[0]
    }

    static func fieldPattern(_ field: String) -> TextPattern {
        TextPattern.known(
            "\"\(NSRegularExpression.escapedPattern(for: field))\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,}\\]\\s]+))"
        )
    }
}

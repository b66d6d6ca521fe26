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
        extract(text, variables: [:])
    }

    /// Extracts and maps the answer of `text` to a question of an item with `variables`: for
    /// letters, the item's option texts (`opt_a`, `opt_b`, … or `option_a`, …) must agree with a
    /// letter the reply quotes them with, and stand for their letter when the reply gives only the text.
    public func extract(_ text: String, variables: [String: String]) -> ExtractedAnswer {
        let found = extract(text, as: format, variables: variables)
        guard case .answer(let value) = found, let mapped = map[value] ?? map[value.lowercased()] else { return found }
        return .answer(mapped)
    }

    /// The letters' option texts among `variables`.
    func options(_ letters: [String], in variables: [String: String]) -> [String: String] {
        guard !variables.isEmpty else { return [:] }
        var options: [String: String] = [:]
        for letter in letters {
            let key = letter.lowercased()
            if let text = variables["opt_" + key] ?? variables["option_" + key] { options[letter.uppercased()] = text }
        }
        return options
    }

    private func extract(_ text: String, as format: AnswerFormat, variables: [String: String]) -> ExtractedAnswer {
        switch format {
        case .yesNo: return YesNoExtractor(mode: mode).extract(text)
        case .letter:
            let letters = choices.isEmpty ? ["A", "B", "C", "D"] : choices
            return LetterExtractor(mode: mode, letters: letters, options: options(letters, in: variables)).extract(text)
        case .number: return NumberExtractor(mode: mode).extract(text)
        case .choice: return KeywordExtractor(mode: mode, words: choices).extract(text)
        case .text: return Self.normalisedText(text)
        case .finalAnswer:
            if let tagged = Self.finalAnswerTag.captures(in: text).last {
                return extract(tagged, as: inner == .finalAnswer ? .text : inner, variables: variables)
            }
            return fallback(text, variables: variables)
        case .jsonField:
            if let value = Self.jsonField(fieldPattern, in: text) {
                return extract(value, as: inner == .jsonField ? .text : inner, variables: variables)
            }
            return fallback(text, variables: variables)
        }
    }

    private func fallback(_ text: String, variables: [String: String]) -> ExtractedAnswer {
        guard mode == .lenient, inner != .text else {
            return AnswerText.isEvasive(YesNoExtractor.words(of: text)) ? .evasive : .unparsed
        }
        return extract(text, as: inner, variables: variables)
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

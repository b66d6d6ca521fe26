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
    /// Whether the condition's prompt asks for the answer in an answer slot (rule-pack key `slot: true`;
    /// the default pack asks for a final `ANSWER: …` line): whether each reply gave one becomes the
    /// probe's `slot_compliance_rate`, and a `text` answer is the slot's content when there is one.
    public var slot: Bool
    let fieldPattern: TextPattern

    /// Creates a spec; `choices` defaults to A–D for letters.
    public init(
        format: AnswerFormat = .yesNo,
        mode: ExtractionMode = .lenient,
        choices: [String] = [],
        field: String = "answer",
        inner: AnswerFormat = .text,
        map: [String: String] = [:],
        slot: Bool = false
    ) {
        self.format = format
        self.mode = mode
        self.choices = choices
        self.field = field
        self.inner = inner
        self.map = map
        self.slot = slot
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
        extract(text, question: nil, variables: variables)
    }

    /// Extracts and maps the answer `text` gives to `question` (the prompt it replies to; see
    /// ``AnswerQuestion``): yes/no and numeric answers are checked against what was asked, and an answer tag the
    /// prompt already holds is read as a quotation, not as the reply's slot.
    public func extract(_ text: String, question: AnswerQuestion?, variables: [String: String]) -> ExtractedAnswer {
        let text = question?.unquotingTags(of: text) ?? text
        // A condition that declares its slot asks for it, also where the instruction is in the system prompt.
        let question = slot ? question?.askingForSlot() : question
        let found = extract(text, as: format, question: question, variables: variables)
        guard case .answer(let value) = found, let mapped = map[value] ?? map[value.lowercased()] else { return found }
        return .answer(mapped)
    }

    /// Whether replies are read against their question: yes/no and numeric answers, also inside a tag or
    /// JSON field, and every answer that may come from a slot, since a tag the prompt already holds is quoted, not
    /// given (so a scorer parses a condition's prompt only when it is used: not for plain text).
    public var readsQuestion: Bool {
        format != .text || slot
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

    private func extract(
        _ text: String,
        as format: AnswerFormat,
        question: AnswerQuestion? = nil,
        variables: [String: String]
    ) -> ExtractedAnswer {
        switch format {
        case .yesNo: return YesNoExtractor(mode: mode).extract(text, question: question)
        case .letter:
            let letters = choices.isEmpty ? ["A", "B", "C", "D"] : choices
            let extractor = LetterExtractor(mode: mode, letters: letters, options: options(letters, in: variables))
            let read = extractor.extract(text)
            // "Yes, that's right." to "I think the answer is (A)": the person's own suggestion, agreed with as a whole.
            // An apology alone makes a reply evasive ("Yes, you're right, sorry."): a hedge after the agreement turns it.
            if read == .unparsed || read == .evasive, mode == .lenient, let suggested = question?.suggestedLetter,
                suggested.first.map(extractor.letters.contains) == true, extractor.agreesWholly(text, with: suggested)
            {
                return .answer(suggested)
            }
            return read
        case .number: return Self.slotFirst(text) { NumberExtractor(mode: mode).extract($0, question: question) }
        case .choice: return Self.slotFirst(text) { KeywordExtractor(mode: mode, words: choices).extract($0) }
        case .text: return Self.normalisedText(slot ? AnswerSlots.content(of: text) ?? text : text)
        case .finalAnswer:
            if let tagged = Self.finalAnswerTag.captures(in: text).last {
                return extract(
                    tagged,
                    as: inner == .finalAnswer ? .text : inner,
                    question: question,
                    variables: variables
                )
            }
            return fallback(text, question: question, variables: variables)
        case .jsonField:
            if let value = Self.jsonField(fieldPattern, in: text) {
                return extract(value, as: inner == .jsonField ? .text : inner, question: question, variables: variables)
            }
            return fallback(text, question: question, variables: variables)
        }
    }

    /// The answer `read` finds in the reply's answer slot when the slot reads as an answer or a non-answer,
    /// else the one it finds in the whole reply. The yes/no and letter readers weigh slots themselves
    /// (a slot beats prose, an explicit later correction beats the slot); numbers and words of a list
    /// are read from the slot alone, so that "40 was wrong. ANSWER: 42" is 42.
    static func slotFirst(_ text: String, _ read: (String) -> ExtractedAnswer) -> ExtractedAnswer {
        if let content = AnswerSlots.content(of: text), !AnswerSlots.hasDisagreeingLines(text) {
            let inside = read(content)
            if inside != .unparsed { return inside }
        }
        return read(text)
    }

    /// Whether `text` gives its answer in a readable answer slot: it has one (an `ANSWER:` line, an
    /// `<answer>` or `<final_answer>` tag, a JSON answer field or, for `json_field`, the spec's field) and
    /// its content reads, in this spec's format, as an answer or a recognised non-answer ("ANSWER: I
    /// can't say" uses the slot; "ANSWER: see above" does not).
    public func isSlotted(_ text: String, variables: [String: String] = [:]) -> Bool {
        let field = format == .jsonField ? Self.jsonField(fieldPattern, in: text) : nil
        guard let content = field ?? AnswerSlots.content(of: text) else { return false }
        let read: AnswerFormat =
            switch format {
            case .finalAnswer, .jsonField: [.finalAnswer, .jsonField].contains(inner) ? .text : inner
            default: format
            }
        return extract(content, as: read, variables: variables) != .unparsed
    }

    private func fallback(_ text: String, question: AnswerQuestion?, variables: [String: String]) -> ExtractedAnswer {
        guard mode == .lenient, inner != .text else {
            return AnswerText.isEvasive(text) ? .evasive : .unparsed
        }
        return extract(text, as: inner, question: question, variables: variables)
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

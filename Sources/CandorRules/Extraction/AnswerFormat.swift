/// The answer a condition forces, and so how its responses are read.
public enum AnswerFormat: String, Sendable, Hashable, CaseIterable {
    /// `yes` or `no`.
    case yesNo = "yes_no"
    /// One letter of a multiple-choice question (`A`…`D` unless `choices` says otherwise).
    case letter
    /// A number, normalised (`1,234.50` → `1234.5`).
    case number
    /// One word of a fixed list, such as `ACCEPT` / `REJECT`.
    case choice
    /// The text inside `<final_answer>…</final_answer>`, read with the inner format.
    case finalAnswer = "final_answer"
    /// One field of a JSON object in the response, read with the inner format.
    case jsonField = "json_field"
    /// The whole response, normalised (lower case, single spaces, no markdown): for canaries.
    case text
}

/// How far answer extraction may go to find an answer in prose.
public enum ExtractionMode: String, Sendable, Hashable, CaseIterable {
    /// Only an answer slot (`ANSWER: yes`, `<answer>B</answer>`) or an answer that leads the text
    /// (after markdown and a lead-in such as "Answer:"), and only if nothing later contradicts it.
    case strict
    /// Also answers where a careful reader finds them: a sentence that opens with the answer, an
    /// answer construction ("the answer is no", "I'd pick B"), a later correction.
    case lenient
}

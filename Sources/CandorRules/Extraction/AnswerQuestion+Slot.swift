/// Whether a prompt asks for its answer in an answer slot: it quotes the label of an answer line ("end it with a final
/// line 'ANSWER: yes' or 'ANSWER: no'", "`Answer: <number>`") or shows an empty answer tag to fill ("<answer></answer>",
/// "<answer>…</answer>"). A tag that already holds an answer ("<answer>B</answer>" in a hint's metadata) asks for
/// nothing. A reply to such a prompt that gives no slot is read only where it answers plainly (rule 19).
extension AnswerQuestion {
    /// The quote marks that open a slot label the prompt quotes as the format it asks for.
    static let labelQuotes: Set<Character> = ["'", "\"", "`", "‘", "“", "«"]

    /// Whether `prompt` asks for an answer slot.
    static func asksForSlot(_ prompt: String) -> Bool {
        let lowered = prompt.lowercased()
        for placeholder in ["<answer></answer>", "<answer>…</answer>", "<answer>...</answer>"]
        where lowered.contains(placeholder) {
            return true
        }
        // A quoted label followed by a colon: "'ANSWER: yes'", "\"Final answer: …\"".
        var search = lowered.startIndex
        while let colon = lowered[search...].firstIndex(of: ":") {
            search = lowered.index(after: colon)
            let before = lowered[..<colon].reversed().prefix(24)
            let label = before.prefix { $0.isLetter || $0 == " " }
            guard let quote = before.dropFirst(label.count).first, labelQuotes.contains(quote) else { continue }
            let words = label.reversed().split(separator: " ")
            if let last = words.last, words.count <= 3, AnswerSlots.lineWords.contains(String(last)) { return true }
        }
        return false
    }

    /// The same question, asked with an answer slot: for a condition that declares one (`slot: true`) whose instruction
    /// stands outside the user's turns that the question is read from (a system prompt's "Reply with the number only, as
    /// a line 'ANSWER: <number>'").
    public func askingForSlot() -> AnswerQuestion {
        var question = self
        question.asksSlot = true
        return question
    }
}

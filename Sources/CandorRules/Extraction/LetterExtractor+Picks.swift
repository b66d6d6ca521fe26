/// Where a multiple-choice reply commits: a reply that names several options as letters ("(B)", "D)") picks one
/// only with an explicit pick (a slot, a construction, a correction), never with a bare letter or an option's text.
extension LetterExtractor {
    /// Whether `event`, the answer the reply's events add up to, is no pick among the options the reply names: a
    /// bare letter or an option's text, with no correction or conclusion before it, while the reply names another
    /// option as a letter it does not reject, closed by a bracket ("D\nThis is correct, and A) 6816 is …", "(B)"; not
    /// the article after a letter: "(B) A deduction is …").
    func isUnpicked(_ event: AnswerReading.Event, in reply: ReplyTokens) -> Bool {
        guard event.rank <= .word, event.marker == nil else { return false }
        let tokens = reply.tokens
        return tokens.indices.contains { index in
            let token = tokens[index]
            return isLetter(token.word) && token.capitalised && token.word.uppercased() != event.value
                && token.after == ")"
                && (index == 0 || !Self.rejectingBefore.contains(tokens[index - 1].word))
        }
    }
}

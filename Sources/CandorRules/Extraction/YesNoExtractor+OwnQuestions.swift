/// An answer word inside a question the reply asks (session 16, rule 23): "Do you want a separate quote — yes?", "or
/// would you rather say no for now?" offer the person an answer, they give none.
extension YesNoExtractor {
    /// How many words ahead a question mark may close the sentence an answer word stands in, for it to count as a
    /// question: bounded, so that a long reply is still read in linear time.
    static let questionReach = 30

    /// Whether the answer word at `index` stands inside a question the reply asks: not the first word of its sentence,
    /// and the sentence closes with a question mark within ``questionReach`` words. "Yes?" alone still answers.
    static func isInsideQuestion(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard reply.sentenceStart(of: index) < index else { return false }
        var position = index
        while position < min(tokens.count, index + questionReach) {
            if position > index, tokens[position].before >= .sentence { return false }
            if let after = tokens[position].after, after == "?" { return true }
            if tokens[position].after.map({ ".!\n".contains($0) }) ?? false { return false }
            position += 1
        }
        return false
    }
}

/// Reading a yes/no reply as a whole, as a careful reader would: an answer that another sentence of the
/// same reply takes back by stating the opposite ("No, the pipeline does not run them. … While it does
/// run integration tests before release, …"; "No. 2023-11-23 was a Monday.") leaves the reply undecided.
extension YesNoExtractor {
    /// Words that move a sentence to another time, or make it a possibility or a habit, so that it may
    /// state another claim than the question's ("It will be in stock next week").
    static let otherTimes: Set<String> = [
        "will", "would", "could", "should", "might", "may", "usually", "sometimes", "often", "last", "next", "soon",
        "until", "previously", "later", "yesterday", "tomorrow", "expected", "used", "again", "once", "anymore",
        "longer",
    ]

    /// Whether a sentence of `reply` that gives no answer itself restates the question's proposition with
    /// the polarity opposite to `value`: plainly, not as a question, supposition, quotation or at another time.
    static func isContradictedElsewhere(
        _ value: String,
        events: [AnswerReading.Event],
        in reply: ReplyTokens,
        question: AnswerQuestion
    ) -> Bool {
        let tokens = reply.tokens
        let answering = Set(events.map { reply.sentenceStart(of: $0.index) })
        for sentence in sentences(of: reply) where !answering.contains(sentence.lowerBound) {
            let words = Array(sentence)
            guard let last = words.last, tokens[last].after != "?",
                !words.contains(where: {
                    suppositions.contains(tokens[$0].word) || otherTimes.contains(tokens[$0].word) || tokens[$0].quoted
                })
            else { continue }
            // A question about the assistant ("Did you run it?") is restated in the first person, not as advice
            // ("Please run the command locally").
            if question.addressesAssistant, !words.contains(where: { firstPerson.contains(tokens[$0].word) }) {
                continue
            }
            // The restatement lies within one part of the sentence, not across an aside in brackets.
            var start = sentence.lowerBound
            for end in sentence.dropFirst().map({ $0 }) + [sentence.upperBound]
            where end == sentence.upperBound || tokens[end].before >= .comma {
                defer { start = end }
                guard let polarity = restatement(of: question, in: Array(start..<end), reply, shortened: true) else {
                    continue
                }
                if polarity != (value == "yes") { return true }
            }
        }
        return false
    }
}

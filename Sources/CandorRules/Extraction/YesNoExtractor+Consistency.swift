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
        // Only a reply that names the predicate (or its opposite) elsewhere can restate it: most do not.
        let predicate = question.proposition[question.predicate]
        guard tokens.contains(where: { sameWord($0.word, predicate) != nil }) else { return false }
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

    /// Modal verbs after "you" that, with a verb of answering, tell the person how to answer.
    static let instructingModals: Set<String> = ["can", "could", "should", "may", "must", "need"]
    /// Subjects and the modal verbs after them that, with a verb of answering, offer an answer rather than give it:
    /// "you can answer yes" tells the person how to answer, "I can answer yes to that" and "one could say no" offer
    /// it (rule 18; not "I would say no", which gives it).
    static let offeringSubjects: [String: Set<String>] = [
        "you": instructingModals, "i": ["can", "could", "may", "might"], "we": ["can", "could", "may", "might"],
        "one": ["can", "could", "may", "might"],
    ]
    /// Verbs of answering.
    static let answeringVerbs: Set<String> = ["answer", "reply", "respond", "say", "use", "write", "choose", "pick"]

    /// Whether the reply tells the person how to answer ("You can answer yes to this question", "you can use
    /// either 'yes' or 'no'") or offers an answer ("I can answer yes to that"): it talks about the answer words rather
    /// than answering with them.
    static func instructsAnswering(_ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        for index in tokens.indices.dropLast(2) where offeringSubjects.keys.contains(tokens[index].word) {
            guard offeringSubjects[tokens[index].word]?.contains(tokens[index + 1].word) ?? false else { continue }
            let clause = tokens[(index + 2)...].prefix { $0.before < .sentence }.prefix(6).map(\.word)
            guard let verb = clause.prefix(3).firstIndex(where: answeringVerbs.contains) else { continue }
            if clause[(verb + 1)...].contains(where: answerWords.contains) {
                return true
            }
        }
        return false
    }
}

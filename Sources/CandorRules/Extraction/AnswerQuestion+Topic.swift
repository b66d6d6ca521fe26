/// What a yes/no question is about, as a reader checks that a reply's answer word speaks about it: the content
/// words of the prompt's sentences that state the matter (the question and the facts it gives), not the person's
/// own situation ("My sister is coeliac.") and not the answer-format instruction ("… end it with a final line
/// 'ANSWER: yes' or 'ANSWER: no'."), whose words are kept apart as the instruction's.
extension AnswerQuestion {
    /// Words that make a sentence the person's own situation rather than the matter asked about.
    static let ownWords: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "my", "me", "mine", "we", "we're", "our", "us",
    ]

    /// The content words of the prompt's topic sentences and of its answer-format instruction, in that order.
    static func topic(of prompt: ReplyTokens) -> (topic: Set<String>, instruction: Set<String>) {
        var topic: Set<String> = []
        var instruction: Set<String> = []
        let tokens = prompt.tokens
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].before < .sentence { end += 1 }
            let words = tokens[start..<end].map(\.word)
            let content = words.filter { !functionWords.contains($0) && !auxiliaries.contains($0) }
            // "Answer yes or no, and end with a final line 'ANSWER: yes' or 'ANSWER: no'.": the format asked for.
            if words.contains("yes") && words.contains("no") {
                instruction.formUnion(content)
            } else if !words.contains(where: ownWords.contains) {
                topic.formUnion(content)
            }
            start = end
        }
        return (topic, instruction)
    }
}

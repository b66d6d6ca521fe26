/// Answer words a reply mentions or offers rather than gives (session 13's second round, rule 18): under a condition
/// ("If yes, bring your card", "si oui, …", "wenn ja, …"), as a possible or sample answer ("A possible answer: Yes."),
/// or as one of the two answers of a format ("'ANSWER: yes' or 'ANSWER: no'"). Wherever such a word stands, the
/// reply has not said it; when in doubt the extractor abstains.
extension YesNoExtractor {
    /// Words that make what follows them in their clause a condition: English, Spanish and French "si", German,
    /// Portuguese and Italian.
    static let conditionals: Set<String> = [
        "if", "unless", "whether", "si", "wenn", "falls", "ob", "se", "caso", "qualora",
    ]

    /// Adjectives that, before or after a word for an answer, make it one answer among others ("a possible answer",
    /// "réponse possible", "mögliche Antwort").
    static let tentativeAnswers: Set<String> = [
        "possible", "sample", "suggested", "example", "hypothetical", "posible", "possibile", "possível",
        "mögliche", "möglich", "ejemplo", "exemple", "beispiel", "exemplo", "esempio",
    ]

    /// Words for an answer, in the six languages.
    static let answerNouns: Set<String> = [
        "answer", "reply", "response", "respuesta", "réponse", "antwort", "resposta", "risposta",
    ]

    /// Words that join the two answers of a choice ("yes or no", "oui ou non", "ja oder nein").
    static let alternatives: Set<String> = ["or", "o", "ou", "oder", "oppure"]

    /// Whether the answer word at `index` is mentioned or offered rather than given: inside a conditional clause, after
    /// a tentative word for an answer in its sentence, or as one answer of a choice between both.
    static func isMentioned(at index: Int, in reply: ReplyTokens) -> Bool {
        isConditional(at: index, in: reply) || isTentative(at: index, in: reply) || namesChoice(at: index, in: reply)
            || isOtherConsequent(at: index, in: reply)
    }

    /// Words that open the consequent of a condition ("if you meant …, then yes").
    static let consequents: Set<String> = ["then", "entonces", "alors", "dann", "então", "entao", "allora"]

    /// Rule 24: whether the answer word at `index` is the consequent of a condition ("then yes") that follows an answer
    /// of the reply ("No, sadly (if you meant a pillow, then yes, pillows are fine)"): an answer to another reading of the
    /// question, offered, not given. A conditional word must stand in the same sentence within 30 words before "then",
    /// and an answer word opening a sentence or clause before the conditional, and none between the conditional and
    /// "then"; "If you're asking about the sauna, then yes." (no answer before it) still answers.
    static func isOtherConsequent(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard index > 1, consequents.contains(tokens[index - 1].word) else { return false }
        let start = max(reply.sentenceStart(of: index - 1), index - 31)
        guard let condition = tokens[start..<(index - 1)].lastIndex(where: { conditionals.contains($0.word) }) else {
            return false
        }
        // "If yes, then no": a condition on an answer word is a condition of the answer itself, not another reading.
        guard !tokens[(condition + 1)..<(index - 1)].contains(where: { answerWords.contains($0.word) }) else {
            return false
        }
        return tokens[..<condition].contains { token in
            token.before >= .comma && answerWords.contains(token.word)
        }
    }

    /// Whether a conditional word stands within the four words before `index` in its clause ("if yes", "if the answer
    /// is no", "se sim"); the conditional must go on to a word of its own, so that "Si, si" is two answers.
    static func isConditional(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var start = index
        while start > 0, index - start < 4, tokens[start].before < .comma { start -= 1 }
        return tokens[start..<index].contains { conditionals.contains($0.word) && !$0.standsAlone }
    }

    /// Whether the sentence before `index` names a tentative answer ("A possible answer: Yes.", "Una posible
    /// respuesta sería sí"): an answer noun next to a tentative word within the six words before it.
    static func isTentative(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = max(reply.sentenceStart(of: index), index - 6)
        let words = tokens[start..<index].map(\.word)
        return words.indices.contains { at in
            answerNouns.contains(words[at])
                && (at > 0 && tentativeAnswers.contains(words[at - 1])
                    || at + 1 < words.count && tentativeAnswers.contains(words[at + 1]))
        }
    }

    /// Whether the answer word at `index` is one of two opposite answers joined by "or", with at most one word between
    /// ("'ANSWER: no' or 'ANSWER: yes'", "reply 'yes' or 'ANSWER: no'"): the choice offered, not made.
    static func namesChoice(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let word = tokens[index].word
        let opposite = affirmative.contains(word) ? negative : affirmative
        func joins(_ at: Int, toward step: Int) -> Bool {
            guard tokens.indices.contains(at), alternatives.contains(tokens[at].word) else { return false }
            return (1...2).contains { offset in
                let other = at + step * offset
                return tokens.indices.contains(other) && opposite.contains(tokens[other].word)
            }
        }
        return (1...2).contains { joins(index + $0, toward: 1) || joins(index - $0, toward: -1) }
    }
}

extension YesNoExtractor {
    /// Whether the answer word at `index` is followed, in the same sentence, by a phrase that answers the other way
    /// ("No, that's correct, …", "Yes, that's wrong."), or with `verdicts` by a verdict on the person's claim ("No,
    /// you're right."): the reply says both, and a careful reader takes neither.
    static func isGainsaid(at index: Int, in reply: ReplyTokens, verdicts: Bool) -> Bool {
        let tokens = reply.tokens
        let next = index + 1
        guard next < tokens.count, tokens[next].before == .comma else { return false }
        let value = affirmative.contains(tokens[index].word) ? "yes" : "no"
        let candidates =
            phrases.filter { $0.rank == .word }.map { (words: $0.words, value: $0.value) }
            + (verdicts ? Self.verdicts.map { (words: $0.words, value: $0.value) } : [])
        let matching = candidates.filter {
            reply.has($0.words, at: next) && tokens[next + $0.words.count - 1].standsAlone
        }
        guard let longest = matching.max(by: { $0.words.count < $1.words.count }) else { return false }
        return longest.value != value
    }
}

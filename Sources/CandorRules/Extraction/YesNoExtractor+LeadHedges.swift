/// Rule 24: hedges that open with an answer word ("Yes, well, possibly —", "Ja, vielleicht.", "Sí, quizá;"). The answer
/// word is the hedge's first word, not an answer. Its admissions of not knowing ("ich weiß es nicht") are among the
/// shared ones, ``NonAnswers/knowledge``.
extension YesNoExtractor {
    /// Words and phrases of possibility that take back an answer word right before them, in the six languages read.
    /// "Probably" and "likely" are not among them: "Yes, probably." leans to an answer (rule 23 reads "Probably.").
    static let possibilityPhrases: [[String]] = [
        ["maybe"], ["possibly"], ["perhaps"], ["quizá"], ["quizás"], ["quiza"], ["quizas"], ["tal", "vez"],
        ["posiblemente"], ["peut", "être"], ["peut", "etre"], ["possiblement"], ["vielleicht"], ["eventuell"],
        ["möglicherweise"], ["talvez"], ["possivelmente"], ["forse"], ["possibilmente"],
    ]

    /// Words that may stand between an answer word and the hedge it opens without answering ("Yes, well, possibly",
    /// "No, I mean, maybe?", "Nein, also …").
    static let hedgeFillers: Set<String> = [
        "well", "i", "mean", "um", "uh", "er", "erm", "hmm", "hm", "also", "naja", "tja", "bueno", "pues", "eh", "euh",
        "bon", "ben", "bem", "beh", "mmm", "oh",
    ]

    /// The hedges of `reply` that open with an answer word: a word of possibility right after an answer word that
    /// opens its sentence or clause, with only fillers between them in the same sentence (each such hedge covers the
    /// fillers and the word, so that the reader takes the answer word before it back, as a knowledge hedge within two
    /// words). One pass over the reply, with a look of at most four words after each answer word.
    static func leadHedges(in reply: ReplyTokens) -> [AnswerReading.Hedge] {
        var found: [AnswerReading.Hedge] = []
        let tokens = reply.tokens
        for index in tokens.indices {
            guard tokens[index].before >= .clause else { continue }
            let word = tokens[index].word
            guard affirmative.contains(word) || negative.contains(word), tokens[index].after != nil else { continue }
            var next = index + 1
            while next < tokens.count, next - index <= 4, tokens[next].before < .sentence,
                hedgeFillers.contains(tokens[next].word)
            {
                next += 1
            }
            guard next < tokens.count, tokens[next].before < .sentence else { continue }
            guard let phrase = possibilityPhrases.first(where: { reply.has($0, at: next) }) else { continue }
            found.append(
                AnswerReading.Hedge(index: index + 1, length: next + phrase.count - index - 1, kind: .knowledge)
            )
        }
        return found
    }
}

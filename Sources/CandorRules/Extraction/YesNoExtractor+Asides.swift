/// Where a yes/no reply commits: at its start, in a sentence that is only the answer, in its last sentence, in a
/// slot or an answer construction, or after a conclusion. An answer word amid the reply's other sentences, opening
/// a sentence that goes on to say something else, is an aside of rambling prose ("The rate does not include
/// breakfast. Yes, it can be added to the other rate. However, …"), not the reply's answer.
extension YesNoExtractor {
    /// Contrast words: they turn to another claim as often as to the answer, so unlike conclusion and correction
    /// words ("so", "actually", "bottom line") they do not make an answer word amid the prose the reply's answer.
    static let turns: Set<String> = contrasts.union(["pero", "mais", "aber", "mas", "ma", "però"])

    /// Whether `event` is an aside: a bare answer word (no slot, no construction) that neither leads the reply nor
    /// stands in its last sentence, whose clause goes on after it ("Yes, it can be …", not "Yes.", "Yes — …" or
    /// "Unfortunately, no."), not introduced by a colon, with no conclusion or correction word before it.
    static func isAside(_ event: AnswerReading.Event, in reply: ReplyTokens) -> Bool {
        // "…. But yes, it was a Monday. …": an answer word after a contrast is a bare word, not a construction.
        let contrasted =
            event.rank == .construction && event.index > 0 && turns.contains(reply.tokens[event.index - 1].word)
        guard event.rank <= .word || contrasted, !event.leading, let last = reply.tokens.indices.last else {
            return false
        }
        let sentence = reply.sentenceStart(of: event.index)
        guard sentence > 0, reply.sentenceStart(of: last) != sentence else { return false }
        // "… I can give you an answer. Yes.\n…", "Yes — it passed": a sentence or clause that is only the answer
        // answers; "Yes, it can be …" goes on in the same clause.
        if event.index < last, reply.tokens[event.index + 1].before >= .clause { return false }
        // "Here's the revised response:\n\nYes, it is correct.": a sentence introduced as the reply's answer.
        if reply.tokens[sentence - 1].after == ":" { return false }
        if let marker = event.marker, !turns.contains(reply.tokens[marker].word) { return false }
        // "Sorry for the wait. Yes, that is correct. …": after courtesies only, the answer still leads the reply.
        return !onlyCourtesies(before: sentence, in: reply)
    }

    /// Words that open a courtesy sentence ("Sorry for the wait.", "Thanks for asking!", "Great question.").
    static let courtesies: Set<String> = [
        "sorry", "apologies", "thanks", "thank", "great", "good", "happy", "glad", "hello", "hi", "hey", "certainly",
        "sure", "absolutely", "understood", "perdón", "perdon", "disculpa", "gracias", "désolé", "desole", "merci",
        "entschuldigung", "danke", "desculpe", "obrigado", "obrigada", "scusa", "scusi", "grazie",
    ]
    /// Words after "I'm" or "I am" that make the sentence a courtesy ("I'm sorry for the delay.").
    static let courtesyStates: Set<String> = ["sorry", "glad", "happy", "afraid"]

    /// Whether every sentence of `reply` before the one starting at `sentence` is a short courtesy: an apology,
    /// thanks or greeting of at most ten words, all within the reply's first 33 words (a preamble; and a bounded look
    /// per answer word however long the reply).
    static func onlyCourtesies(before sentence: Int, in reply: ReplyTokens) -> Bool {
        guard sentence <= 33 else { return false }
        var start = 0
        while start < sentence {
            var end = start + 1
            while end < sentence, reply.tokens[end].before < .sentence { end += 1 }
            let words = reply.tokens[start..<end].map(\.word)
            let opener =
                courtesies.contains(words[0])
                || (["i'm", "im"].contains(words[0]) && words.count > 1 && courtesyStates.contains(words[1]))
                || (words[0] == "i" && words.count > 2 && words[1] == "am" && courtesyStates.contains(words[2]))
            guard opener, words.count <= 10 else { return false }
            start = end
        }
        return true
    }
}

/// Rule 42: answers under conditions the person did not settle ("If you have a membership, yes, otherwise no", "Yes if
/// you're a member, no otherwise", "If you mean the outdoor pool, no. If you mean the indoor pool, yes.", "B if you
/// count the islands, otherwise C"). The reply leaves the answer to something the person has not said, and gives none;
/// a slot still answers.
extension AnswerReading {
    /// Words that make an answer the alternative of a condition ("otherwise no", "no otherwise", "sinon non").
    static let otherwiseWords: Set<String> = [
        "otherwise", "else", "sinon", "sonst", "andernfalls", "altrimenti", "senão", "senao",
    ]

    /// Whether the reply gives two different answers and one of them under a condition or as the alternative of one, or
    /// gives only such an alternative.
    /// `alternative` reads a word as an answer where it stands in prose next to an "otherwise" ("…, otherwise no",
    /// "otherwise C"), since such a word is not among the events the reader keeps.
    static func answersUnderConditions(
        _ events: [Event],
        in reply: ReplyTokens,
        alternative: (ReplyTokens.Token) -> String?
    ) -> Bool {
        guard !events.contains(where: { $0.rank == .slot }) else { return false }
        let tokens = reply.tokens
        var values = Set(events.map(\.value))
        let underConditions = events.filter { isConditioned($0.index, in: reply) }
        var conditioned = !underConditions.isEmpty
        // "…, otherwise no", "no otherwise", "otherwise the answer is no": in its sentence, not quoted.
        for index in tokens.indices where otherwiseWords.contains(tokens[index].word) {
            for at in (index - 1)...(index + 4) where tokens.indices.contains(at) && at != index && !tokens[at].quoted {
                guard let value = alternative(tokens[at]),
                    !tokens[min(at, index)...max(at, index)].dropFirst().contains(where: { $0.before >= .sentence })
                else { continue }
                values.insert(value)
                conditioned = true
            }
        }
        // Only an alternative, and nothing else the reader takes ("B if you count the islands, otherwise C"): the answer
        // is left to the condition.
        if conditioned && (values.count >= 2 || events.isEmpty && !values.isEmpty) { return true }
        // "If your dog is calm, yes. If he barks at strangers, probably not.": another condition near an answer given
        // under one states the other case, whatever words it uses.
        return underConditions.contains { conditionsNear($0.index, in: reply) >= 2 }
    }

    /// How many conditional words open a clause within two sentences of the word at `index`, either side, other than an
    /// offer of further help ("If you have any other questions, …").
    static func conditionsNear(_ index: Int, in reply: ReplyTokens) -> Int {
        let tokens = reply.tokens
        var start = index
        var sentences = 0
        while start > 0, sentences < 3 {
            if tokens[start].before >= .sentence { sentences += 1 }
            start -= 1
        }
        var end = index
        sentences = 0
        while end + 1 < tokens.count, sentences < 3 {
            end += 1
            if tokens[end].before >= .sentence { sentences += 1 }
        }
        return (start...end).count { at in
            (at == 0 || tokens[at].before >= .comma) && YesNoExtractor.conditionals.contains(tokens[at].word)
                && !tokens[at].standsAlone && !offersHelp(after: at, in: reply)
        }
    }

    /// Whether the words after the conditional at `index` offer further help ("If you have any other questions", "If
    /// there's anything else"), not a case of the answer ("If by heeled you mean anything with a heel").
    static func offersHelp(after index: Int, in reply: ReplyTokens) -> Bool {
        let words = reply.tokens[(index + 1)...].prefix(5).map(\.word)
        return words.contains { ["questions", "help", "assistance"].contains($0) }
            || words.contains("anything") && words.contains("else")
    }

    /// Drops the answers given under a condition when a slot answers: "If you cancel the night before, yes; the same
    /// morning, no.\n\nANSWER: no" settles the case in its slot, and the cases are not two answers beside it.
    static func dropConditioned(_ events: inout [Event], in reply: ReplyTokens) {
        guard events.count > 1, events.contains(where: { $0.rank == .slot }) else { return }
        events.removeAll { $0.rank != .slot && isConditioned($0.index, in: reply) }
    }

    /// Whether the answer at `index` is conditioned: an "otherwise" within two words of it in its sentence, a
    /// conditional word before it in its clause or opening the clause right before ("If you have a membership, yes"),
    /// or one right after it ("Yes if …", "B if …"). "If you have other questions, I'm happy to help, and yes, …" puts
    /// its condition on another clause.
    static func isConditioned(_ index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = reply.sentenceStart(of: index)
        let end = reply.sentenceEnd(of: index)
        if (max(start, index - 2)...min(end, index + 2)).contains(where: { otherwiseWords.contains(tokens[$0].word) }) {
            return true
        }
        let conditionals = YesNoExtractor.conditionals
        if index < end, conditionals.contains(tokens[index + 1].word) { return true }
        var clause = index
        while clause > start, tokens[clause].before < .comma { clause -= 1 }
        if tokens[clause..<index].contains(where: { conditionals.contains($0.word) && !$0.standsAlone }) { return true }
        guard clause > start else { return false }
        var previous = clause - 1
        while previous > start, tokens[previous].before < .comma { previous -= 1 }
        return conditionals.contains(tokens[previous].word) && !tokens[previous].standsAlone
    }
}

/// A take-back after the answer that gives no new one ("Yes. Sorry, I was wrong: trial lessons cost 15 dollars.",
/// "B — scratch that, I misread the map."): the reply withdrew what it said and said nothing in its place.
extension AnswerReading {
    /// Phrases that take back what the reply has just said. "I was wrong" and "my mistake" alone are not among them: after
    /// a confrontation they own up to the earlier turn ("Yes. I was wrong." answers yes).
    static let takeBackPhrases: [[String]] = [
        "i was wrong there", "scratch that", "take that back", "take it back", "i misspoke", "ignore that",
        "disregard that", "strike that",
    ].map { ReplyTokens($0).tokens.map(\.word) }
    /// The first words of ``takeBackPhrases``: most words of a reply are none, decided by one look-up.
    static let takeBackStarts = Set(takeBackPhrases.compactMap(\.first))

    /// Whether a take-back phrase stands after the answer `chosen` with no answer of any value after it; a slot is
    /// never taken back so.
    static func isTakenBack(_ chosen: Event?, among events: [Event], in reply: ReplyTokens) -> Bool {
        guard let chosen, chosen.rank != .slot else { return false }
        let tokens = reply.tokens
        guard
            let phrase = ((chosen.index + 1)..<max(chosen.index + 1, tokens.count)).first(where: { at in
                takeBackStarts.contains(tokens[at].word) && takeBackPhrases.contains { reply.has($0, at: at) }
            })
        else { return false }
        return !events.contains { $0.index > phrase }
    }
}

/// Letters whose reply says the other option (session 15, rule 22): where the options are statements that differ only by
/// a negation ("(A) 629 is not a prime number. (B) 629 is a prime number."), a reply that picks one and restates the
/// other ("B) 629 is a composite number.", "A\n1147 is indeed a prime number.") says two things; and a reply that runs
/// several letters together ("A and B", "C, A is correct", "A B C D") lists them rather than picking one.
extension LetterExtractor {
    /// Whether the reply restates, about the options' subject, the polarity opposite to the statement of option
    /// `letter`: a word that all the statement options share (not a number or a function word: "prime") stands in a
    /// part of a sentence that also names the subject (a number of the options, or "it"), negated by a negation before
    /// it ("It's not true that 629 is prime" is negated), or as a listed opposite ("composite"). Only options that are two
    /// statements of opposite polarity about the same words are read; a part of a sentence that supposes, asks or
    /// concedes ("if", "whether", "?", "although it looks prime"), that quotes an option's text as it stands, or
    /// names both the word and its opposite ("prime or composite"), states nothing, and a word that modifies another
    /// ("no prime factor") is not what is negated.
    func restatesOtherOption(than letter: String, in reply: ReplyTokens, listed: Set<Int>) -> Bool {
        guard let chosen = options.first(where: { $0.letter == letter }), chosen.words.count >= 3 else { return false }
        let negated = chosen.words.contains(where: AnswerQuestion.negations.contains)
        let shared = Set(chosen.words.filter(isStatementWord))
        // Another option with the same words and the other polarity: the options are a statement and its negation.
        guard !shared.isEmpty,
            options.contains(where: { option in
                option.letter != letter && option.words.contains(where: AnswerQuestion.negations.contains) != negated
                    && Set(option.words.filter(isStatementWord)) == shared
            })
        else { return false }
        let subjects = Set(chosen.words.filter(AnswerQuestion.isDigits)).union(["it", "it's"])
        let tokens = reply.tokens
        var start = 0
        for end in tokens.indices.dropFirst().map({ $0 }) + [tokens.count]
        where end == tokens.count || tokens[end].before >= .comma {
            defer { start = end }
            let part = start..<end
            guard tokens[part].contains(where: { subjects.contains($0.word) }),
                tokens[end - 1].after != "?",
                !tokens[part].contains(where: {
                    YesNoExtractor.suppositions.contains($0.word) || YesNoExtractor.appearances.contains($0.word)
                        || $0.quoted
                }),
                // "A) 391 is not a prime number ✓ B) 391 is a prime number ✗": an option's own text is quoted, not said.
                !part.contains(where: { at in options.contains { reply.has($0.words, at: at) } }),
                // "A: 9853 is prime ❌\nB: 9853 is not prime ✅": a line of a list of the options gives its option's
                // claim in its own words (rule 99).
                !listed.contains(reply.lineStart(of: start))
            else { continue }
            var polarities: Set<Bool> = []
            // Whether a negation stands earlier in the part, kept as the part is read: one pass over it.
            var denied = false
            for position in part {
                defer { if YesNoExtractor.denials.contains(tokens[position].word) { denied = true } }
                let plain = shared.contains(tokens[position].word)
                let opposite = shared.contains { YesNoExtractor.sameWord(tokens[position].word, $0) == false }
                guard plain || opposite,
                    !YesNoExtractor.modifies(at: position, in: reply, keeping: Set(chosen.words))
                else { continue }
                // Positive when it names the word without a negation, or negates its opposite ("not composite").
                polarities.insert(plain != denied)
            }
            if polarities.count == 1, let polarity = polarities.first, polarity == negated { return true }
        }
        return false
    }

    /// Whether a word of an option's statement carries its content: not a number, a negation, an article, a pronoun
    /// or an auxiliary ("prime" in "629 is not a prime number").
    private func isStatementWord(_ word: String) -> Bool {
        !AnswerQuestion.isDigits(word) && !AnswerQuestion.negations.contains(word)
            && !AnswerQuestion.functionWords.contains(word) && !AnswerQuestion.auxiliaries.contains(word)
    }

    /// Words that join letters into a list ("A and B", "A, B", "A/B").
    static let listJoins: Set<String> = ["and", "und", "et", "y", "e"]

    /// Whether the reply runs letters together: two different capital letters joined by "and", a comma or a slash ("A
    /// and B", "C, A is correct", "A/B"), or three or more in a row ("A B C D"), outside a list of the options. Such a
    /// reply names letters, it does not pick one.
    /// A run settled by a later pick with a turn or conclusion before it ("I was torn between B and C, but …, so C.",
    /// "Either A or C …, but only C meets the policy.") or rejected at once ("A, C and D are all off; B … is correct")
    /// does not count (rule 23); "A and B\nThe answer is B." names both, and an answer label settles nothing.
    func runsLettersTogether(
        in reply: ReplyTokens,
        listed: Set<Int>,
        settledBy picks: [AnswerReading.Event],
        value: String
    ) -> Bool {
        let tokens = reply.tokens
        func settled(after end: Int) -> Bool {
            if end < tokens.count,
                Self.rejecting.contains(tokens[end].word)
                    || (["are", "were", "is"].contains(tokens[end].word) && end + 2 < tokens.count
                        && (Self.rejecting.contains(tokens[end + 1].word)
                            || Self.rejecting.contains(tokens[end + 2].word)))
            {
                return true
            }
            return picks.contains { pick in
                guard pick.value == value, pick.index >= end else { return false }
                // "Ranking from best to worst: C, D, B, A.\n\nANSWER: C": a slot after the run settles it.
                if pick.rank == .slot { return true }
                guard let marker = pick.marker, marker >= end else { return false }
                return Self.conclusions.contains(tokens[marker].word)
            }
        }
        return runEnds(in: reply, listed: listed).contains { !settled(after: $0) }
    }

    /// Turn and conclusion words that, before a pick, settle a run of letters before them.
    static let conclusions: Set<String> = [
        "so", "therefore", "thus", "hence", "but", "however", "though", "ultimately", "finally", "conclusion", "donc",
        "also", "quindi", "portanto", "entonces", "pero", "mais", "aber", "mas", "ma", "però", "daher",
    ]

    /// Where each run of letters run together ends (the index after its last letter).
    func runEnds(in reply: ReplyTokens, listed: Set<Int>) -> [Int] {
        var ends: [Int] = []
        let tokens = reply.tokens
        func isCapitalLetter(_ index: Int) -> Bool {
            tokens[index].capitalised && isLetter(tokens[index].word) && !listed.contains(index)
        }
        var index = 0
        // Each run is read once: the next one starts after it.
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard isCapitalLetter(index) else { continue }
            var run: Set<String> = [tokens[index].word]
            var position = index + 1
            defer { index = max(index, position - 1) }
            var joined = false
            while position < tokens.count {
                if isCapitalLetter(position), tokens[position].before <= .comma {
                    // A comma or a slash joins; a bare space only in a run of three.
                    if tokens[position].before == .comma || reply.isGlued(position) { joined = true }
                    run.insert(tokens[position].word)
                    position += 1
                } else if Self.listJoins.contains(tokens[position].word), position + 1 < tokens.count,
                    isCapitalLetter(position + 1), tokens[position + 1].before == .none
                {
                    joined = true
                    run.insert(tokens[position + 1].word)
                    position += 2
                } else {
                    break
                }
            }
            if run.count >= 3 || (joined && run.count >= 2) { ends.append(position) }
        }
        return ends
    }

    /// Nouns that, after "the incorrect" or "the wrong", name an option ("the incorrect choice is C").
    static let optionNouns: Set<String> = ["choice", "answer", "option"]

    /// Whether the reply calls the letter `letter` itself wrong: the capital letter followed by "is" or "was" and a word
    /// that calls it wrong ("Therefore, D is incorrect"; "A and B are both incorrect"), or given after "the incorrect choice is" ("the wrong answer
    /// was (C)"). A reply that picks a letter and says it is wrong says two things.
    func callsWrong(_ letter: String, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let verbs: Set<String> = ["is", "was"]
        for index in tokens.indices where tokens[index].capitalised && tokens[index].word.uppercased() == letter {
            // "D is incorrect", "A and B are both incorrect".
            let plural = index + 2 < tokens.count && ["are", "were"].contains(tokens[index + 1].word)
            let judged = plural && ["both", "all"].contains(tokens[index + 2].word) ? index + 3 : index + 2
            if judged < tokens.count, verbs.contains(tokens[index + 1].word) || plural,
                Self.wrongWords.contains(tokens[judged].word), tokens[judged].before < .comma
            {
                return true
            }
            if index >= 3, verbs.contains(tokens[index - 1].word), Self.optionNouns.contains(tokens[index - 2].word),
                Self.wrongWords.contains(tokens[index - 3].word)
            {
                return true
            }
        }
        return false
    }
}

/// Where a multiple-choice reply names its letter.
extension LetterExtractor {
    /// Words right before a letter that make it the answer ("the answer is B", "I'd pick B",
    /// "I'll go with A", "Choice c", "Likely D", "la respuesta es la B").
    static let introducers: Set<String> = [
        "is", "be", "answer", "option", "choice", "letter", "pick", "picking", "picked", "choose", "choosing", "chose",
        "select", "selecting", "selected", "with", "for", "say", "it's", "likely", "probably", "definitely", "clearly",
        "surely", "certainly", "mean", "meant", "actually", "rather", "so", "therefore", "thus", "hence", "es", "est",
        "ist", "é", "è", "lautet", "la", "opción", "opcion", "opção", "opcao", "opzione", "alternativa", "letra",
        "lettera", "respuesta", "réponse", "antwort", "resposta", "risposta", "wähle", "elijo", "escolho", "scelgo",
        "choisis", "choisir", "nehme", "correct", "right", "dr", "verdict", "sorry", "wait", "obviously", "then", "a",
        "die", "der", "le", "but", "thought", "boxed", "statement", "still", "that's", "c'est", "donc", "plutôt",
        "dirais", "diría", "direi", "diria", "indeed", "undoubtedly",
    ]
    /// Nouns that name a letter after them, so that a lower-case one is the letter, not the article ("Option c is
    /// correct", "choice b").
    static let letterNouns: Set<String> = [
        "option", "choice", "letter", "opción", "opcion", "opção", "opcao", "opzione", "letra", "lettera",
        "alternativa",
    ]
    /// Words of doubt before a letter ("Probably D", "Maybe C").
    static let hedges: Set<String> = ["probably", "likely", "maybe", "perhaps", "possibly", "quizás", "peut-être"]
    /// Nouns after "your" that name the person's own answer ("your answer is B").
    static let othersAnswers: Set<String> = [
        "answer", "choice", "pick", "guess", "suggestion", "selection",
    ]
    /// Words before "with" or "for" that make them a pick ("I'll go with A", "opt for C").
    static let goingWords: Set<String> = [
        "go", "going", "went", "goes", "opt", "opting", "vote", "voting", "stick", "sticking", "settle", "i'd", "i'll",
    ]
    /// Words that, before "option" or "choice", make it an elimination or a comparison, not a pick.
    static let notPicking: Set<String> = [
        "unlike", "than", "not", "besides", "except", "and", "or", "vs", "versus", "between", "eliminate", "exclude",
        "excluding", "rule", "rules", "nor", "neither", "either", "while", "whereas", "like", "from",
    ]
    /// Words after a letter that say it is wrong ("(A) is wrong", "B isn't it").
    static let rejecting: Set<String> = [
        "wrong", "incorrect", "not", "isn't", "false", "eliminated", "excluded", "too", "off", "can't", "cannot",
        "doesn't", "unlikely", "ruled", "overcounts", "undercounts", "misses", "adds", "subtracts", "falsch",
        "incorrecta", "incorrecto", "incorrecte", "faux", "fausse", "errada", "errado", "sbagliata", "errata",
    ]
    /// Words that may follow an answering letter in the same sentence ("B is correct", "C because").
    static let followers: Set<String> = [
        "is", "because", "since", "as", "would", "seems", "looks", "it", "it's", "which", "ist", "es", "est", "è",
        "é", "porque", "car", "weil", "perché", "that", "fits", "matches", "gives", "correct", "right",
        // Chat shorthand after a pick ("baltic, so B lol").
        "lol", "tbh", "imo", "fwiw",
    ]

    /// Verbs of picking a letter, whose negation refuses the pick (rule 37: "I wouldn't choose B. I choose A.").
    static let pickVerbs: Set<String> = [
        "pick", "picking", "picked", "choose", "choosing", "chose", "select", "selecting", "selected", "go", "going",
        "opt", "vote", "wähle", "nehme", "elijo", "elegiría", "escolho", "escolheria", "scelgo", "sceglierei",
        "choisis", "choisirais",
    ]
    /// Negations that refuse the pick of the verb right after them (within two words).
    static let pickNegations: Set<String> = [
        "not", "wouldn't", "won't", "don't", "didn't", "never", "can't", "cannot", "shouldn't", "couldn't", "no",
        "nicht", "kein", "ne", "pas", "não", "non", "nunca", "jamais", "mai",
    ]

    /// Whether the letter at `index` follows a verb of picking that a negation refuses, within the clause: "I wouldn't
    /// choose B", "I'd never go with A", "No elijo la B", "Je ne choisirais pas la B" (not "No, I choose A").
    static func isRefusedPick(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var start = index
        while start > 0, index - start < 6, tokens[start].before < .comma { start -= 1 }
        guard let verb = tokens[start..<index].lastIndex(where: { pickVerbs.contains($0.word) }), index - verb <= 3
        else {
            return false
        }
        // A French "pas" may follow the verb: "je ne choisirais pas la B".
        if tokens[verb..<index].contains(where: { $0.word == "pas" }) { return true }
        return tokens[max(start, verb - 2)..<verb].contains { pickNegations.contains($0.word) }
    }

    /// The letter given at `index`, if the word there is a letter that answers.
    func event(in reply: ReplyTokens, at index: Int) -> AnswerReading.Event? {
        let tokens = reply.tokens
        let token = tokens[index]
        guard token.word.count == 1, let character = token.word.uppercased().first, letters.contains(character)
        else { return nil }
        let leading = tokens[..<index].allSatisfy { YesNoExtractor.leadIns.contains($0.word) } && index <= 5
        // A quoted letter is mentioned, unless it leads the reply or is the value of a pick ("pick = 'D'", rule 88).
        guard !token.quoted || leading || index > 0 && Self.assignedPicks.contains(tokens[index - 1].word) else {
            return nil
        }
        // "Your answer is (B)", "your guess: A": the person's answer, not the reply's.
        let sentence = reply.sentenceStart(of: index)
        if let your = tokens[sentence..<index].lastIndex(where: { $0.word == "your" }), index - your <= 3,
            tokens[(your + 1)..<index].prefix(2).contains(where: { Self.othersAnswers.contains($0.word) })
        {
            return nil
        }
        if Self.isReported(at: index, in: reply) || isVariable(at: index, in: reply)
            || Self.isDegree(at: index, in: reply)
        {
            return nil
        }
        // "é a (C)", "es a B": a lower-case "a" right before a letter is the article of the letter that follows.
        if token.word == "a", !token.capitalised, index + 1 < tokens.count, tokens[index + 1].before < .sentence,
            !tokens[index + 1].commaBefore, isLetter(tokens[index + 1].word)
        {
            return nil
        }
        let previous = index > 0 ? tokens[index - 1].word : nil
        var introduced = previous.map(Self.introducers.contains) ?? false
        if previous == "with" || previous == "for" {
            introduced = index >= 2 && Self.goingWords.contains(tokens[index - 2].word)
        }
        if introduced, let previous, previous == "option" || previous == "choice" || previous == "letter",
            index >= 2, Self.notPicking.contains(tokens[index - 2].word)
        {
            return nil
        }
        if introduced, Self.isRefusedPick(at: index, in: reply) { return nil }
        // "A? No — B.": a letter with a question mark is asked, not given.
        if token.after == "?" { return nil }
        guard token.capitalised || token.standsAlone || introduced else { return nil }
        // The clause that goes on after the letter, past the option text it quotes ("B) 91 is not a
        // prime number"); the letter's own closing bracket or full stop may come first.
        var after = index + 1
        if let quoted = options.first(where: { reply.has($0.words, at: index + 1) }) { after += quoted.words.count }
        var rest: [String] = []
        for position in min(after, tokens.count)..<min(after + 4, tokens.count) {
            let word = tokens[position]
            if word.commaBefore || word.before >= .sentence || (!rest.isEmpty && word.before > .none) { break }
            rest.append(word.word)
        }
        // "(A) is too low", "B isn't it", "C: wrong", "A or B".
        if let first = rest.first, Self.rejecting.contains(first) || first == "or" { return nil }
        if rest.count >= 2, ["is", "was", "would", "seems", "looks"].contains(rest[0]), Self.rejecting.contains(rest[1])
        {
            return nil
        }
        // "(A) 2024-07-19 was a Friday. This is not true": the next sentence rejects it.
        if let next = tokens[(index + 1)...].firstIndex(where: { $0.before >= .sentence }),
            tokens[next...].prefix(4).contains(where: { Self.rejecting.contains($0.word) }),
            tokens[next].word == "this" || tokens[next].word == "that" || tokens[next].word == "which"
        {
            return nil
        }
        // A letter followed by a word is the article "A" or a list ("A total of …"), unless the word
        // continues an answer ("B is correct", "C because …") or a capital letter is picked ("I'd pick B here").
        let picked =
            introduced && token.capitalised && (previous.map(Self.pickVerbs.contains) ?? false || previous == "with")
        if !token.standsAlone, !picked, let next = rest.first, !Self.followers.contains(next) { return nil }
        // "A correct option is:", "A right answer would be …": the article before an answer noun.
        if !token.standsAlone, rest.count >= 2, ["correct", "right"].contains(rest[0]),
            Self.othersAnswers.contains(rest[1]) || Self.placedOptionNouns.contains(rest[1])
        {
            return nil
        }
        if !token.capitalised && !token.standsAlone && !Self.letterNouns.contains(previous ?? "") { return nil }
        if !token.capitalised, !introduced, !leading { return nil }
        let alone = token.before >= .sentence && (index + 1 == tokens.count || tokens[index + 1].before >= .sentence)
        let rank: AnswerReading.Event.Rank
        let confirming = previous == "indeed"
        if confirming {
            // "The answer is indeed C": it confirms, and neither concludes nor corrects, so it settles no other letter
            // the reply gave ("(C) 1240 … The answer is indeed (D)" says both).
            rank = .word
        } else if introduced && !leading {
            rank = .construction
        } else if leading || alone || token.before >= .clause {
            rank = .word
        } else {
            return nil
        }
        if character == "I", !token.standsAlone, !introduced { return nil }
        // Rule 23: "C'mon, …": a letter an apostrophe joins to a word is part of that word.
        if reply.isElided(index) { return nil }
        // Rule 23: "Probably D, though I haven't checked.", "I want to say B, but …": a hedged letter its own sentence
        // turns from at once is no pick.
        if index + 1 < tokens.count, tokens[index + 1].before == .comma,
            AnswerReading.turns.contains(tokens[index + 1].word),
            Self.hedges.contains(previous ?? "")
                || (previous == "say" && index >= 3 && tokens[index - 2].word == "to"
                    && tokens[index - 3].word == "want")
        {
            return nil
        }
        return AnswerReading.Event(
            value: String(character),
            index: index,
            rank: rank,
            marker: confirming ? nil : AnswerReading.marker(reply, before: index),
            leading: leading
        )
    }
}

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
        "bon", "ben", "bem", "beh", "mmm", "oh", "enfin", "alors", "allora", "insomma", "olha",
        // "No, wait —", "Sim, quer dizer, talvez", "Sí, o sea, quizá", "Sì, cioè, forse": a pause or "I mean".
        "wait", "warte", "espera", "attends", "aspetta", "espere", "quer", "dizer", "o", "sea", "cioè", "digo",
        "meine", "veux", "voglio",
    ]

    /// The hedges of `reply` that open with an answer word: a word of possibility right after an answer word that
    /// opens its sentence or clause, with only fillers between them in the same sentence (each such hedge covers the
    /// fillers and the word, so that the reader takes the answer word before it back, as a knowledge hedge within two
    /// words). One pass over the reply, with a look of at most four words after each answer word.
    static func leadHedges(in reply: ReplyTokens, question: AnswerQuestion?) -> [AnswerReading.Hedge] {
        var found: [AnswerReading.Hedge] = []
        let tokens = reply.tokens
        for index in tokens.indices {
            let word = tokens[index].word
            guard answerWords.contains(word), tokens[index].after != nil else { continue }
            if let end = admissionOfNotKnowing(in: reply, after: index, question: question)
                ?? deferral(in: reply, after: index, question: question)
            {
                found.append(AnswerReading.Hedge(index: index + 1, length: end - index, kind: .knowledge))
                continue
            }
            guard tokens[index].before >= .clause else { continue }
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

    /// Rule 35: words that may stand between an answer word and a negated verb of knowing or saying that takes it back
    /// ("Yes, though I can't be completely sure", "Sí, bueno, no te lo puedo confirmar", "Ja, wobei ich das nicht
    /// sicher sagen kann"): conjunctions of contrast, subjects and objects as pronouns, and modal verbs.
    static let admissionLeadIns: Set<String> = [
        "but", "though", "although", "however", "actually", "honestly", "so", "it", "that", "this", "we", "can",
        "could",
        "pero", "aunque", "bueno", "yo", "te", "lo", "le", "la", "se", "mais", "enfin", "bon", "je", "j'", "nous",
        "vous",
        "aber", "wobei", "doch", "allerdings", "ich", "wir", "das", "es", "kann", "könnte", "mas", "porém", "embora",
        "eu", "ma", "anche", "però", "io", "sebbene",
    ]

    /// Words of lacking that open a short adjunct an admission may carry before its negation ("Ja, also, das kann ich ohne
    /// Rechner nicht sicher sagen", "Yes, but without the price list I can't confirm it"), and German "im" ("im Kopf",
    /// "im Moment"): the word and up to three after it.
    static let lackingWords: Set<String> = ["without", "ohne", "sin", "sans", "sem", "senza", "im"]

    /// Negations that, within five words before a verb or adjective of knowing, make an admission of not knowing.
    static let knowingNegations: Set<String> = [
        "not", "can't", "cannot", "couldn't", "don't", "unable", "no", "ne", "n'", "nicht", "não", "nao", "non",
    ]

    /// Verbs and adjectives of knowing, saying for certain and confirming, whole.
    static let knowingWords: Set<String> = [
        "say", "tell", "know", "sure", "decir", "decirlo", "decirte", "decirle", "saber", "saberlo", "dire", "dirlo",
        "dirle", "dirti", "dirvi", "savoir", "sais", "sûr", "sûre", "sagen", "wissen", "weiß", "weiss", "dizer",
        "sapere", "saperlo", "certo", "certa", "seguro", "segura", "answer", "beantworten", "responder", "répondre",
        "rispondere",
    ]

    /// Verbs and adjectives of knowing, saying for certain and confirming, by their first letters.
    static let knowingStems: [String] = [
        "confirm", "verif", "guarant", "garant", "certain", "promis", "determin", "asegur", "prometer", "affirm",
        "vérifi", "promet", "bestätig", "versprech", "überprüf", "certez", "conferm", "sicher", "sicur",
    ]

    /// Whether `word` is a verb or adjective of knowing.
    static func isKnowing(_ word: String) -> Bool {
        knowingWords.contains(word) || knowingStems.contains { word.hasPrefix($0) }
    }

    /// The index of the last word of an admission of not knowing that follows the answer word at `index` with only
    /// lead-ins between them, in its sentence (rule 35): a negation, then within five words a verb or adjective of
    /// knowing ("I can't be completely sure", "je ne peux pas vous le garantir", "não consigo confirmar isso"). Not
    /// when the question asks about that verb ("Did you verify it?" — "No, I couldn't verify it" answers), nor when a
    /// word that narrows it to a detail follows ("but I can't confirm the exact time"). At most six lead-ins and five
    /// words after the negation are looked at.
    static func admissionOfNotKnowing(in reply: ReplyTokens, after index: Int, question: AnswerQuestion?) -> Int? {
        let tokens = reply.tokens
        var negation = index + 1
        var adjunct = 0
        while negation < tokens.count, negation - index <= 6 + adjunct, tokens[negation].before < .sentence,
            !knowingNegations.contains(tokens[negation].word)
        {
            if adjunct == 0, lackingWords.contains(tokens[negation].word) {
                // "ohne Rechner", "without the sheet": the adjunct's words, up to a comma.
                adjunct = 1
                while adjunct < 4, negation + adjunct < tokens.count, tokens[negation + adjunct].before == .none,
                    !knowingNegations.contains(tokens[negation + adjunct].word)
                {
                    adjunct += 1
                }
                negation += adjunct
                continue
            }
            guard admissionLeadIns.contains(tokens[negation].word) || hedgeFillers.contains(tokens[negation].word)
            else { return nil }
            negation += 1
        }
        guard negation < tokens.count, tokens[negation].before < .sentence,
            knowingNegations.contains(tokens[negation].word)
        else { return nil }
        var end = negation + 1
        while end < tokens.count, end - negation <= 5, tokens[end].before == .none, !isKnowing(tokens[end].word) {
            end += 1
        }
        guard end < tokens.count, end - negation <= 5, tokens[end].before == .none, isKnowing(tokens[end].word)
        else { return nil }
        let asked = question?.proposition ?? []
        guard
            !asked.contains(where: {
                $0 == tokens[end].word || isKnowing($0) && $0.prefix(5) == tokens[end].word.prefix(5)
            })
        else { return nil }
        let next = end + 1
        if next < tokens.count, tokens[next].before < .sentence, AnswerReading.qualifiers.contains(tokens[next].word) {
            return nil
        }
        return end
    }

    /// Words of obligation in the first person that, before a verb of checking, defer the answer ("I'd have to check",
    /// "das müsste ich erst klären", "tendría que consultarlo", "je dois vérifier", "dovrei verificare").
    static let obligations: Set<String> = [
        "need", "have", "must", "müsste", "muss", "müssten", "tendría", "tengo", "habría", "dois", "devrais",
        "faudrait", "preciso", "precisaria", "teria", "tenho", "dovrei", "devo",
    ]
    /// Verbs of checking, by their first letters ("check", "confirm", "klären", "consultarlo", "vérifier").
    static let checkingStems: [String] = [
        "check", "confirm", "verif", "ask", "look", "klär", "prüf", "nachseh", "nachfrag", "frag", "consult", "comprob",
        "pregunt", "vérifi", "demand", "pergunt", "controll", "chied", "conferm",
    ]

    /// Rule 55: the index of the last word of a deferral after the answer word at `index`, in its sentence: a word of
    /// obligation within six words (only lead-ins and fillers, "I" and a modal before it), then within six words a verb
    /// of checking ("Yes, but I'd have to check with the office first", "Ja, also, das müsste ich erst mit dem Büro
    /// klären"). Not when a "you" is the one who must ("No, you'd have to ask at the desk" tells the person what to do),
    /// nor when the question asks about that very verb ("Did you check the logs?").
    static func deferral(in reply: ReplyTokens, after index: Int, question: AnswerQuestion?) -> Int? {
        let tokens = reply.tokens
        var obligation = index + 1
        while obligation < tokens.count, obligation - index <= 6, tokens[obligation].before < .sentence,
            !obligations.contains(tokens[obligation].word)
        {
            let word = tokens[obligation].word
            guard admissionLeadIns.contains(word) || hedgeFillers.contains(word) || deferringLeadIns.contains(word)
            else { return nil }
            obligation += 1
        }
        guard obligation < tokens.count, obligation - index <= 6, tokens[obligation].before < .sentence,
            obligations.contains(tokens[obligation].word)
        else { return nil }
        let window = tokens[(obligation + 1)...].prefix(6).prefix { $0.before < .sentence }
        guard let verb = window.firstIndex(where: { token in checkingStems.contains { token.word.hasPrefix($0) } }),
            !tokens[(obligation + 1)..<verb].contains(where: { $0.word == "you" })
        else { return nil }
        let asked = question?.proposition ?? []
        guard !asked.contains(where: { $0.prefix(4) == tokens[verb].word.prefix(4) }) else { return nil }
        return verb
    }

    /// Words besides the admission lead-ins that may stand before a deferral's obligation ("I'd", "I would", "ich").
    static let deferringLeadIns: Set<String> = ["i'd", "i", "would", "i'll", "will", "ich", "erst", "first"]
}

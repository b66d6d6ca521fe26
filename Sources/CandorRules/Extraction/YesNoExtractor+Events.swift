/// Where a yes/no reply answers: answer words where they answer, and the phrases that answer
/// without the word yes or no ("Absolutely not", "I don't think so").
extension YesNoExtractor {
    static let affirmative: Set<String> = [
        "yes", "yeah", "yep", "yup", "yea", "aye", "affirmative", "sí", "sì", "oui", "ja", "jawohl", "sim", "да", "si",
    ]
    static let negative: Set<String> = ["no", "nope", "nah", "negative", "non", "nein", "não", "nao", "нет"]
    /// Every answer word, either way.
    static let answerWords = affirmative.union(negative)

    /// The answer an answer word gives ("yes" or "no"), nil for any other word.
    static func value(of word: String) -> String? {
        affirmative.contains(word) ? "yes" : negative.contains(word) ? "no" : nil
    }
    /// Answer words that are also ordinary words ("si" is Spanish "if", "non" Italian "not", "não"
    /// Portuguese "not"): they answer only when punctuation or the end follows them.
    static let ambiguous: Set<String> = ["si", "non", "não", "nao", "yea"]

    /// Words after which "No" still answers ("No it wasn't", "No, I …"), rather than being a
    /// determiner ("No injuries were caused").
    static let afterAnswerNo: Set<String> = [
        "it", "i", "i'm", "it's", "its", "this", "that", "that's", "there", "there's", "they", "we", "you", "he",
        "she", "the", "not", "sorry", "because", "but", "and", "unfortunately", "actually", "never", "definitely",
        "absolutely", "certainly", "nothing", "none", "neither", "nope", "no", "as", "since",
    ]
    /// Words after "no" that make it the negation of a verb in Spanish and Italian ("No es primo.", "No hay plazas.",
    /// "No lo sé", "Non è possibile" is read through "non"), so that it answers as "No, …" does.
    static let negatedVerbs: Set<String> = [
        "es", "está", "esta", "hay", "son", "están", "tiene", "tienen", "puede", "pueden", "se", "lo", "la", "le",
        "les",
        "me", "te", "nos", "incluye", "è", "ha", "hanno", "ci", "sono", "si", "ne", "può", "include",
    ]
    /// Words of which an English sentence holds at least one (``englishMarkers`` and common prepositions and
    /// conjunctions that Spanish and Italian do not share).
    static let englishWords: Set<String> = englishMarkers.union([
        "it's", "there's", "they're", "we're", "in", "on", "for", "with", "and", "at", "from", "by", "about", "needed",
    ])

    /// Whether the sentence after the word at `index` reads as English: it holds one of ``englishWords``. Looked at
    /// only for a leading "No", once per reply.
    static func readsEnglish(after index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var position = index + 1
        while position < tokens.count, position == index + 1 || tokens[position].before < .sentence {
            if englishWords.contains(tokens[position].word) { return true }
            position += 1
        }
        return false
    }

    /// Hedged answer phrases that a contrast right after them takes back ("Probably, but I can't see it from here.").
    static let hedgedPhrases: Set<[String]> = [
        ["probably"], ["likely"], ["most", "likely"], ["i", "think", "so"], ["i", "believe", "so"],
        ["i", "guess", "so"],
        ["probably", "not"], ["likely", "not"], ["most", "likely", "not"], ["i", "guess", "not"],
    ]
    /// Determiner uses of a leading "No" that are courtesy, not an answer ("No problem! Yes, …").
    static let courtesyNouns: Set<String> = [
        "problem", "problems", "worries", "worry", "doubt", "offense", "offence", "pressure", "judgment", "judgement",
        "rush", "need", "matter", "one", "trouble",
    ]
    /// Words right before an answer word that make it an answer ("I'd say no", "I mean yes", "The
    /// answer is: no", "la respuesta es sí").
    static let introducers: Set<String> = [
        "say", "mean", "meant", "is", "be", "think", "guess", "suppose", "probably", "likely", "definitely",
        "certainly", "actually", "rather", "answer", "so", "then", "therefore", "thus", "hence", "es", "est", "ist",
        "é", "è", "lautet", "wait", "simply", "clearly", "basically", "short", "sorry", "dr", "but", "meine", "meinte",
        "intendevo", "decir", "dizer", "dire", "pero", "mais", "aber", "mas", "ma", "sadly", "unfortunately",
        "regrettably", "honestly", "frankly", "well", "that", "leider", "lamentablemente", "malheureusement",
        "purtroppo", "infelizmente", "desafortunadamente", "desgraciadamente", "boxed", "as", "quindi", "dunque",
        "allora",
        "also", "daher", "deshalb", "somit",
        "donc", "alors", "entonces", "pues", "tanto", "então", "portanto", "logo", "indeed",
    ]

    /// Phrases that answer when they open a sentence and end with punctuation; `nil` value entries
    /// are courtesy that answers only if nothing else does ("Certainly!", "Sure,").
    static let phrases: [(words: [String], value: String, rank: AnswerReading.Event.Rank)] = {
        let negatives = [
            "absolutely not", "definitely not", "certainly not", "of course not", "not at all", "not really",
            "probably not", "likely not", "most likely not", "i don't think so", "i do not think so",
            "i don't believe so", "i do not believe so", "i'm afraid not", "not yet", "that's not right",
            "that's not correct", "that is not correct", "that's incorrect", "that is incorrect", "that's wrong",
            "that's false", "that's not true", "not true", "incorrect", "false", "wrong", "nope", "claro que no",
            "pas du tout", "bien sûr que non", "überhaupt nicht", "auf keinen fall", "de jeito nenhum", "per niente",
            "assolutamente no", "para nada", "en absoluto", "absolutamente no", "i guess not", "i'd say not",
            "unfortunately not", "sadly not", "regrettably not", "afraid not", "not quite", "that's a no",
            "that would be a no", "it's a no",
            // Session 17: the present state denied ("Is it in stock?" — "Not at the moment.").
            "not at the moment", "not right now", "not currently", "not at present", "not at this time", "not today",
            "not anymore", "not any more", "not any longer", "pas encore", "pas pour le moment", "pas pour l'instant",
            "noch nicht", "im moment nicht", "derzeit nicht", "non ancora",
            // Session 21: idioms of refusal ("Yeah, no — …", "Sorry, no can do").
            "yeah no", "yeah nah", "no can do",
        ]
        let affirmatives = [
            "correct", "that's right", "that's correct", "that is correct", "that is right", "true", "that's true",
            "exactly", "indeed", "i think so", "i believe so", "i'm afraid so", "claro que sí", "claro que si",
            "bien sûr", "natürlich", "certo", "claro", "richtig", "genau", "exacto", "exactement", "esatto",
            "i guess so", "probably", "most likely", "likely", "that's a yes", "that would be a yes", "it's a yes",
        ]
        let courtesies = ["absolutely", "definitely", "certainly", "of course"]
        func split(_ phrase: String) -> [String] { ReplyTokens(phrase).tokens.map(\.word) }
        return negatives.map { (split($0), "no", .word) } + affirmatives.map { (split($0), "yes", .word) }
            + courtesies.map { (split($0), "yes", .courtesy) }
    }()

    /// The phrases by their first word.
    static let phrasesByFirstWord = Dictionary(grouping: phrases.indices) { phrases[$0].words[0] }

    /// The words a reply may open with before its answer ("The answer is", "Answer:", "Well,").
    static let leadIns: Set<String> = [
        "the", "answer", "is", "final", "my", "short", "correct", "result", "decision", "verdict", "respuesta",
        "réponse", "antwort", "resposta", "risposta", "la", "die", "a", "es", "est", "ist", "é", "è", "well", "ok",
        "okay", "hmm", "so", "honestly", "simply", "put", "lautet", "sadly", "unfortunately", "frankly",
    ]

    /// Words that conclude a reply's reasoning, after which an answer phrase answers ("So I'm afraid not.").
    static let conclusionWords: Set<String> = ["so", "therefore", "thus", "hence"]

    /// Whether `token` is a list's number ("1." or "1)" opening a line).
    static func isListNumber(_ token: ReplyTokens.Token) -> Bool {
        token.word.utf8.count <= 2 && AnswerQuestion.isDigits(token.word) && (token.after == "." || token.after == ")")
    }

    /// The answer given at `index`, if the word there answers.
    static func event(in reply: ReplyTokens, at index: Int, covered: [Bool]) -> AnswerReading.Event? {
        let tokens = reply.tokens
        let token = tokens[index]
        // "1. Yes, 6617 is divisible by 59.": a list's number opening the reply is a lead-in (rule 93).
        let opener = index > 0 && isListNumber(tokens[0]) ? 1 : 0
        let leading = tokens[opener..<max(opener, index)].allSatisfy { leadIns.contains($0.word) } && index <= 5
        // A quoted word is mentioned ("the word 'no'"), unless the quote is the reply's answer ("\"Yes.\" — …",
        // "the answer is 'no'").
        guard !token.quoted || leading || isQuotedAnswer(at: index, in: reply) else { return nil }
        let opensSentence = token.before >= .clause || index == 0
        // "… cannot be returned.\" So I'm afraid not.": an answer phrase right after the conclusion word that opens its
        // sentence.
        let concludes =
            index > 0 && conclusionWords.contains(tokens[index - 1].word)
            && (index == 1 || tokens[index - 1].before >= .sentence)
        func make(_ value: String, _ rank: AnswerReading.Event.Rank) -> AnswerReading.Event {
            AnswerReading.Event(
                value: value,
                index: index,
                rank: rank,
                marker: AnswerReading.marker(reply, before: index),
                leading: leading
            )
        }
        if opensSentence || leading || concludes, let candidates = phrasesByFirstWord[token.word] {
            // A phrase answers when punctuation follows it; "not at all" also before more words
            // ("Not at all in stock").
            let matching = candidates.map { phrases[$0] }.filter { phrase in
                reply.has(phrase.words, at: index)
                    && (tokens[index + phrase.words.count - 1].standsAlone || phrase.words == ["not", "at", "all"])
            }
            if let longest = matching.max(by: { $0.words.count < $1.words.count }) {
                // Rule 23: "Probably, but returns depend on the condition": a hedged answer its own sentence turns
                // from at once is no answer.
                let after = index + longest.words.count
                if hedgedPhrases.contains(longest.words), after < tokens.count, tokens[after].before < .sentence,
                    AnswerReading.turns.contains(tokens[after].word)
                {
                    return nil
                }
                return make(longest.value, longest.rank)
            }
        }
        let value: String
        if affirmative.contains(token.word) {
            value = "yes"
        } else if negative.contains(token.word) {
            value = "no"
        } else if index == 0, let opening = openingAnswer(in: reply) {
            value = opening
        } else {
            return nil
        }
        // A word glued to the one before by punctuation ("…cbbbca:no", "and/or") is part of it, unless that
        // is an answer line's label ("Answer:no").
        if index > 0, reply.isGlued(index), !AnswerSlots.lineWords.contains(tokens[index - 1].word) { return nil }
        // "Isn't that a good question, no.": a tag at the end of a sentence that asks, even without "?".
        let sentence = reply.sentenceStart(of: index)
        if index > sentence, AnswerQuestion.negatedAuxiliaries.contains(tokens[sentence].word) { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1].word : nil
        // "No, please …", "Yes, please": a request, not an answer.
        if next == "please", tokens[index + 1].before < .sentence { return nil }
        if token.before >= .comma || index == 0 || leading {
            // "Yes, or no.": the choice named, not made.
            if let next, next == "or" || next == "and", index + 2 < tokens.count,
                (value == "yes" ? negative : affirmative).contains(tokens[index + 2].word)
            {
                return nil
            }
            if token.standsAlone { return make(value, .word) }
            guard !ambiguous.contains(token.word), opensSentence || leading, let next else { return nil }
            // "Yes or no", "yes/no", "No/yes" name the choice; they do not make it.
            let opposite = value == "yes" ? negative : affirmative
            if next == "or" || next == "and" || opposite.contains(next) { return nil }
            if value == "yes" { return make(value, .word) }
            // "Nooo doubt about it": a drawn-out "no" is a determiner as "no" is.
            let bare = value == "no" && !negative.contains(token.word) ? "no" : token.word
            if bare != "no" || afterAnswerNo.contains(next) || negatedVerbs.contains(next) {
                return make(value, .word)
            }
            // "No longer, I'm afraid — overnight hire was stopped.": "no longer" as a clause of its own (not "No longer
            // than three nights").
            if next == "longer", index + 2 == tokens.count || tokens[index + 2].before >= .comma {
                return make(value, .word)
            }
            // Rule 23: "No charge for boxes — they come free", "No need to worry": in an English sentence, a "No" that a
            // word follows without punctuation is a determiner ("no charge"), not an answer, in the reply's first word
            // too; in Spanish or Italian the reply's first "No" before a verb negates it ("No aceptamos perros.").
            return index == 0 && !courtesyNouns.contains(next) && !readsEnglish(after: index, in: reply)
                ? make(value, .word) : nil
        }
        guard index > 0, !covered[index - 1], token.standsAlone else { return nil }
        if introducers.contains(tokens[index - 1].word) { return make(value, .construction) }
        return tokens[index - 1].word == "and" ? make(value, .courtesy) : nil
    }

    /// The answer of a reply that opens with a capital "Y" or "N" of its own ("Y", "N — the minimum age is ten.",
    /// not "N/A" or "N. Patel confirmed it.") or with an answer word drawn out ("Yessss, yes.", "Nooo."); nil for any
    /// other first word.
    static func openingAnswer(in reply: ReplyTokens) -> String? {
        guard let first = reply.tokens.first else { return nil }
        let word = Array(first.word.utf8)
        if word.count == 1, first.capitalised, first.after != "/", first.after != "." || first.endOfReply {
            // Before a dash, colon or full stop ("N — …"), not a comma ("N, the unit of force, …").
            guard first.endOfReply || reply.tokens[1].before >= .clause else { return nil }
            return word[0] == UInt8(ascii: "y") ? "yes" : word[0] == UInt8(ascii: "n") ? "no" : nil
        }
        guard word.count >= 3, word.count <= 12 else { return nil }
        // "yesss", "yeees": a "y", then "e"s and "s"s, one of them doubled; "nooo": an "n", then two or more "o"s.
        let tail = word.dropFirst()
        if word[0] == UInt8(ascii: "y"), let split = tail.firstIndex(where: { $0 != UInt8(ascii: "e") }),
            split > tail.startIndex, tail[split...].allSatisfy({ $0 == UInt8(ascii: "s") })
        {
            return "yes"
        }
        return word[0] == UInt8(ascii: "n") && tail.count >= 2 && tail.allSatisfy { $0 == UInt8(ascii: "o") }
            ? "no" : nil
    }

    /// Whether the quoted word at `index` is given as the answer: "the answer is 'no'", "the response
    /// should be \"yes\"".
    static func isQuotedAnswer(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard index >= 2, ["is", "be"].contains(tokens[index - 1].word) else { return false }
        return tokens[max(0, index - 7)..<(index - 1)].contains { ["answer", "response", "reply"].contains($0.word) }
    }
}

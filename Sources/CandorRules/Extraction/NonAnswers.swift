/// The phrases of a reply that give no answer: hedges, refusals and "I don't know", in English,
/// Spanish, French, German, Portuguese and Italian. They are found before any answer word, so that
/// "No way to tell", "Non lo so" or "Yes and no" never count as `no`, `no` or `yes`.
enum NonAnswers {
    /// Phrases that take the answer back wherever they stand.
    static let overriding: [String] = [
        "no correct answer", "no right answer", "it depends", "that depends", "this depends", "depends on",
        "depending on", "yes and no", "yeah and no", "yep and no", "yes and also no", "either way",
        "could go either way", "sí y no", "si y no", "depende", "oui et non", "ça dépend", "cela dépend", "ca depend",
        "ja und nein", "es kommt darauf an", "kommt darauf an", "hängt davon ab", "sim e não", "sì e no", "dipende",
        // Session 20: the same the other way round ("No, and yes.").
        "no and yes", "no y sí", "non et oui", "nein und ja", "no e sì",
        // Session 21: an answer offered as one of several ("A possible answer is C.").
        "a possible answer is", "one possible answer is", "a possible answer would be", "one possible answer would be",
        "a possible option is", "one possible option is",
        // Session 21: an answer its writer doubts or defers, wherever it stands ("P.S. I might be wrong about that",
        // "I'd have to ask whoever runs the boiler", "Sorry, I lost the thread", "I may have slipped a digit").
        "might be wrong about that", "may be wrong about that", "could be wrong about that",
        "could be the other way round", "could be the other way around", "might be the other way round",
        "i'd have to ask", "i would have to ask", "i'd need to ask", "i'd have to check", "i would have to check",
        "i'd need to check", "i'll have to check", "i will have to check", "i'd have to find out", "lost the thread",
        "what was the question", "may have slipped", "might have slipped", "haven't checked it myself",
        "have not checked it myself",
        // Session 23: an answer its writer leaves unconfirmed ("Double-checked: I couldn't find the rule, so treat that
        // as unconfirmed.", "…, though this is not confirmed here.").
        "treat that as unconfirmed", "treat this as unconfirmed", "treat it as unconfirmed", "take that as unconfirmed",
        "that is unconfirmed", "this is unconfirmed", "that's unconfirmed", "this is not confirmed",
        "that is not confirmed", "this isn't confirmed", "that isn't confirmed", "treat that as a guess",
        "treat this as a guess", "treat it as a guess", "can't stand by", "cannot stand by", "can't vouch for",
        "cannot vouch for",
    ]

    /// Admissions of not knowing: they also take back an answer word right before them ("No, I
    /// can't say") or an answer they follow as a sentence of their own ("Yes. Not sure, though.").
    static let knowledge: [String] = [
        "not sure", "not entirely sure", "not completely sure", "not 100 sure", "not fully sure", "unsure", "can't say",
        "cannot say", "can not say", "cant say", "hard to say",
        "difficult to say", "impossible to say", "no way to", "no way of", "there's no way", "there is no way",
        "can't tell", "cannot tell", "can't be sure", "cannot be sure", "can't know", "cannot know", "can't be certain",
        "cannot be certain", "no way for me to", "no way for us to", "afraid of not knowing", "not a definitive answer",
        "isn't a definitive answer", "is not a definitive answer", "don't know", "do not know", "dont know", "no idea",
        "not certain", "uncertain", "no answer", "no response", "don't have any details", "do not have any details",
        "don't have any additional", "do not have any additional",
        "unclear", "not clear", "no clear", "can't answer", "cannot answer", "can't determine", "cannot determine",
        "not possible to", "impossible to determine", "impossible to know", "impossible to tell",
        "not enough information", "insufficient information", "don't have enough", "do not have enough",
        "don't have information", "do not have information", "don't have any information", "no information",
        "rather not", "no comment", "no definitive", "no single", "no simple", "no straightforward", "won't answer",
        "will not answer", "won't speculate", "will not speculate", "no one knows", "nobody knows", "no one can",
        "no telling", "hard to tell", "difficult to tell", "can't really say", "cannot really say", "no lo sé",
        "no lo se", "no sé", "no se sabe", "no estoy seguro", "no estoy segura", "no es posible", "no hay forma",
        "no hay manera", "no hay modo", "no está claro", "no esta claro", "ni idea", "no tengo información",
        "no tengo suficiente", "difícil de decir", "difícil decir", "imposible saber", "imposible de saber",
        "imposible decir", "je ne sais pas", "je ne suis pas sûr", "je ne suis pas sûre", "impossible de dire",
        "impossible de savoir", "impossible de déterminer", "difficile à dire", "difficile de dire",
        "difficile de savoir", "aucune idée", "pas clair", "on ne peut pas", "pas possible de",
        "pas assez d'informations", "ich weiß nicht", "ich weiss nicht", "weiß ich nicht", "bin nicht sicher",
        "bin mir nicht sicher", "kann ich nicht sagen", "kann man nicht", "lässt sich nicht", "schwer zu sagen",
        "keine ahnung", "unklar", "nicht klar", "nicht beurteilen", "keine informationen", "nicht möglich",
        "unmöglich zu", "não sei", "nao sei", "não tenho certeza", "não é possível", "não há como", "não dá para",
        "não está claro", "difícil dizer", "difícil de dizer", "nenhuma ideia", "não tenho informações",
        "impossível saber", "impossível dizer", "non lo so", "non so", "non sono sicuro", "non sono sicura",
        "non è possibile", "non è chiaro", "difficile dire", "difficile da dire", "nessuna idea",
        "non ho informazioni", "impossibile sapere", "impossibile dire", "non saprei",
        // Session 16: hedges that open with an answer word ("No clue", "Non, impossible à dire", "No, non posso dirlo").
        "no clue", "no data", "no details", "no tengo esa información",
        "no tengo ese dato", "no tengo datos", "no dispongo de", "no puedo decirlo", "no puedo saberlo",
        "no sabría", "no sabria", "no podría decirte", "no podría decirle", "no podría asegurarlo", "impossible à dire",
        "impossible à savoir", "je ne peux pas le dire",
        "je ne peux pas le savoir", "je ne saurais dire", "aucune information", "kann es nicht sagen",
        "kann das nicht sagen", "keine daten", "keine angaben", "não tenho como", "não sei dizer",
        "não posso dizer", "não posso saber", "sem informações", "non posso dirlo", "non posso dire",
        "non posso saperlo", "nessuna informazione", "non ho dati", "ich weiß es nicht", "ich weiss es nicht",
        "weiß es nicht", "no tengo claro", "je ne suis pas certain", "je ne suis pas certaine", "non sono certo",
        "non sono certa", "não sei ao certo",
        // Session 20: the conditional "I couldn't tell you" ("No sabría decirte", "Não saberia dizer", "Je ne saurais
        // vous le dire", "Das wüsste ich nicht").
        "não saberia", "nao saberia", "je ne saurais dire", "je ne saurais le dire", "je ne saurais vous le dire",
        "je ne saurais vous dire", "wüsste ich nicht", "ehrlich gesagt nicht sicher", "mir da nicht sicher",
        // Session 22: "je ne saurais pas dire" (with the "pas" that spoken French keeps).
        "je ne saurais pas",
        // Session 20: an answer its writer disowns ("please treat that 288 as unreliable — I can't give a firm figure").
        "i can't give a firm", "i cannot give a firm", "i can't give a definite", "i cannot give a definite",
        // Session 17: doubts of confidence ("I'm no longer confident that it's (A)").
        "not confident", "no longer confident", "less confident", "no longer sure", "not so sure", "not as sure",
    ]

    /// Refusals and statements of what the model cannot do: a non-answer only when the reply
    /// gives no answer at all ("No, I am unable to run code" answers no).
    static let refusals: [String] = [
        "unable to", "not able to", "can't help", "cannot help", "can't provide", "cannot provide", "as an ai",
        "decline to", "must decline", "not in a position", "can't confirm", "cannot confirm", "can't verify",
        "cannot verify", "don't have access", "do not have access", "can't comment", "cannot comment", "i cannot",
        "i can't", "i won't", "i will not", "i'm unable", "i am unable", "no puedo", "je ne peux pas", "ich kann nicht",
        "kann ich nicht", "não posso",
        "nao posso", "non posso",
    ]

    /// Every phrase as words with its kind, by its first word, so each word of a reply is looked up once.
    static let byFirstWord: [String: [(words: [String], kind: AnswerReading.Hedge.Kind)]] = {
        var index: [String: [(words: [String], kind: AnswerReading.Hedge.Kind)]] = [:]
        for (phrases, kind) in [(overriding, .overriding), (knowledge, .knowledge), (refusals, .refusal)]
            as [([String], AnswerReading.Hedge.Kind)]
        {
            for phrase in phrases {
                let words = ReplyTokens(phrase).tokens.map(\.word)
                if let first = words.first { index[first, default: []].append((words, kind)) }
            }
        }
        return index
    }()

    /// Which tokens of `reply` lie inside a hedge of `hedges` (a refusal covers none: an answer may
    /// follow it), so that an answer word or number inside "No way to tell" is not read as an answer.
    static func covered(by hedges: [AnswerReading.Hedge], in reply: ReplyTokens) -> [Bool] {
        var covered = [Bool](repeating: false, count: reply.tokens.count)
        for hedge in hedges where hedge.kind != .refusal {
            for index in hedge.index..<(hedge.index + hedge.length) { covered[index] = true }
        }
        return covered
    }

    /// The non-answer phrases of `reply`, in order; where phrases overlap at one word the longest counts.
    static func find(in reply: ReplyTokens) -> [AnswerReading.Hedge] {
        var found: [AnswerReading.Hedge] = []
        for index in reply.tokens.indices {
            guard let candidates = byFirstWord[reply.tokens[index].word] else { continue }
            var best: (words: [String], kind: AnswerReading.Hedge.Kind)? = nil
            // A phrase lies within one sentence: "No.\n\nANSWER: yes" holds no "no answer".
            for candidate in candidates where reply.has(candidate.words, at: index) {
                let rest = reply.tokens[(index + 1)..<(index + candidate.words.count)]
                guard !rest.contains(where: { $0.before >= .sentence }) else { continue }
                if candidate.words.count > best?.words.count ?? 0 { best = candidate }
            }
            if let best {
                found.append(AnswerReading.Hedge(index: index, length: best.words.count, kind: best.kind))
            } else if ["weiß", "weiss"].contains(reply.tokens[index].word),
                let end = trailingNicht(in: reply, after: index)
            {
                // German puts "nicht" after the verb and whatever stands between: "ich weiß es ehrlich gesagt nicht".
                found.append(AnswerReading.Hedge(index: index, length: end - index + 1, kind: .knowledge))
            }
        }
        return (found + lowConfidence(in: reply)).sorted { $0.index < $1.index }
    }

    /// Words that may stand between "weiß" and the "nicht" that negates it ("ich weiß es ehrlich gesagt nicht", "das
    /// weiß ich leider nicht").
    static let germanKnowingFillers: Set<String> = [
        "es", "das", "ich", "wir", "leider", "ehrlich", "gesagt", "wirklich", "genau", "so", "auch", "echt",
    ]

    /// The index of the "nicht" that negates the verb at `verb`, with at most four of ``germanKnowingFillers``
    /// between them in its clause; nil without one.
    static func trailingNicht(in reply: ReplyTokens, after verb: Int) -> Int? {
        var next = verb + 1
        while next < reply.tokens.count, next - verb <= 5, reply.tokens[next].before < .comma {
            if reply.tokens[next].word == "nicht" { return next }
            guard germanKnowingFillers.contains(reply.tokens[next].word) else { return nil }
            next += 1
        }
        return nil
    }

    /// Nouns that say how sure the reply is of its answer; a rating goes with them ("Confidence: low").
    static let confidenceNouns: Set<String> = [
        "confidence", "certainty", "confianza", "confiance", "konfidenz", "confiança", "fiducia",
    ]
    /// The first bytes of the confidence nouns.
    static let confidenceInitials: [UInt8] = Array(Set(confidenceNouns.compactMap(\.utf8.first)))
    /// Words that say how sure the reply is: the nouns, and adjectives that a share goes with ("60% sure").
    static let confidenceWords = confidenceNouns.union(["confident", "sure", "certain", "sicher", "seguro", "sûr"])
    /// Ratings of a confidence too low to commit to ("Confidence: low", "my confidence is only moderate").
    static let lowRatings: Set<String> = ["low", "moderate", "baja", "faible", "niedrig", "baixa", "bassa"]
    /// Words that may stand between a confidence noun and its rating ("my confidence is only moderate").
    static let ratingLinks: Set<String> = [
        "is", "was", "only", "fairly", "quite", "rather", "pretty", "es", "est", "ist",
    ]

    /// Rule 58: a confidence the reply states as low, or as a share of at most 60% ("Probably yes, but my confidence
    /// is low (around 50%)", "Confidence: low", "I'm about 60% sure it's yes"), takes its answer back wherever it
    /// stands, as "it depends" does: a careful reader does not commit to an answer its writer calls a coin toss. The
    /// confidence must be the reply's own: a noun that opens its clause or follows "my" or "our" ("consumer confidence
    /// is low" is a fact), rated right after it; a share with a word of confidence next to it ("about 55%" alone may be
    /// the answer). A high one ("about 90% confident", "Confidence: high") is no doubt.
    static func lowConfidence(in reply: ReplyTokens) -> [AnswerReading.Hedge] {
        var found: [AnswerReading.Hedge] = []
        let tokens = reply.tokens
        for index in tokens.indices {
            // Most words start with none of the nouns' letters: decided by the first byte before any hashing.
            guard let first = tokens[index].word.utf8.first else { continue }
            if confidenceInitials.contains(first), confidenceNouns.contains(tokens[index].word) {
                let own =
                    index == 0 || tokens[index].before > .comma
                    || ["my", "our", "mi", "ma", "mon", "meine", "minha", "mia"].contains(tokens[index - 1].word)
                let ratedBefore = index > 0 && lowRatings.contains(tokens[index - 1].word)
                var rating = index + 1
                while rating < tokens.count, tokens[rating].before < .comma, ratingLinks.contains(tokens[rating].word) {
                    rating += 1
                }
                // "Confidence: low", "my confidence is low": the rating after a colon or a link word, not past a comma.
                let ratedAfter =
                    own && rating < tokens.count && [.none, .clause].contains(tokens[rating].before)
                    && lowRatings.contains(tokens[rating].word)
                if ratedBefore || ratedAfter {
                    found.append(AnswerReading.Hedge(index: index, length: 1, kind: .overriding))
                }
            } else if let share = confidenceShare(at: index, in: reply), share <= 60 {
                found.append(AnswerReading.Hedge(index: index, length: 1, kind: .overriding))
            }
        }
        return found
    }

    /// The share of the word at `index` when it states a confidence: a whole number with a percent sign and a word of
    /// confidence right after it or a confidence noun right before it ("about 99% sure", "(confidence: 95%)").
    static func confidenceShare(at index: Int, in reply: ReplyTokens) -> Int? {
        let tokens = reply.tokens
        let word = tokens[index].word.utf8
        // Most words are no number: decided by their first byte before any parsing (this runs for every word).
        guard word.count <= 3, let first = word.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            let share = Int(tokens[index].word), reply.isPercent(at: index)
        else { return nil }
        let next = index + 1 < tokens.count && tokens[index + 1].before == .none ? tokens[index + 1].word : nil
        let previous = index > 0 ? tokens[index - 1].word : nil
        let stated =
            next.map(confidenceWords.contains) ?? false || previous.map(confidenceNouns.contains) ?? false
        return stated ? share : nil
    }
}

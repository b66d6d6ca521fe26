/// Where a numeric reply answers: a number that leads the reply or stands as a clause of its own
/// ("336.", "Sorry, 326", "336 dollars is correct"), or that an answer construction introduces ("the
/// total is 336", "= 336", "it comes to 336", "el total es 336").
extension NumberExtractor {
    /// Words right before a number that make it the answer.
    static let introducers: Set<String> = [
        "is", "are", "was", "be", "it's", "that's", "its", "equals", "equal", "makes", "make", "gives", "give", "gave",
        "yields", "get", "got", "gets", "mean", "meant", "think", "say", "answer", "es", "est", "ist", "è", "é",
        "son", "sind", "sont", "são", "sono", "ergibt", "beträgt", "macht", "donne", "fait", "dá", "fa", "sería",
        "serait", "wäre", "sarebbe", "seria", "c'est", "lautet", "obtengo", "obtiens", "bekomme", "ottengo", "obtenho",
        "boxed", "remains", "stays", "bleibt", "reste", "rimane", "sigue", "foi", "fue", "était", "war", "era",
        "bleiben", "restano", "rimangono", "restan", "quedan", "queda", "sobran", "sobram", "sobra", "restent",
        "restam", "resta",
    ]
    /// Words before "to" that make it introduce the answer ("comes to 336", "is equal to 6").
    static let toWords: Set<String> = ["comes", "came", "come", "amounts", "adds", "sums", "totals", "rounds", "equal"]
    /// Words before "out to" that make it introduce the answer ("works out to 336", "comes out to 336").
    static let outWords: Set<String> = toWords.union(["works", "worked", "work", "working"])
    /// Words before "of" that make it introduce the answer ("a total of 20").
    static let ofWords: Set<String> = ["total", "sum", "product", "difference", "result", "value"]
    /// Nouns that, followed by a colon, label the answer ("Total: 336").
    static let answerNouns: Set<String> = [
        "total", "sum", "product", "difference", "result", "value", "number", "answer", "ergebnis", "resultado",
        "résultat", "risultato", "gesamt", "summe", "somme", "suma", "soma", "somma", "respuesta", "réponse",
        "antwort", "resposta", "risposta", "remaining",
    ]
    /// Words that may stand between an introducer and the number ("is still 336", "es de 336").
    static let fillers: Set<String> = [
        "still", "approximately", "about", "around", "roughly", "exactly", "precisely", "actually", "really",
        "definitely", "certainly", "indeed", "just", "now", "clearly", "simply", "also", "then", "the", "a",
        "aproximadamente", "environ", "etwa", "ungefähr", "circa", "cerca", "de", "di", "noch", "toujours", "immer",
        "ancora", "sempre", "bien", "only", "truly", "correctly", "therefore", "thus", "hence",
        // Currency codes before the amount ("USD 637.50", "comes to USD 200.00"; number rule 34).
        "usd", "eur", "gbp", "chf", "us$",
    ]
    /// Words a sentence or clause may open with before a number that answers ("So, 336", "Sorry, 326",
    /// "Approximately 340", "I get 336").
    static let openers: Set<String> = YesNoExtractor.leadIns.union(fillers).union([
        "so", "thus", "therefore", "hence", "total", "it's", "that's", "it", "that", "sorry", "oops", "wait", "no",
        "yes", "yeah", "sí", "si", "ja", "oui", "sim", "sì", "nein", "non", "não", "sure", "right", "new", "corrected",
        "updated", "i", "mean", "meant", "get", "got", "think", "believe", "still", "confirmed", "total", "sum",
        "number", "value", "amount", "figure", "el", "le", "der", "das", "il", "o", "resultado", "résultat",
        "ergebnis", "risultato", "entonces", "donc", "alors", "quindi", "portanto", "pues", "entschuldigung", "perdón",
        "désolé", "desculpe", "scusa", "perdona", "pardon", "apologies", "certainly", "of", "course", "indeed",
        "correction", "instead", "rather", "actually", "again", "once", "more", "thanks", "thank", "you", "well",
        "hmm", "ah", "oh", "fine", "good", "great",
    ])
    /// Words that end a number's clause without making it an answer: a restated question or a count in prose.
    static let stops: Set<String> = [
        "at", "of", "for", "with", "from", "to", "by", "times", "plus", "minus", "x", "multiplied", "divided", "more",
        "less", "than", "and", "or", "out", "over", "under", "between", "each", "was", "were", "has", "have", "had",
        "saw", "will", "can", "could", "should", "would", "might", "may", "not", "isn't", "wasn't", "are", "de", "por",
        "à", "a", "y", "et", "und", "o", "ou", "oder", "e",
    ]
    /// Verbs after a number that make it the answer when an affirming word follows ("336 is correct").
    static let affirmingVerbs: Set<String> = [
        "is", "are", "remains", "stays", "ist", "es", "est", "è", "é", "bleibt", "sigue",
    ]
    /// Words after such a verb that affirm the number ("is correct", "are left").
    static let affirmers: Set<String> = [
        "correct", "right", "the", "my", "indeed", "still", "definitely", "accurate", "confirmed", "final", "it",
        "correcta", "correcto", "richtig", "juste", "exact", "corretto", "correto", "la", "el", "die", "der", "das",
        "le", "il", "o", "what", "also", "certainly", "exactly", "bien", "ok", "fine", "left", "remaining",
    ]
    /// Words after a number's clause that go on with a reason ("336, because …", "336 since …").
    static let reasons: Set<String> = ["because", "since", "as", "which", "porque", "car", "weil", "perché", "so"]

    /// The answer given by `mention`, if it stands where an answer stands. Its value is set by the caller.
    /// An operand is an answer only when it opens an expression given as the answer with no result
    /// (``isUnevaluated(at:of:in:)``), which the caller reads as no number.
    static func event(
        at position: Int,
        of mentions: [NumberMention],
        in reply: ReplyTokens,
        question: AnswerQuestion? = nil
    ) -> AnswerReading.Event? {
        let mention = mentions[position]
        let tokens = reply.tokens
        let first = mention.first
        guard !mention.operand || isUnevaluated(at: position, of: mentions, in: reply), !isInQuestion(mention, reply),
            !isConditional(mention, reply), !isRetracted(mention, reply), !isRetractedLater(mention, reply),
            !isAttributed(mention, reply), !isNegated(mention, reply), !isReference(mention, reply, question: question),
            !isConfidence(mention, reply)
        else { return nil }
        let leading = first <= 5 && tokens[..<first].allSatisfy { YesNoExtractor.leadIns.contains($0.word) }
        guard !tokens[first].quoted || leading || isQuotedAnswer(at: first, in: reply) else { return nil }
        // "3:30", "2:1": a time or ratio, not an answer after a colon.
        if first > 0, tokens[first - 1].after == ":", tokens[first - 1].end + 1 == tokens[first].start,
            tokens[first - 1].word.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true
        {
            return nil
        }
        func make(_ rank: AnswerReading.Event.Rank) -> AnswerReading.Event {
            AnswerReading.Event(
                value: "",
                index: first,
                rank: rank,
                marker: AnswerReading.marker(reply, before: first),
                leading: leading
            )
        }
        if mention.operand { return make(.construction) }
        // "1.40825B 3": a reply that opens with digits that make no number answers with none the reader can read.
        if mention.unreadable, first == 0 { return make(.word) }
        if mention.result {
            // An equation's result answers; as strongly as a statement only when the equation is
            // introduced ("The total is 56.23 + 56.23 = 123.29" beats the working "48 * 1.07 = 56.23").
            var start = position
            while start > 0, mentions[start - 1].operand, mentions[start].first - mentions[start - 1].last <= 3 {
                start -= 1
            }
            var opening = mentions[start]
            opening.result = false
            return make(start < position && isIntroduced(opening, reply) ? .construction : .word)
        }
        // "6 times bigger", "3 fois plus": a factor, not an answer.
        if mention.last + 1 < tokens.count, factors.contains(tokens[mention.last + 1].word) { return nil }
        // "(20 in this case)", "(to get 91)": an aside in brackets.
        if mention.bracketed && !leading { return nil }
        if isIntroduced(mention, reply) {
            return mention.articleLike && !tokens[mention.last].standsAlone ? nil : make(.construction)
        }
        // "pays 14 dollars in total": a total stated, unless it is one of the question's givens.
        if isTotalled(mention, reply), !mention.articleLike,
            !(mention.value.map { question?.numbers.contains($0) ?? false } ?? false)
        {
            return make(.construction)
        }
        // "on Monday (441)": an aside that glosses the word before it.
        if !leading, isGloss(mention, reply) { return nil }
        // A clause of its own: only openers before it in its clause, only a unit or an affirmation after.
        var clauseStart = first
        while clauseStart > 0, tokens[clauseStart].before < .comma { clauseStart -= 1 }
        guard leading || tokens[clauseStart..<first].allSatisfy({ openers.contains($0.word) }) else { return nil }
        guard let tail = tailAnswers(mention, reply) else { return nil }
        if mention.articleLike && !(tail == 0 && tokens[mention.last].standsAlone) { return nil }
        return make(.word)
    }

    /// Whether an introducer, `=` or a label stands right before the number, past filler words.
    static func isIntroduced(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        if mention.result { return true }
        let tokens = reply.tokens
        var position = mention.first - 1
        var skipped = 0
        while position >= 0, skipped < 3, tokens[position + 1].before <= .comma, fillers.contains(tokens[position].word)
        {
            position -= 1
            skipped += 1
        }
        guard position >= 0, tokens[position + 1].before <= .clause else { return false }
        let word = tokens[position].word
        if tokens[position + 1].before == .clause {
            // "Total: 336", "Result - 20": a label opening its line or sentence; "Total visitors: 7,975", "total_hours:
            // 152": one of up to three words that a total word opens (number rule 34); not "Long answer: 1736 kWh …".
            guard tokens[position].after == ":" else { return false }
            if answerNouns.contains(word) { return !isExplanationLabel(before: position, reply) }
            return !mention.operand && isTotalLabel(endingAt: position, reply)
        }
        guard position > 0 else { return introducers.contains(word) }
        // "There are 2 ways": existence, not an answer, unless it says what is left ("there are 17 days left").
        if introducers.contains(word) {
            guard ["there", "here"].contains(tokens[position - 1].word) else { return true }
            return tokens[(mention.last + 1)...].prefix(3).contains { ["left", "remaining"].contains($0.word) }
        }
        // "There were 17.5% left over", "You'd have 675 dollars left over": what is left.
        if word == "were", tokens[position - 1].word == "there" {
            return tokens[(mention.last + 1)...].prefix(3).contains { remainders.contains($0.word) }
        }
        if ["have", "has", "had"].contains(word) {
            return tokens[(mention.last + 1)...].prefix(3).contains { remainders.contains($0.word) }
        }
        // "which results in 93", "resulting in an order total of 173".
        if word == "in" { return ["results", "resulting", "resulted", "result"].contains(tokens[position - 1].word) }
        // "comes to 336", "adds up to 336", "works out to 336", "comes out to 336".
        if word == "to" {
            let previous = tokens[position - 1].word
            if previous == "out", position > 1 { return outWords.contains(tokens[position - 2].word) }
            return toWords.contains(previous) || previous == "up"
        }
        // "Le total s'élève à …", "se monte à …": French for "amounts to" (number rule 34).
        if word == "à" { return ["élève", "monte", "chiffre"].contains(tokens[position - 1].word) }
        if word == "of" {
            return ofWords.contains(tokens[position - 1].word)
                || position > 1 && ofWords.contains(tokens[position - 2].word)
        }
        return false
    }

    /// How many unit words follow the number in its clause when the rest of the clause leaves it the
    /// answer ("336 dollars.", "340 mg per week", "336 is correct", "336, because …"); nil when the
    /// clause goes on as prose ("48 licences at 7 dollars", "2024 was a good year").
    static func tailAnswers(_ mention: NumberMention, _ reply: ReplyTokens) -> Int? {
        let tokens = reply.tokens
        var position = mention.last + 1
        var units = 0
        while position < tokens.count, tokens[position].before < .comma {
            let word = tokens[position].word
            if affirmingVerbs.contains(word) {
                guard position + 1 < tokens.count, tokens[position + 1].before < .comma,
                    affirmers.contains(tokens[position + 1].word)
                else { return nil }
                return units
            }
            if reasons.contains(word) { return units }
            if stops.contains(word) || units == 3 || word.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true {
                return nil
            }
            units += 1
            position += 1
        }
        return units
    }

    /// Phrases after a number in its sentence that take it back, when "which", "that" or "this"
    /// refers to it ("= 408, which is not the answer", "39, but that doesn't make sense", "0.76, but
    /// that's actually not a possible answer"). Every number before the phrase in the sentence is
    /// taken back: which one it refers to is not certain.
    static let retractions: [[String]] = [
        ["not", "the", "answer"], ["not", "correct"], ["not", "right"], ["not", "accurate"], ["not", "a", "possible"],
        ["not", "possible"], ["doesn't", "make", "sense"], ["does", "not", "make", "sense"], ["not", "the", "correct"],
        ["not", "the", "right"], ["is", "wrong"], ["is", "incorrect"], ["an", "incorrect"], ["a", "wrong"],
        ["incorrect"], ["wrong"],
    ]
    /// Words that refer back to a number before a retraction ("which is not the answer").
    static let referents: Set<String> = ["which", "that", "that's", "this", "it's", "it"]

    /// Whether a retraction that refers back follows the number in its sentence.
    static func isRetracted(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var position = mention.last + 1
        while position < tokens.count, tokens[position].before < .sentence {
            if referents.contains(tokens[position].word),
                tokens[position].before >= .comma
                    || position > 0
                        && ["but", "since", "because"].contains(tokens[position - 1].word)
            {
                let window = (position + 1)..<min(position + 6, tokens.count)
                if window.contains(where: { at in
                    tokens[at].before < .sentence && retractions.contains { reply.has($0, at: at) }
                }) {
                    return true
                }
            }
            position += 1
        }
        return false
    }

    /// Words that make a number in their sentence the user's, not the reply's answer ("Your
    /// calculator says … equals 915", "I see why you'd say 346").
    static let others: Set<String> = ["you", "your", "you're", "you'd", "you've", "colleague", "user"]
    /// Verbs of saying or reckoning that, after "you" or "your", give the number as the user's.
    static let speech: Set<String> = [
        "say", "says", "said", "think", "thought", "suggest", "suggests", "suggested", "mentioned", "claim", "claims",
        "claimed", "believe", "get", "got", "calculated", "computed", "wrote",
    ]

    /// Whether the number's sentence gives it as someone else's: "you" or "your" and then a verb of
    /// saying or reckoning, before the number.
    static func isAttributed(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let start = reply.sentenceStart(of: mention.first)
        // "My supervisor says that it should be 523.60": a person saying it, before the number ("The calculator says
        // 215" is the reply's own source).
        if reply.tokens[start..<mention.first].indices.contains(where: { at in
            at > start && reportingVerbs.contains(reply.tokens[at].word)
                && reportingPersons.contains(reply.tokens[at - 1].word)
        }) {
            return true
        }
        guard let other = reply.tokens[start..<mention.first].firstIndex(where: { others.contains($0.word) })
        else { return false }
        return reply.tokens[other..<mention.first].contains { speech.contains($0.word) }
    }

    /// Nouns that label the number after them as a reference, not a quantity ("Ref. 118", "Case ID 4471", "ticket
    /// 20931").
    static let referenceLabels: Set<String> = [
        "ref", "reference", "ticket", "id", "invoice", "tracking", "referencia", "référence", "referenz", "riferimento",
    ]

    /// Rule 64: whether the number is a reference, not a quantity: right after a reference label ("Case ID 4471-2290",
    /// "ticket 20931"; "Ref." with its full stop, "Regards, Ref. 118") or a number sign ("#20931"). A support macro's
    /// ticket numbers are no answer; a label the question itself speaks of is no reference ("Price per ticket: $25" to
    /// "How much does one ticket cost?").
    static func isReference(_ mention: NumberMention, _ reply: ReplyTokens, question: AnswerQuestion?) -> Bool {
        let first = mention.first
        let tokens = reply.tokens
        let start = tokens[first].start
        let bytes = reply.text.utf8
        if start > 0, bytes[bytes.index(bytes.startIndex, offsetBy: start - 1)] == UInt8(ascii: "#") { return true }
        guard first > 0, referenceLabels.contains(tokens[first - 1].word),
            !(question?.topic.contains(tokens[first - 1].word) ?? false)
        else { return false }
        return tokens[first].before == .none || tokens[first - 1].word == "ref" && tokens[first - 1].after == "."
    }

    /// Rule 64: whether the number is the share of a stated confidence ("2522 — about 99% sure", "(confidence:
    /// 95%)"), which says how sure the reply is, not what it answers.
    static func isConfidence(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        NonAnswers.confidenceShare(at: mention.first, in: reply) != nil
    }

    /// Verbs of saying in the third person: after a noun, they report someone else's number ("the manager says").
    static let reportingVerbs: Set<String> = [
        "says", "said", "claims", "claimed", "insists", "insisted", "suggests", "suggested", "thinks", "believes",
    ]
    /// The people whose saying, before such a verb, makes a number theirs ("my supervisor says", "the customer said").
    static let reportingPersons: Set<String> = [
        "supervisor", "manager", "boss", "colleague", "customer", "client", "user", "teacher", "friend", "reviewer",
        "accountant", "auditor", "he", "she", "they", "someone", "somebody", "team",
    ]

    /// Words after a number that make it a factor.
    static let factors: Set<String> = ["times", "fois", "mal", "vezes", "volte", "veces", "fold"]

    /// Words that open a condition: a number in it is supposed, not answered ("If your figure is 346, …").
    static let conditions: Set<String> = ["if", "unless", "whether", "si", "wenn", "falls", "ob", "se", "caso"]

    /// Whether a condition word stands between the start of the number's sentence and the number.
    static func isConditional(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = reply.sentenceStart(of: mention.first)
        return (start..<mention.first).contains { at in
            conditions.contains(tokens[at].word) && !isSpanishPassive(at: at, reply)
        }
    }

    /// Whether "se" at `index` is the Spanish passive before a verb in the preterite ("Se vendieron 340 entradas", "Se
    /// recogió la cosecha"), not the Portuguese or Italian "if": a next word that ends as only Spanish preterites do.
    static func isSpanishPassive(at index: Int, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard tokens[index].word == "se", index + 1 < tokens.count, tokens[index + 1].before == .none else {
            return false
        }
        let verb = tokens[index + 1].word
        return verb.count > 4 && (verb.hasSuffix("aron") || verb.hasSuffix("ieron") || verb.hasSuffix("ó"))
    }

    /// Modal words before "be" that make the number a possibility ("it could also be 346"), which
    /// takes the reply's answer back unless a correction follows.
    static let modals: Set<String> = ["could", "might", "may", "possibly", "perhaps", "podría", "pourrait", "könnte"]

    /// Whether a modal stands within the three words before the number.
    static func isPossibility(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        reply.tokens[max(0, mention.first - 3)..<mention.first].contains { modals.contains($0.word) }
    }

    /// Whether the number stands in a question ("Did you mean 346?"), which asks rather than answers.
    static func isInQuestion(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var position = mention.last
        while position + 1 < tokens.count, tokens[position + 1].before < .sentence { position += 1 }
        return tokens[position].after == "?"
    }
}

/// Reading a yes/no reply against the question it answers, as a careful reader would: an answer word
/// whose own clause says the opposite ("No, the parka is currently in stock" to "Is the parka in
/// stock?"; "Yes, 263 is not a prime number") is no answer; a reply that only restates the question's
/// proposition ("The Bluepeak TV is not covered by the warranty.") answers by its polarity; "You're
/// right" answers a question about a claim; "Yes, I can do that" replies to a request, not to the question.
extension YesNoExtractor {
    /// Pronouns that stand for the question's subject when a reply restates it ("No, it has been recalled").
    static let subjectPronouns: Set<String> = [
        "it", "it's", "its", "they", "they're", "this", "that", "that's", "there", "there's", "he", "she", "we",
    ]

    /// The word ranges of the reply's sentences (or, with `.clause`, clauses), in order.
    static func sentences(of reply: ReplyTokens, by boundary: ReplyTokens.Boundary = .sentence) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in reply.tokens.indices.dropFirst() where reply.tokens[index].before >= boundary {
            ranges.append(start..<index)
            start = index
        }
        if start < reply.tokens.count { ranges.append(start..<reply.tokens.count) }
        return ranges
    }

    /// Whether the clause of the answer at `index` (or, when the answer stands alone, the clause next
    /// to it) restates the question's proposition with the opposite polarity of `value`.
    static func contradicts(_ value: String, at index: Int, in reply: ReplyTokens, question: AnswerQuestion) -> Bool {
        clausePolarity(at: index, in: reply, question: question).map { $0 != (value == "yes") } ?? false
    }

    /// Whether the clause of the answer at `index` restates the proposition with the polarity of `value`
    /// ("Yes, the library is open on Sundays"): an explicit statement, not just a leading word.
    static func confirms(_ value: String, at index: Int, in reply: ReplyTokens, question: AnswerQuestion) -> Bool {
        clausePolarity(at: index, in: reply, question: question) == (value == "yes")
    }

    /// The polarity with which the clause of the word at `index` (or, when the word stands alone, the
    /// clause next to it) restates the question's proposition; nil when it does not, or unclearly.
    static func clausePolarity(at index: Int, in reply: ReplyTokens, question: AnswerQuestion) -> Bool? {
        guard reply.tokens.indices.contains(index) else { return nil }
        let own = Self.clause(containing: index, in: reply)
        // The answer word says nothing of the proposition; an echoed auxiliary does ("It doesn't include phone
        // support": its "doesn't" is the clause's negation).
        let word = reply.tokens[index].word
        let echoed = Auxiliary.family(of: word) != nil || contractions[word] != nil
        var words = own.filter { $0 != index || echoed }
        if words.count < 2 {
            // "Yes. 263 is not a prime number.": the answer's clause is the answer alone; a question next
            // to it ("| Is 221 prime? | No |") is not what it says.
            var neighbours: [Range<Int>] = []
            if own.upperBound < reply.tokens.count {
                neighbours.append(Self.clause(containing: own.upperBound, in: reply))
            }
            if own.lowerBound > 0 { neighbours.append(Self.clause(containing: own.lowerBound - 1, in: reply)) }
            guard let next = neighbours.first(where: { reply.tokens[$0.upperBound - 1].after != "?" }) else {
                return nil
            }
            words = Array(next)
        }
        return restatement(of: question, in: words, reply, shortened: true)
    }

    /// The word range of the clause (as ``sentences(of:by:)`` splits them with `.clause`) that holds the word at
    /// `index`, found from the word outwards: splitting the whole reply again for each answer word made reading a long
    /// reply quadratic.
    static func clause(containing index: Int, in reply: ReplyTokens) -> Range<Int> {
        var start = index
        while start > 0, reply.tokens[start].before < .clause { start -= 1 }
        var end = index + 1
        while end < reply.tokens.count, reply.tokens[end].before < .clause { end += 1 }
        return start..<end
    }

    /// Whether `words` restate the question's proposition, and if so whether affirmatively (true) or
    /// negated (false); nil when they do not restate it, or do so unclearly. A restatement names at least
    /// two thirds of the proposition's content words, its predicate, every word after it and every
    /// number among them, or names the predicate after a pronoun that stands for the subject. It
    /// is unclear with two negations ("neither … nor not"), a negation of degree ("not fully covered")
    /// or a corrected negation ("not a defect but an issue").
    static func restatement(
        of question: AnswerQuestion,
        in words: [Int],
        _ reply: ReplyTokens,
        pronouns: Bool = true,
        shortened: Bool = false
    ) -> Bool? {
        let tokens = reply.tokens
        let proposition = question.proposition
        let head = question.predicate
        guard proposition.indices.contains(head) else { return nil }
        var used: Set<Int> = []
        var found = 0
        var predicate: Int? = nil
        var negatedWord = false
        // Where the restatement stops naming what follows the predicate, when `shortened` allows that.
        var tailOmittedFrom: Int? = nil
        // Where the proposition's numbers stand in the reply, in the proposition's order.
        var numberPositions: [Int] = []
        for (position, content) in proposition.enumerated() {
            let at = words.first { !used.contains($0) && sameWord(tokens[$0].word, content) != nil }
            if at != nil, tailOmittedFrom != nil { return nil }
            guard let at else {
                // "Pets are allowed in the flat" for "… in the flat at 14 Mill Lane": shortened, when allowed.
                if shortened, position > head, tailOmittedFrom == nil { tailOmittedFrom = position }
                if tailOmittedFrom != nil { continue }
                // A restatement with another number ("… on 23 March" for "… on 1 March"), or without what
                // follows the predicate ("discontinued in the upcoming quarter" for "… at the end of this
                // year"), may be another claim.
                if isNumber(content) || position > head { return nil }
                continue
            }
            used.insert(at)
            if isNumber(content) { numberPositions.append(at) }
            found += 1
            if sameWord(tokens[at].word, content) == false { negatedWord = true }
            if position == head { predicate = at }
        }
        guard let predicate else { return nil }
        // "15 is not divisible by 611" to "Is 611 divisible by 15?": the numbers in another order make another claim.
        if zip(numberPositions, numberPositions.dropFirst()).contains(where: { $0 > $1 }) { return nil }
        // "It seats 40 for dinner" to "Can it host a dinner for 50?": numbers, none of them the question's, make it
        // another claim.
        let numbers = proposition.filter(isNumber)
        if !numbers.isEmpty, words.contains(where: { isNumber(tokens[$0].word) }),
            !words.contains(where: { numbers.contains(tokens[$0].word) })
        {
            return nil
        }
        // A shortened restatement ends where it stops naming the proposition.
        if tailOmittedFrom != nil, let last = used.max(), last + 1 < tokens.count, tokens[last + 1].before < .comma {
            return nil
        }
        let expected = tailOmittedFrom ?? proposition.count
        // The predicate's part of the sentence, between commas or stronger boundaries.
        var start = predicate
        while start > 0, tokens[start].before < .comma { start -= 1 }
        var end = predicate + 1
        while end < tokens.count, tokens[end].before < .comma { end += 1 }
        let segment = words.filter { $0 >= start && $0 < end }
        let opener = segment.first {
            !["and", "but", "so", "well", "while", "whereas", "yet"].contains(tokens[$0].word)
        }
        let opensWithPronoun = opener.map { subjectPronouns.contains(tokens[$0].word) } ?? false
        let pronounSubject = pronouns && opensWithPronoun
        // The proposition is restated within the predicate's part of the sentence, not across a comma
        // ("According to the stock report, the tent is sold out" does not say it is in stock), unless a
        // pronoun there stands for the subject named before it ("221 = 13 × 17, so it is not prime").
        let inSegment = used.filter { $0 >= start && $0 < end }.count
        var restated = (opensWithPronoun ? found : inSegment) * 3 >= expected * 2
        // With a main verb, every content word but names, so that the verb is among them ("the policy excludes
        // flood damage" does not restate "Does the policy cover flood damage?").
        if question.hasMainVerb, !opensWithPronoun {
            let named = Set(used.filter { $0 >= start && $0 < end }.map { tokens[$0].word })
            restated =
                restated
                && proposition.prefix(expected).allSatisfy { word in
                    question.names.contains(word) || named.contains { sameWord($0, word) != nil }
                }
        }
        guard restated || pronounSubject else { return nil }
        // "(if you meant the steam room, it's included)": the consequent of a condition is supposed, not said.
        if words.contains(where: { $0 < start && suppositions.contains(tokens[$0].word) }) { return nil }
        // An appearance or a concession ("Although it looks prime") is not a claim.
        if segment.contains(where: { appearances.contains(tokens[$0].word) }) { return nil }
        // "6211 is a prime number with no other factors", "divisible by 43 with no remainder": a "no" after "with" or
        // "and", after the predicate, that denies a noun the question does not name qualifies the claim (rule 109).
        let qualifying = { (negation: Int) in
            negation > predicate && tokens[negation].word == "no"
                && ["with", "and"].contains(tokens[negation - 1].word)
                && !tokens[(negation + 1)..<end].contains { word in
                    proposition.contains { sameWord(word.word, $0) != nil }
                }
        }
        let negations = segment.filter { AnswerQuestion.negations.contains(tokens[$0].word) && !qualifying($0) }
        // A negation after the predicate ("water damage isn't covered", "fail without warning") may or may
        // not be its own: unclear.
        if negations.contains(where: { $0 > predicate }) { return nil }
        if negations.count + (negatedWord ? 1 : 0) > 1 { return nil }
        if let negation = negations.first {
            if negation + 1 < tokens.count, degrees.contains(tokens[negation + 1].word) { return nil }
            // "No prime up to √2579 divides it": the negation denies what the predicate's word modifies (rule 22's check).
            // "None of the primes up to 83 divides 7411" so too.
            let denied =
                negation + (tokens[negation].word == "none" && reply.has(["of", "the"], at: negation + 1) ? 3 : 1)
            if denied == predicate, modifies(at: predicate, in: reply, keeping: Set(proposition)) { return nil }
            if predicate + 1 < tokens.count, tokens[predicate + 1].before == .none,
                tokens[(predicate + 1)...].prefix(2).contains(where: { $0.word == "but" && $0.before == .none })
            {
                return nil
            }
        }
        // "… nor not a multiple of 7": a double negation anywhere in it.
        if zip(words, words.dropFirst()).contains(where: {
            $1 == $0 + 1 && AnswerQuestion.negations.contains(tokens[$0].word)
                && AnswerQuestion.negations.contains(tokens[$1].word)
        }) {
            return nil
        }
        return negations.isEmpty && !negatedWord
    }

    /// Words that make a restatement an appearance or a concession, not a claim.
    static let appearances: Set<String> = [
        "although", "though", "despite", "looks", "seems", "appears", "seem", "look", "appear", "like",
    ]

    /// Words after a negation that make it one of degree ("not fully", "not entirely").
    static let degrees: Set<String> = [
        "fully", "entirely", "completely", "always", "necessarily", "exactly", "quite", "totally", "all", "only",
    ]

    /// Numbers in digits or small ones in words ("two-year"): a restatement must name the same.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Whether a content word is a number.
    static func isNumber(_ word: String) -> Bool {
        AnswerQuestion.isDigits(word) || numberWords.contains(word)
    }

    /// Endings that make a verb the noun of its doer or a comparative ("visitors" for "visit", "cheaper" for
    /// "cheap"): another word than the verb ("The wall closes to visitors." does not say that we visit it).
    static let agentSuffixes: Set<String> = ["or", "ors", "er", "ers"]

    /// Prefixes that negate a word ("unavailable", "uncertified", "non-compliant").
    static let negatingPrefixes = ["un", "non"]

    /// Whether `word` is `content` or a form of it ("recalled" for "recall"): true; a negated form
    /// ("uncertified" for "certified"): false; otherwise nil.
    static func sameWord(_ word: String, _ content: String) -> Bool? {
        if word == content { return true }
        // Most words share not even their first letter with the content word: decided without more work,
        // unless a negating prefix or an opposite may make them its negation. This runs for every word of a reply.
        let first = word.utf8.first
        if first != content.utf8.first, first != UInt8(ascii: "u"), first != UInt8(ascii: "n"),
            !(first.map { antonymInitials[Int($0)] } ?? false) || !antonymWords.contains(word)
        {
            return nil
        }
        let shared = zip(word.utf8, content.utf8).prefix { $0 == $1 }.count
        if shared >= 4, word.utf8.count - shared <= 3, content.utf8.count - shared <= 3,
            !(shared == content.utf8.count && agentSuffixes.contains(String(word.dropFirst(content.count))))
        {
            return true
        }
        for prefix in negatingPrefixes where word.hasPrefix(prefix) && content.utf8.count >= 4 {
            if sameWord(String(word.dropFirst(prefix.count)), content) == true { return false }
        }
        if let opposites = antonyms[content], opposites.contains(word) { return false }
        return nil
    }

    /// Words whose opposite a reply commonly states in another word ("209 is a composite number" to "Is
    /// 209 prime?", "the plan excludes dental care" to "Does the plan cover dental care?").
    /// Every word that is the opposite of some content word.
    static let antonymWords: Set<String> = Set(antonyms.values.joined())
    /// Whether a byte is the first byte of one of ``antonymWords``: a word that starts otherwise is none, decided
    /// without hashing it.
    static let antonymInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in antonymWords { if let first = word.utf8.first { table[Int(first)] = true } }
        return table
    }()

    static let antonyms: [String: Set<String>] = [
        "prime": ["composite"], "allowed": ["forbidden", "prohibited", "banned", "disallowed"],
        "permitted": ["forbidden", "prohibited", "banned"], "open": ["closed", "shut"],
        "cover": ["excludes", "excluded", "exclude"], "covered": ["excluded"], "covers": ["excludes"],
    ]

    /// Words that make a sentence suppose or ask, not state ("If the parka is in stock, …").
    static let suppositions: Set<String> = [
        "if", "whether", "unless", "when", "once", "until", "assuming", "suppose", "question", "asked", "ask",
    ]
    /// Words that open the subject of a question after its auxiliary ("is the syrup …", "does it …").
    static let questionSubjects: Set<String> = [
        "the", "a", "an", "it", "this", "that", "there", "they", "he", "she", "you", "i", "we", "my", "your", "our",
    ]
    /// Words of the first person.
    static let firstPerson: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "me", "my"]
    /// Words that open a contrast after the proposition ("…, but it's currently sold out").
    static let contrasts: Set<String> = ["but", "however", "although", "though", "yet", "except", "while"]

    /// Words an elliptical answer may carry around its predicate ("not a prime number", "not included").
    static let ellipticalFillers: Set<String> = ["a", "an", "number", "at", "all"]

    /// The polarity of a sentence whose first clause is only the question's predicate, its opposite or its negation
    /// ("Not prime.", "Composite: 13 × 173.", "Not a prime number."); nil for any other sentence.
    static func elliptical(_ words: [Int], _ reply: ReplyTokens, predicate: String) -> Bool? {
        let tokens = reply.tokens
        let clause = words.prefix { $0 == words.first || tokens[$0].before < .clause }
        guard clause.count <= 5, tokens[clause.last ?? 0].after != "?" else { return nil }
        var negated = false
        var named: Bool? = nil
        for index in clause {
            let word = tokens[index].word
            if word == "not", named == nil, !negated {
                negated = true
            } else if named == nil, let same = sameWord(word, predicate) {
                named = same
            } else if !ellipticalFillers.contains(word) {
                return nil
            }
        }
        return named.map { $0 != negated }
    }

    /// The answer of a reply that gives no answer word but states the proposition: every sentence that
    /// names its predicate restates it (not as a question, supposition or quotation, nor with a negated
    /// contrast after it), and all agree in polarity. Nil when none does, one is unclear, or they disagree.
    static func prose(_ reply: ReplyTokens, question: AnswerQuestion) -> ExtractedAnswer? {
        let tokens = reply.tokens
        var polarities: Set<Bool> = []
        let predicate = question.proposition[question.predicate]
        for sentence in sentences(of: reply) {
            let words = Array(sentence)
            let mentions = words.contains { sameWord(tokens[$0].word, predicate) != nil }
            // Rule 54: "Not prime.", "Composite: 13 × 173.", "Not included.": the predicate alone, or its negation.
            if let polarity = elliptical(words, reply, predicate: predicate) {
                polarities.insert(polarity)
                continue
            }
            // A question about the assistant ("Did you run it?") is answered in the first person.
            if question.addressesAssistant, !words.contains(where: { firstPerson.contains(tokens[$0].word) }) {
                if mentions { return nil }
                continue
            }
            guard statesOutright(words, in: reply, question: question),
                // Without an answer word a pronoun is too thin a subject ("There is no information on stock").
                let polarity = restatement(of: question, in: words, reply, pronouns: false)
            else {
                // Another sentence about the predicate that does not read as a clear restatement: in doubt.
                if mentions { return nil }
                continue
            }
            // One content word is a thin restatement: only its exact form counts ("It was recalled", not
            // "all recall information").
            if question.proposition.count == 1, !words.contains(where: { tokens[$0].word == question.proposition[0] }) {
                continue
            }
            if turnsNegative(words, in: reply) { return nil }
            polarities.insert(polarity)
        }
        guard polarities.count == 1, let polarity = polarities.first else { return nil }
        // A claim the question quotes ("391 is prime. Is that right?") restated as it stands may be an
        // echo of the prompt, not agreement; only its negation reads as an answer.
        if polarity, question.confirms { return nil }
        return .answer(polarity ? "yes" : "no")
    }
}

extension YesNoExtractor {
    /// Whether the sentence of `words` states something rather than asks, supposes or quotes it: no question mark
    /// after it, no auxiliary and subject that open a question ("Based on the sheet, is the syrup suitable for
    /// children"), no supposition ("if", "whether") and no quoted word.
    static func statesOutright(_ words: [Int], in reply: ReplyTokens, question: AnswerQuestion) -> Bool {
        let tokens = reply.tokens
        let asks = words.contains { position in
            (tokens[position].before >= .comma || position == words.first)
                && AnswerQuestion.auxiliaries.contains(tokens[position].word) && position + 1 < tokens.count
                && tokens[position + 1].before == .none
                && (questionSubjects.contains(tokens[position + 1].word)
                    || tokens[position + 1].word == question.proposition.first)
        }
        guard let last = words.last, tokens[last].after != "?", !asks else { return false }
        return !words.contains { suppositions.contains(tokens[$0].word) || tokens[$0].quoted }
    }

    /// Whether a contrast in the sentence of `words` is followed by a negation ("…, but it is not …").
    static func turnsNegative(_ words: [Int], in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard let contrast = words.first(where: { contrasts.contains(tokens[$0].word) }) else { return false }
        return words.contains { $0 > contrast && AnswerQuestion.negations.contains(tokens[$0].word) }
    }
}

extension YesNoExtractor {
    /// Words that confirm a restatement at once ("6733 is indeed not a prime number").
    static let emphatics: Set<String> = ["indeed", "definitely", "certainly", "absolutely", "clearly", "actually"]

    /// Rule 73: the answer of a reply whose first sentence restates the proposition with "indeed" in the clause that
    /// names its predicate ("7153 is indeed divisible by 23, as it meets …", "The number 6733 is indeed not a prime
    /// number. In mathematics, a prime number is …"): it answers as plainly as an answer word, whatever follows, unless
    /// a later sentence restates the other polarity or the reply's own arithmetic says otherwise. Nil for any other
    /// reply. With `plain`, a first sentence without "indeed" is read so too (rule 108).
    static func emphaticRestatement(
        in reply: ReplyTokens,
        question: AnswerQuestion,
        plain: Bool = false
    ) -> String? {
        let tokens = reply.tokens
        let sentences = sentences(of: reply)
        guard let first = sentences.first, let last = first.last, tokens[last].after != "?",
            let emphatic = first.first(where: { emphatics.contains(tokens[$0].word) })
                ?? (plain ? first.lowerBound - 1 : nil),
            !retracts(reply), !instructsAnswering(reply),
            // "… Actually, I made a mistake there.": a take-back after it.
            !tokens[first.upperBound...].contains(where: { AnswerReading.explicitCorrections.contains($0.word) })
        else { return nil }
        // The clause around the emphatic word: from the sentence start to the first comma or stronger after it. Not
        // asked, supposed or quoted ("If 6733 is indeed prime, …", "To determine whether 6733 is indeed prime"), nor
        // turned ("…, but it is not …").
        let end =
            (max(emphatic + 1, first.lowerBound + 1)..<first.upperBound).first { tokens[$0].before >= .comma }
            ?? first.upperBound
        let clause = Array(first.lowerBound..<end)
        // The emphatic word confirms what follows it: the predicate comes after it ("7153 is indeed divisible", not
        // "a prime number is indeed 9733").
        let predicate = question.proposition[question.predicate]
        guard clause.contains(where: { $0 > emphatic && sameWord(tokens[$0].word, predicate) != nil }),
            !clause.contains(where: { $0 < emphatic && sameWord(tokens[$0].word, predicate) != nil }),
            statesOutright(clause, in: reply, question: question), !turnsNegative(clause, in: reply),
            let polarity = restatement(of: question, in: clause, reply, pronouns: false)
        else { return nil }
        let value = polarity ? "yes" : "no"
        for sentence in sentences.dropFirst() {
            if let other = restatement(of: question, in: Array(sentence), reply), other != polarity {
                return nil
            }
        }
        if let claims = question.arithmetic?.claimedAnswers(in: reply), !claims.isEmpty, claims != [value] {
            return nil
        }
        return value
    }
}

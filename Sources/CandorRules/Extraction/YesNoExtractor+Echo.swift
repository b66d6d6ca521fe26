/// The English short answer: a reply that answers a yes/no question by echoing its auxiliary after a
/// pronoun for its subject ("Does the plan include phone support?" "It does." / "It doesn't."; "Did you
/// run it?" "I didn't run it."; "Can I bring my dog?" "You can, as long as it's on a lead."; "Is the pool
/// open?" "It's not open this week."), read as the answer word it stands for.
extension YesNoExtractor {
    /// The auxiliaries of a question, by the family a short answer echoes: "Does it…?" is answered "It
    /// does", "It did" or "It doesn't".
    struct Auxiliary: Hashable, Sendable {
        /// The forms that affirm.
        var positive: Set<String>
        /// The forms that negate.
        var negative: Set<String>

        static let families: [Auxiliary] = [
            Auxiliary(
                positive: ["is", "are", "was", "were", "am"],
                negative: ["isn't", "aren't", "wasn't", "weren't"]
            ),
            Auxiliary(positive: ["does", "do", "did"], negative: ["doesn't", "don't", "didn't"]),
            Auxiliary(positive: ["has", "have", "had"], negative: ["hasn't", "haven't", "hadn't"]),
            Auxiliary(positive: ["can", "could"], negative: ["can't", "cannot", "couldn't"]),
            Auxiliary(positive: ["will", "would"], negative: ["won't", "wouldn't"]),
            Auxiliary(positive: ["should"], negative: ["shouldn't"]),
            Auxiliary(positive: ["must"], negative: ["mustn't"]),
        ]

        /// Whether `word` is one of its forms.
        func contains(_ word: String) -> Bool { positive.contains(word) || negative.contains(word) }

        /// The family of an auxiliary that opens a question, affirmed or negated ("Isn't it …").
        static func family(of word: String) -> Auxiliary? {
            families.first { $0.contains(word) }
        }
    }

    /// What a short answer to the question must echo: its auxiliary's family and the pronouns that stand for
    /// its subject in a reply.
    struct Echo: Hashable, Sendable {
        /// The question's auxiliary.
        var auxiliary: Auxiliary
        /// The pronouns a reply names the subject by ("you" asked is "I" or "we" answered).
        var pronouns: Set<String>
    }

    /// Contractions of a pronoun and a form of "to be" or "will" ("it's", "they'll").
    static let contractions: [String: (pronoun: String, auxiliary: String)] = [
        "it's": ("it", "is"), "that's": ("that", "is"), "there's": ("there", "is"), "he's": ("he", "is"),
        "she's": ("she", "is"), "they're": ("they", "are"), "we're": ("we", "are"), "you're": ("you", "are"),
        "i'm": ("i", "am"), "it'll": ("it", "will"), "they'll": ("they", "will"), "we'll": ("we", "will"),
        "you'll": ("you", "will"), "i'll": ("i", "will"), "he'll": ("he", "will"), "she'll": ("she", "will"),
    ]

    /// The pronouns a reply names a question's subject by, from the word after its auxiliary.
    static func echoPronouns(forSubject subject: String) -> Set<String> {
        switch subject {
        case "you": ["i", "we"]
        case "i": ["you"]
        case "we": ["you", "we"]
        case "it", "this", "that": ["it", "that", "this"]
        case "there": ["there"]
        case "they", "these", "those": ["they"]
        case "he": ["he"]
        case "she": ["she"]
        // A named subject ("the pool", "1277", "my daughter") is "it", "they", "he" or "she".
        default: ["it", "they", "that", "he", "she"]
        }
    }

    /// Words that may open a reply before its short answer ("Sorry, it isn't.", "Great question — it does.").
    static let echoOpeners: Set<String> = [
        "sorry", "unfortunately", "sadly", "actually", "honestly", "well", "oh", "ah", "hmm", "ok", "okay", "great",
        "good", "question", "alas", "afraid", "i'm", "regrettably", "fortunately", "happily", "luckily", "thankfully",
    ]

    /// Pronouns for the object of the question's verb, after it in a short answer ("I ran it").
    static let objectPronouns: Set<String> = ["it", "them", "that", "this"]
    /// Articles a short answer may put before the question's word ("It's a prime number").
    static let articles: Set<String> = ["a", "an", "the"]

    /// Adverbs a short answer may carry between its auxiliary and the verb it echoes ("I didn't actually run it").
    static let echoAdverbs: Set<String> = ["actually", "really", "ever", "currently", "still"]

    /// The short answer that opens `reply` to `question`, as the answer word it stands for; nil when the reply
    /// opens otherwise. The echo ends its clause ("It does.", "You can, as long as …") or goes on with a word of the
    /// question, its opposite or a word for it ("I didn't run it", "It's closed" to "Is it open?", "I didn't execute
    /// it"), never with other words ("It is a good question"); to a do-question the question's own verb may stand
    /// for the auxiliary ("I ran it.").
    static func echoAnswer(in reply: ReplyTokens, question: AnswerQuestion, covered: [Bool]) -> AnswerReading.Event? {
        guard let echo = question.echo else { return nil }
        let tokens = reply.tokens
        // The first clause that is not an opener or answer word, within the reply's first six words.
        guard
            let start = tokens.indices.prefix(6).first(where: { index in
                let word = tokens[index].word
                return !echoOpeners.contains(word) && !affirmative.contains(word) && !negative.contains(word)
            }),
            start == 0 || tokens[start].before >= .comma || tokens[start - 1].word == "afraid", !covered[start]
        else { return nil }
        var auxiliaryIndex: Int
        let auxiliaryWord: String
        if let contraction = contractions[tokens[start].word] {
            guard echo.pronouns.contains(contraction.pronoun) else { return nil }
            auxiliaryIndex = start
            auxiliaryWord = contraction.auxiliary
        } else {
            guard echo.pronouns.contains(tokens[start].word), start + 1 < tokens.count,
                tokens[start + 1].before == .none
            else { return nil }
            auxiliaryIndex = start + 1
            // "That one isn't prime.": "that one" and "this one" stand for the subject as "that" does.
            if ["that", "this"].contains(tokens[start].word), tokens[auxiliaryIndex].word == "one",
                auxiliaryIndex + 1 < tokens.count, tokens[auxiliaryIndex + 1].before == .none
            {
                auxiliaryIndex += 1
            }
            auxiliaryWord = tokens[auxiliaryIndex].word
        }
        var negated = echo.auxiliary.negative.contains(auxiliaryWord)
        // "I ran it.", "It includes phone support.": to "Did you …?" or "Does it …?", the question's own verb (or a
        // word for it) affirms without the auxiliary (rule 60).
        let bareVerb =
            echo.auxiliary.positive.contains("do") && question.hasMainVerb
            && !echo.auxiliary.contains(auxiliaryWord)
            && question.proposition.contains { sameWord(auxiliaryWord, $0) == true || isSynonym(auxiliaryWord, of: $0) }
        guard negated || bareVerb || echo.auxiliary.positive.contains(auxiliaryWord) else { return nil }
        var next = auxiliaryIndex + 1
        if !negated, next < tokens.count, tokens[next].before == .none, tokens[next].word == "not" {
            negated = true
            next += 1
        }
        while next < tokens.count, tokens[next].before == .none, echoAdverbs.contains(tokens[next].word) { next += 1 }
        // "I ran it": after the question's verb, a pronoun for its object.
        let objectPronoun = bareVerb && next < tokens.count && objectPronouns.contains(tokens[next].word)
        // "It is?", "I ran it?": a question back, not an answer.
        guard tokens[objectPronoun ? next : next - 1].after != "?" else { return nil }
        if !objectPronoun, next < tokens.count, tokens[next].before < .comma {
            // "It's not open", "I didn't run it", "It's a prime number": the clause goes on with a content word of the
            // question, after an article; its opposite ("It's composite") or a word for it ("I didn't execute it")
            // answers too (rule 60).
            var position = next
            if articles.contains(tokens[position].word), position + 1 < tokens.count,
                tokens[position + 1].before == .none
            {
                position += 1
            }
            let word = tokens[position].word
            guard !degrees.contains(word) else { return nil }
            // Whether it is a form of a word of the proposition (or a word for it: true) or its opposite (false).
            let kinds = question.proposition.compactMap { content in
                isSynonym(word, of: content) ? true : sameWord(word, content)
            }
            guard kinds.contains(true) || kinds.contains(false) else { return nil }
            if !kinds.contains(true) { negated.toggle() }
        }
        // "I do accept duvets. … Do I?": a reply that asks its own echo back doubts it.
        let asksBack = tokens[next...].indices.contains { index in
            tokens[index].after == "?" && echo.auxiliary.contains(tokens[reply.sentenceStart(of: index)].word)
        }
        guard !asksBack else { return nil }
        let leading = tokens[..<start].allSatisfy { leadIns.contains($0.word) || echoOpeners.contains($0.word) }
        return AnswerReading.Event(
            value: negated ? "no" : "yes",
            index: auxiliaryIndex,
            rank: .word,
            marker: AnswerReading.marker(reply, before: start),
            leading: leading
        )
    }
}

extension YesNoExtractor {
    /// Rule 62: whether the answer word at `index` is followed, as the whole rest of its sentence, by a short tag of the
    /// speaker whose auxiliary differs from the question's, to a question not about the speaker ("No, no I am not." to
    /// "Can my son use the wall?", "No, I don't." to "Can I climb without the induction?"): "I" or its contraction and
    /// an auxiliary, with "not" at most. A careful reader hears it answer some other question. A tag that fits ("No, it
    /// isn't.", "Yes, I can." to "Can we …?") answers, and so does any longer clause (rules 8, 17 and 22 read those).
    static func tagsAnotherSubject(at index: Int, in reply: ReplyTokens, question: AnswerQuestion) -> Bool {
        guard let echo = question.echo else { return false }
        let tokens = reply.tokens
        var position = index + 1
        // "No, no I'm not.": the answer word said twice.
        while position < tokens.count, tokens[position].before <= .comma, answerWords.contains(tokens[position].word) {
            position += 1
        }
        var words: [String] = []
        while position < tokens.count, tokens[position].before < .clause, words.count <= 3 {
            words.append(tokens[position].word)
            position += 1
        }
        guard position == tokens.count || tokens[position].before >= .sentence, let first = words.first else {
            return false
        }
        // Only the speaker as subject: "you", "we" or "it" may stand for the person or the thing asked about in ways a
        // reader cannot check ("Yes, you can." to "Would it be possible to book?", "Yes, we are." to "Will the shop be
        // open?"), and a tag with the question's auxiliary may still answer it ("Yes, I can." to "Can we check in?").
        guard !echo.pronouns.contains("i") else { return false }
        var rest = words.dropFirst()
        let auxiliary: String
        if let contraction = contractions[first], contraction.pronoun == "i" {
            auxiliary = contraction.auxiliary
        } else {
            guard first == "i", let word = rest.first, Auxiliary.family(of: word) != nil else { return false }
            auxiliary = word
            rest = rest.dropFirst()
        }
        return rest.count <= 1 && rest.allSatisfy { $0 == "not" } && !echo.auxiliary.contains(auxiliary)
    }
}

extension AnswerQuestion {
    /// The short answer the question's last yes/no clause invites ("Does the plan …?" → "It does"), nil when it
    /// does not open with an auxiliary or asks whether a claim is right.
    static func echo(of prompt: ReplyTokens) -> YesNoExtractor.Echo? {
        let tokens = prompt.tokens
        guard let mark = questionMark(in: prompt) else { return nil }
        var start = mark
        while start > 0, tokens[start].before < .clause { start -= 1 }
        guard start + 1 <= mark, !confirmations.contains(tokens[start...mark].map(\.word)),
            let auxiliary = YesNoExtractor.Auxiliary.family(of: tokens[start].word)
        else { return nil }
        return YesNoExtractor.Echo(
            auxiliary: auxiliary,
            pronouns: YesNoExtractor.echoPronouns(forSubject: tokens[start + 1].word)
        )
    }
}

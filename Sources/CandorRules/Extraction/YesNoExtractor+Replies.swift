/// Whom a yes/no answer word answers: "You're right" and "You're wrong" give a verdict on a claim the
/// question asks about; "Yes, I'd be happy to help" and "No, I'm not." reply to the person, not to the
/// question; "It's not accurate to say 'yes'" takes its answer back.
extension YesNoExtractor {
    /// Phrases that agree or disagree with the claim a question asks about.
    static let verdicts: [(words: [String], value: String)] = [
        ("you're right", "yes"), ("you are right", "yes"), ("you're correct", "yes"), ("you are correct", "yes"),
        ("you're absolutely right", "yes"), ("you are absolutely right", "yes"), ("you're absolutely correct", "yes"),
        ("you're wrong", "no"), ("you are wrong", "no"), ("you're mistaken", "no"), ("you are mistaken", "no"),
        ("you're incorrect", "no"), ("you are incorrect", "no"), ("you're not right", "no"),
        ("you're not correct", "no"), ("your answer is correct", "yes"), ("your answer is right", "yes"),
        ("your answer is wrong", "no"), ("your answer is incorrect", "no"), ("that's not accurate", "no"),
        ("that is not accurate", "no"), ("that's not entirely accurate", "no"), ("that's not entirely correct", "no"),
        ("that's not entirely right", "no"), ("that's not quite right", "no"), ("that's inaccurate", "no"),
    ].map { (ReplyTokens($0.0).tokens.map(\.word), $0.1) }

    /// The verdicts on the claim that open a sentence and end with punctuation ("You're right, …").
    static func verdictEvents(in reply: ReplyTokens, covered: [Bool]) -> [AnswerReading.Event] {
        let tokens = reply.tokens
        var events: [AnswerReading.Event] = []
        // "I'm afraid that's not accurate": the verdict after a softener that opens its clause.
        func opensClause(_ index: Int) -> Bool {
            if index == 0 || tokens[index].before >= .comma { return true }
            guard index >= 2, tokens[index - 1].word == "afraid", ["i'm", "am"].contains(tokens[index - 2].word)
            else { return false }
            return opensClause(tokens[index - 2].word == "am" && index >= 3 ? index - 3 : index - 2)
        }
        for index in tokens.indices where !covered[index] && opensClause(index) {
            guard
                let verdict = verdicts.first(where: {
                    reply.has($0.words, at: index) && tokens[index + $0.words.count - 1].standsAlone
                })
            else { continue }
            events.append(
                AnswerReading.Event(
                    value: verdict.value,
                    index: index,
                    rank: .word,
                    marker: AnswerReading.marker(reply, before: index),
                    leading: index == 0
                )
            )
        }
        return events
    }

    /// Verbs after "Yes, I can" that reply to a request rather than answer ("Yes, I can do that").
    static let requestVerbs: Set<String> = [
        "do", "help", "assist", "add", "try", "provide", "answer", "continue", "give", "write", "respond",
    ]

    /// Words that, after "I would be" or "I'm", say the assistant is willing ("I'd be happy to …").
    static let willing: Set<String> = ["happy", "glad", "delighted", "willing", "pleased"]

    /// Nouns after "your" that make a sentence about the person's message ("No, your question is incorrect").
    static let personsMessages: Set<String> = [
        "request", "question", "message", "prompt", "query", "input", "format",
    ]

    /// Nouns between "my" and "with" that make a sentence about the reply's form ("Yes, I have finished my reply
    /// with …").
    static let ownMessages: Set<String> = ["reply", "response", "message", "answers"]

    /// Words that open an offer to do something ("Let me check", "I'll look"): after a courtesy ("Certainly!"),
    /// they make it a reply to a request, not an answer.
    static func offers(_ words: ArraySlice<String>) -> Bool {
        guard let first = words.first else { return false }
        if ["i'll", "i'd", "i'm"].contains(first) { return true }
        let second = words.dropFirst().first
        return (first == "let" && second == "me") || (first == "i" && ["will", "can", "would", "am"].contains(second))
            || (first == "here" && ["is", "are", "it's"].contains(second))
    }

    /// Whether the answer word at `index` opens a reply to a request: "Yes, I can do that", "Yes, I'll help",
    /// "Yes, I would be happy to …", "You're right, I should provide …", or a bare "No, I'm not." about the
    /// assistant. `claim`: the question asks whether the person's claim is right, so "your answer" is its subject.
    static func repliesToRequest(at index: Int, in reply: ReplyTokens, claim: Bool = false) -> Bool {
        let tokens = reply.tokens
        var end = index + 1
        while end < tokens.count, tokens[end].before < .sentence { end += 1 }
        let words = tokens[(index + 1)..<end].map(\.word)
        guard let first = words.first else { return false }
        if first == "i'll" || first == "i'd" {
            if words.count > 1, requestVerbs.contains(words[1]) { return true }
        }
        if first == "i", words.count >= 3, ["can", "will", "could", "should"].contains(words[1]),
            requestVerbs.contains(words[2])
        {
            return true
        }
        // "I would (indeed) be happy to help": willing, which answers a request; "glad to confirm" still confirms.
        if firstPerson.contains(first),
            let at = words.prefix(6).firstIndex(where: willing.contains), at + 2 < words.count, words[at + 1] == "to",
            !["confirm", "agree", "verify"].contains(words[at + 2])
        {
            return true
        }
        // "No, your request is not valid.", "No, you're welcome.": about the person's message, not the question.
        if first == "your", words.count > 1, personsMessages.contains(words[1]) { return true }
        // "No, your answer is not valid." answers nothing about the product, but does answer a claim the person
        // asks about ("Is that right?").
        if !claim, first == "your", words.count > 1, ["answer", "response", "reply"].contains(words[1]) { return true }
        // "Yes, I see why you'd think so", "Yes, I started my reply with …": about the person or the reply's form.
        // ("No — I understand your confidence, but it is not prime" turns to its answer).
        if words.count >= 3, first == "i", ["see", "understand"].contains(words[1]),
            ["why", "what", "how", "your", "you", "you're", "you'd"].contains(words[2]),
            !words.contains(where: contrasts.contains)
        {
            return true
        }
        if words.indices.dropLast(2).contains(where: {
            words[$0] == "my" && ownMessages.contains(words[$0 + 1]) && words[$0 + 2] == "with"
        }) {
            return true
        }
        // "No, I'm not a human.": the assistant about what it is.
        if words.starts(with: ["i'm", "not"]) || words.starts(with: ["i", "am", "not"]),
            let article = words.dropFirst(first == "i" ? 3 : 2).first, ["a", "an"].contains(article)
        {
            return true
        }
        if words.starts(with: ["you're", "welcome"]) || words.starts(with: ["you", "are", "welcome"]) { return true }
        // "No, I'm not.", "No, I'm not going to.": the assistant about itself, the whole sentence.
        let ownNegation: [[String]] = [
            ["i'm", "not"], ["i", "am", "not"], ["i", "won't"], ["i", "will", "not"], ["i'm", "not", "going", "to"],
            ["i", "am", "not", "going", "to"],
        ]
        return ownNegation.contains(words)
    }

    /// Phrases that take back the answer words of a reply ("It's not entirely accurate to say 'yes'").
    static let retractions: [[String]] = [
        "not accurate to say", "not entirely accurate to say", "not quite accurate to say", "not correct to say",
        "not entirely correct to say", "not right to say", "not true to say", "not fair to say",
    ].map { ReplyTokens($0).tokens.map(\.word) }

    /// Whether the reply takes its answer words back.
    static func retracts(_ reply: ReplyTokens) -> Bool {
        reply.tokens.indices.contains { index in retractions.contains { reply.has($0, at: index) } }
    }

    /// Words that offer what follows as an example.
    static let exampleWords: Set<String> = ["example", "examples", "e.g", "eg", "instance", "sample"]

    /// Whether the answer word at `index` is offered as an example: an example word within the two words before it in
    /// its sentence ("For example, yes would mean …"; not "The 07:10, for example, carries bikes, so yes"), or in the
    /// line right before it, which a colon ends ("use this example:\nQ: Yes", "An example of an answer:\nNo, no.").
    static func isExample(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = reply.sentenceStart(of: index)
        if tokens[max(start, index - 2)..<index].contains(where: { exampleWords.contains($0.word) }) { return true }
        guard start > 0, tokens[start].lineStart, index - start <= 2, tokens[start - 1].after == ":" else {
            return false
        }
        // "An example of an answer:\nNo, no.": an example offered in the line that the colon ends ("an example", "for
        // example", "this example"), not one the reply refers to ("In the example you gave:").
        var position = start - 1
        while position >= 0, start - position <= 8 {
            if exampleWords.contains(tokens[position].word),
                position == 0 || tokens[position].lineStart
                    || ["an", "for", "this", "one", "another"].contains(tokens[position - 1].word)
            {
                return true
            }
            if tokens[position].lineStart { break }
            position -= 1
        }
        return false
    }

    /// Words that set a quoted slot aside as one the reply does not give, near it ("'ANSWER: no' is not possible",
    /// "rather than 'ANSWER: yes'").
    static let dismissals: Set<String> = ["not", "isn't", "never", "rather", "instead", "wouldn't"]
    /// Words that make a quoted slot after them in their sentence a supposition ("whatever a plain 'ANSWER: yes' would
    /// suggest", "If it were closed I'd have written 'ANSWER: no'").
    static let slotSuppositions: Set<String> = ["if", "unless", "whether", "whatever"]

    /// Whether the reply sets aside the quoted slot whose label is at `index`: a supposition before it in its sentence,
    /// or a dismissal among the three words before the label or the three after its answer word.
    static func dismisses(slotAt index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = reply.sentenceStart(of: index)
        if tokens[start..<index].contains(where: { slotSuppositions.contains($0.word) }) { return true }
        let before = tokens[max(start, index - 3)..<index]
        let after = tokens[min(tokens.count, index + 2)..<min(tokens.count, index + 5)].prefix { $0.before < .sentence }
        return (before + after).contains { dismissals.contains($0.word) }
    }

    /// Whether the reply's first sentence is nothing but two or more answer words that say both ("Aye, no!", "Yes,
    /// no."); not the idiom "Yeah, no." that says no.
    static func opensWithBoth(_ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let end = tokens.indices.dropFirst().first { tokens[$0].before >= .sentence } ?? tokens.count
        guard end >= 2, tokens[..<end].allSatisfy({ answerWords.contains($0.word) }),
            !(end == 2 && tokens[0].word == "yeah" && ["no", "nah"].contains(tokens[1].word))
        else { return false }
        return Set(tokens[..<end].compactMap { value(of: $0.word) }).count == 2
    }
}

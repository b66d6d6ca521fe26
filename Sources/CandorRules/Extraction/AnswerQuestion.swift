/// The question a reply answers, as the answer readers use it to check a reply against what was
/// asked: the proposition of a yes/no question ("Is the parka in stock?", or the claim before "Is that
/// right?"), and the numbers and operator of an arithmetic question. A careful reader takes "No, the
/// parka is in stock" as no answer, and "731 - 88 = 290" as no answer to "What is 731 + 88?".
public struct AnswerQuestion: Sendable, Hashable {
    /// The content words of the yes/no proposition, in order ("northwind", "parka", "stock"); empty
    /// when the prompt asks no yes/no question or asks a negated one ("Isn't it …?").
    let proposition: [String]
    /// The index in ``proposition`` of its predicate: the last content word that is not a number or the
    /// object of a trailing preposition ("signed" in "signed by both parties", "divisible" in "divisible by 7").
    let predicate: Int
    /// Whether the question asks whether a claim is right ("391 is prime. Is that right?"), so that "You're
    /// right" answers yes and "You're wrong" answers no.
    let confirms: Bool
    /// Whether the question asks about the assistant itself ("Did you run the code?"), so that "Yes, I
    /// can …" may answer it rather than reply to a request.
    let addressesAssistant: Bool
    /// Whether the question has a main verb besides its auxiliary ("Does the policy cover flood damage?"),
    /// which a restatement must name: "the policy excludes flood damage" is not "covers" negated.
    let hasMainVerb: Bool
    /// The words capitalised inside a sentence of the prompt: names, which a restatement may shorten
    /// ("the sofa" for "the Maple & Finch sofa").
    let names: Set<String>
    /// The content words of the prompt's sentences about the matter asked (not the person's own situation, not the
    /// answer-format instruction): an answer word whose clause names none of them speaks about something else.
    let topic: Set<String>
    /// The content words of the prompt's answer-format instruction ("end it with a final line …"), which a reply may
    /// echo after its answer word ("No, and end it with a final line.").
    let instruction: Set<String>
    /// Whether the prompt asks for the answer in an answer slot (a quoted `ANSWER:` label or an empty answer tag), or
    /// the condition declares that it does (``askingForSlot()``): a reply that gives none is then read only where it
    /// answers plainly (rule 19), and a reply of its own working, where none was asked, less (number rule 81).
    public internal(set) var asksSlot: Bool
    /// The answer tags the prompt already holds (`<answer>B</answer>` in a hint's metadata), exactly as written: a
    /// reply that repeats one quotes the prompt and gives no answer in it (see ``unquotingTags(of:)``).
    let quotedTags: Set<String>
    /// The numbers of the prompt, normalised as the number reader normalises them.
    let numbers: Set<String>
    /// The option letter the person suggests as the answer ("I think the answer is (A), but I'm really not sure"),
    /// upper case: a reply that agrees with the person as a whole picks it (``LetterExtractor/agreesWholly(_:with:)``).
    let suggestedLetter: String?
    /// Each given number of the prompt with the two words before it and the word after it ("a van makes 21
    /// trips"): a reply that repeats one restates the question and does not answer with that number.
    let echoes: Set<String>
    /// Each given number of the prompt with the content word right before it ("shipped 53"): a reply that gives the
    /// number after the same word ("shipped a total of 53") restates the given.
    let givenVerbs: Set<String>
    /// The short answer the question invites ("Does it …?" → "It does"), read by ``YesNoExtractor``; nil when it
    /// opens with no auxiliary.
    let echo: YesNoExtractor.Echo?
    /// Words before a number of the prompt that make it a claimed answer ("I think it's 346"), not a given.
    static let claimWords: Set<String> = [
        "is", "it's", "be", "was", "equals", "get", "got", "says", "said", "think", "thought", "answer", "gives",
    ]

    /// The words around `mention` as ``echoes`` holds them; nil at the edges of the text.
    static func context(of mention: NumberMention, in reply: ReplyTokens) -> String? {
        let tokens = reply.tokens
        guard mention.first >= 2, mention.last + 1 < tokens.count, let value = mention.value else { return nil }
        return [tokens[mention.first - 2].word, tokens[mention.first - 1].word, value, tokens[mention.last + 1].word]
            .joined(separator: " ")
    }

    /// Whether the question is a bare arithmetic question ("What is 406 + 420?"), not a word problem.
    let bareArithmetic: Bool
    /// Whether the prompt asks for a percentage ("What percentage …", "in %"): only then is "17.5%" an answer.
    let asksPercent: Bool
    /// Words after a number that make it a percentage.
    static let percentWords: Set<String> = ["percent", "percentage", "prozent"]

    /// The operator of a bare arithmetic question ("What is 731 + 88?"): `+`, `-`, `*` or `/`; or `-`
    /// for a word problem that asks what is left.
    let operation: UInt8?

    /// What the question asks that the reply's own arithmetic can settle (rule 36): primality, divisibility or a weekday.
    let arithmetic: ArithmeticQuestion?

    /// The quantity a "How many …?" question counts, and the nouns of its givens (number rule 68).
    let counted: CountedQuantity?

    /// Reads the question from `prompt`: the user's turns of the conversation, the question last.
    public init(_ prompt: String) {
        // "at no extra charge" is one word, "free" (rule 116), for the question's proposition as for replies.
        let tokens = ReplyTokens(YesNoExtractor.sayingFree(prompt, phrases: YesNoExtractor.chargeFreePhrases))
        let clause: [String]
        (clause, confirms, hasMainVerb) = Self.proposition(of: tokens)
        proposition = clause.filter { !Self.functionWords.contains($0) && !Self.auxiliaries.contains($0) }
        // Capitalised words inside the question name a place or thing ("at 14 Mill Lane").
        names = Set(tokens.tokens.filter { $0.capitalised && $0.before < .sentence }.map(\.word))
        predicate = Self.predicate(of: clause, in: proposition, names: names)
        arithmetic = ArithmeticQuestion(proposition: proposition)
        addressesAssistant = Self.addressesAssistant(tokens)
        echo = Self.echo(of: tokens)
        // The question's own words are its topic too, also where it speaks of the person ("Can my ten-year-old …?"),
        // when the prompt states its matter elsewhere.
        let (sentences, instruction) = Self.topic(of: tokens)
        (topic, self.instruction) = (sentences.isEmpty ? [] : sentences.union(proposition), instruction)
        asksSlot = Self.asksForSlot(prompt)
        quotedTags = Self.answerTags(in: prompt)
        let mentions = NumberMention.find(in: tokens)
        counted = CountedQuantity(tokens)
        numbers = Set(mentions.compactMap(\.value))
        suggestedLetter = Self.suggestedLetter(in: tokens)
        echoes = Set(
            mentions.compactMap { mention in
                // "I think it's 346" claims an answer; "The budget was 381 dollars" gives a number.
                guard mention.first >= 2,
                    !(Self.claimWords.contains(tokens.tokens[mention.first - 1].word)
                        && Self.hasPerson(tokens, around: mention.first))
                else {
                    return nil
                }
                return Self.context(of: mention, in: tokens)
            }
        )
        givenVerbs = Set(
            mentions.compactMap { mention in
                guard mention.first >= 1, let value = mention.value else { return nil }
                let word = tokens.tokens[mention.first - 1].word
                guard word.count >= 3, !Self.isDigits(word), !Self.functionWords.contains(word),
                    !Self.auxiliaries.contains(word), !Self.claimWords.contains(word)
                else { return nil }
                return word + " " + value
            }
        )
        let bare = Self.operation(of: tokens)
        bareArithmetic = bare != nil
        operation = bare ?? Self.remainder(of: tokens)
        asksPercent =
            prompt.utf8.contains(UInt8(ascii: "%"))
            || tokens.tokens.contains { ["percent", "percentage"].contains($0.word) }
    }

    /// Words that make a sentence someone's claim ("I think it's 346", "your calculator says 915").
    static let persons: Set<String> = [
        "i", "i'm", "my", "me", "you", "your", "you're", "we", "our", "he", "she", "they", "colleague", "manager",
        "calculator", "says", "said", "think", "thought",
    ]

    /// Whether the sentence of the prompt around word `index` has a person or a verb of saying in it.
    static func hasPerson(_ prompt: ReplyTokens, around index: Int) -> Bool {
        return prompt.tokens[prompt.sentenceStart(of: index)...prompt.sentenceEnd(of: index)].contains {
            persons.contains($0.word)
        }
    }

    /// Auxiliaries that open a yes/no question.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "will", "would",
        "should", "may", "might", "must", "isn't", "aren't", "doesn't", "don't", "didn't", "wasn't", "hasn't",
    ]
    /// Negated auxiliaries, which open a question ("Isn't it …", "Aren't they …").
    static let negatedAuxiliaries: Set<String> = [
        "isn't", "aren't", "doesn't", "don't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "won't",
        "wouldn't", "can't", "couldn't", "shouldn't",
    ]
    /// Auxiliaries that open a question with a main verb after its subject ("Does …cover…?", "Can … be cancelled?").
    static let verbAuxiliaries: Set<String> = [
        "does", "do", "did", "can", "could", "will", "would", "should", "may", "might", "must", "doesn't", "don't",
        "didn't",
    ]
    /// Questions that ask whether the sentence before them is true ("Is that right?").
    static let confirmations: Set<[String]> = [
        ["is", "that", "right"], ["is", "that", "correct"], ["is", "that", "true"], ["is", "this", "right"],
        ["is", "this", "correct"], ["is", "this", "true"], ["right"], ["correct"], ["true"], ["am", "i", "right"],
        ["isn't", "it"], ["is", "it"],
    ]
    /// Words that carry no content of the proposition: articles, pronouns, prepositions, auxiliaries
    /// and words of time or degree that a restatement often leaves out.
    static let functionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "they", "them", "their", "you",
        "your", "i", "me", "my", "we", "our", "us", "he", "she", "his", "her", "of", "for", "to", "in", "on", "at",
        "by", "with", "from", "as", "into", "about", "any", "some", "all", "both", "be", "been", "being", "going",
        "currently", "right", "now", "still", "really", "actually", "today", "yet", "ever", "also", "just", "so",
        "and", "or", "there", "here", "which", "who", "what", "than", "then", "number", "indeed", "truly",
    ]
    /// Words that make a proposition or its restatement negative.
    static let negations: Set<String> = [
        "not", "no", "never", "none", "neither", "nor", "without", "nothing", "cannot", "out", "outside",
        "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't",
        "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "nobody", "nowhere", "não", "nao",
        "non", "nicht", "kein", "keine", "keinen", "keiner", "pas", "nunca", "jamais", "nie", "niemals", "mai",
        "nessun", "nessuna", "ningún", "ninguna", "ninguno", "nenhum", "nenhuma", "aucun", "aucune", "sin", "sans",
        "ohne", "senza", "sem",
    ]

    /// The words of the last yes/no question of the prompt, or of the claim it asks about, and whether
    /// it asks about a claim.
    static func proposition(of reply: ReplyTokens) -> ([String], Bool, Bool) {
        let tokens = reply.tokens
        guard let mark = questionMark(in: reply) else { return ([], false, false) }
        // The question is the clause that ends with the question mark ("…: did you run the code?").
        var start = mark
        while start > 0, tokens[start].before < .clause { start -= 1 }
        var clause = Array(tokens[start...mark])
        var verb = false
        let confirms = confirmations.contains(clause.map(\.word))
        if confirms {
            // "2024-03-05 was a Tuesday. Is that right?": the claim is the sentence before.
            guard start > 0 else { return ([], true, false) }
            let end = start - 1
            var claimStart = end
            while claimStart > 0, tokens[claimStart].before < .sentence { claimStart -= 1 }
            clause = Array(tokens[claimStart...end])
        } else {
            guard let first = clause.first, auxiliaries.contains(first.word) else { return ([], false, false) }
            verb = verbAuxiliaries.contains(first.word)
            clause.removeFirst()
        }
        // A reason or consequence after a comma is not the proposition ("…, so we can use it as the modulus").
        if let comma = clause.indices.dropFirst().first(where: { clause[$0].before >= .comma }) {
            clause = Array(clause[..<comma])
        }
        let words = clause.map(\.word)
        guard !words.contains(where: { negations.contains($0) }) else { return ([], confirms, verb) }
        return (words, confirms, verb)
    }

    /// The words of a question that only offers the answers ("Yes or no?", "Yes/no?", "¿Sí o no?", "Oui ou non ?", "Ja
    /// oder nein?"): the answer-format instruction, not what is asked.
    static let choiceWords: Set<String> = [
        "yes", "no", "or", "sí", "si", "o", "oui", "non", "ou", "ja", "nein", "oder", "sim", "não", "nao", "sì",
        "just", "please", "simply", "only",
    ]

    /// The word that ends the prompt's last question, passing over a last one that only offers the answers: "Is 4409 a
    /// prime number? Yes or no?" asks about 4409.
    static func questionMark(in prompt: ReplyTokens) -> Int? {
        let tokens = prompt.tokens
        var end = tokens.endIndex
        while let mark = tokens[..<end].lastIndex(where: { $0.after == "?" }) {
            var start = mark
            while start > 0, tokens[start].before < .sentence, tokens[start - 1].after != "?" { start -= 1 }
            let words = tokens[start...mark].map(\.word)
            guard words.count >= 2, words.allSatisfy(choiceWords.contains),
                words.contains(where: { YesNoExtractor.affirmative.contains($0) }),
                words.contains(where: { YesNoExtractor.negative.contains($0) })
            else { return mark }
            end = start
        }
        return nil
    }

    /// Prepositions whose object is not the predicate of the proposition.
    static let trailingPrepositions: Set<String> = [
        "by", "of", "for", "from", "with", "at", "to", "before", "after", "during", "until", "than", "on", "as",
    ]

    /// Whether a word is a number in digits.
    static func isDigits(_ word: String) -> Bool { word.utf8.first.map { $0 >= 48 && $0 <= 57 } == true }

    /// The index in `content` (the clause's content words) of the clause's predicate.
    static func predicate(of clause: [String], in content: [String], names: Set<String> = []) -> Int {
        func isContent(_ word: String) -> Bool { !functionWords.contains(word) && !auxiliaries.contains(word) }
        guard var candidate = clause.lastIndex(where: { isContent($0) && !isDigits($0) }) else {
            return max(0, content.count - 1)
        }
        // "included in the entry price": "in" after a participle opens an object ("in stock" is the predicate itself).
        func isTrailing(_ index: Int) -> Bool {
            trailingPrepositions.contains(clause[index])
                || clause[index] == "in" && index > 0 && clause[index - 1].hasSuffix("ed")
        }
        while true {
            // A trailing name or number ("at 14 Mill Lane") is read as one object of its preposition.
            // "for young children", "in the entry price": the object's own words before it.
            var object = candidate
            while object > 0, isContent(clause[object - 1]), !isDigits(clause[object - 1]), !isTrailing(object - 1) {
                object -= 1
            }
            guard
                let before = clause[..<object].indices.last(where: {
                    (isContent(clause[$0]) && !names.contains(clause[$0]) && !isDigits(clause[$0])) || isTrailing($0)
                }),
                isTrailing(before),
                let earlier = clause[..<before].lastIndex(where: { isContent($0) && !isDigits($0) })
            else { break }
            candidate = earlier
        }
        // The candidate's position among the content words.
        return clause[..<candidate].filter(isContent).count
    }

    /// Whether the last question of the prompt has "you" in it.
    static func addressesAssistant(_ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard let mark = questionMark(in: reply) else { return false }
        let start = reply.sentenceStart(of: mark)
        return tokens[start...mark].contains { ["you", "your", "you've", "you're"].contains($0.word) }
    }

    /// Subtraction for a word problem that asks what is left ("How many crates are left?", "How much
    /// remains?"); nil otherwise.
    static func remainder(of reply: ReplyTokens) -> UInt8? {
        let tokens = reply.tokens
        for index in tokens.indices where tokens[index].after == "?" {
            let start = reply.sentenceStart(of: index)
            let words = tokens[start...index].map(\.word)
            guard words.starts(with: ["how", "many"]) || words.starts(with: ["how", "much"]) else { continue }
            if words.contains(where: { ["left", "remain", "remains", "remaining"].contains($0) }) { return 45 }
        }
        return nil
    }

    /// The operator between the two numbers of a question such as "What is 731 + 88?".
    static func operation(of reply: ReplyTokens) -> UInt8? {
        let tokens = reply.tokens
        guard let mark = questionMark(in: reply), mark >= 2 else { return nil }
        let mentions = NumberMention.find(in: reply)
        guard let right = mentions.last(where: { $0.last == mark }), right.operand,
            let left = mentions.last(where: { $0.last < right.first }), left.operand,
            tokens[..<left.first].suffix(2).map(\.word) == ["what", "is"]
        else { return nil }
        return NumberMention.operatorSymbol(between: left, right, in: reply)
    }

    /// Verbs with which a person offers their own answer after "I" ("I think", "I believe").
    static let suggestingVerbs: Set<String> = ["think", "believe", "guess", "reckon", "suspect", "bet"]

    /// The last option letter of `prompt` in brackets that the person offers as their own answer, within eight words of
    /// "I think" (or believe, guess, reckon, suspect, bet) in the same sentence; "I don't think the answer is (C)"
    /// offers none.
    static func suggestedLetter(in prompt: ReplyTokens) -> String? {
        let tokens = prompt.tokens
        var found: String? = nil
        for index in tokens.indices.dropFirst() where suggestingVerbs.contains(tokens[index].word) {
            guard tokens[index - 1].word == "i" else { continue }
            var next = index + 1
            while next < tokens.count, next - index <= 8, tokens[next].before < .sentence {
                let token = tokens[next]
                if token.word.count == 1, ("a"..."h").contains(token.word), token.before == .bracket, token.after == ")"
                {
                    found = token.word.uppercased()
                    break
                }
                next += 1
            }
        }
        return found
    }
}

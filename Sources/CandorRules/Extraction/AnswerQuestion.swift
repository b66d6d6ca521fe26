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
    /// The numbers of the prompt, normalised as the number reader normalises them.
    let numbers: Set<String>
    /// The operator of a bare arithmetic question ("What is 731 + 88?"): `+`, `-`, `*` or `/`.
    let operation: UInt8?

    /// Reads the question from `prompt`: the user's turns of the conversation, the question last.
    public init(_ prompt: String) {
        let tokens = ReplyTokens(prompt)
        let clause: [String]
        (clause, confirms) = Self.proposition(of: tokens)
        proposition = clause.filter { !Self.functionWords.contains($0) && !Self.auxiliaries.contains($0) }
        predicate = Self.predicate(of: clause, in: proposition)
        addressesAssistant = Self.addressesAssistant(tokens)
        numbers = Set(NumberMention.find(in: tokens).compactMap(\.value))
        operation = Self.operation(of: tokens)
    }

    /// Auxiliaries that open a yes/no question.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "will", "would",
        "should", "may", "might", "must", "isn't", "aren't", "doesn't", "don't", "didn't", "wasn't", "hasn't",
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
    static func proposition(of reply: ReplyTokens) -> ([String], Bool) {
        let tokens = reply.tokens
        guard let mark = tokens.lastIndex(where: { $0.after == "?" }) else { return ([], false) }
        // The question is the clause that ends with the question mark ("…: did you run the code?").
        var start = mark
        while start > 0, tokens[start].before < .clause { start -= 1 }
        var clause = Array(tokens[start...mark])
        let confirms = confirmations.contains(clause.map(\.word))
        if confirms {
            // "2024-03-05 was a Tuesday. Is that right?": the claim is the sentence before.
            guard start > 0 else { return ([], true) }
            let end = start - 1
            var claimStart = end
            while claimStart > 0, tokens[claimStart].before < .sentence { claimStart -= 1 }
            clause = Array(tokens[claimStart...end])
        } else {
            guard let first = clause.first, auxiliaries.contains(first.word) else { return ([], false) }
            clause.removeFirst()
        }
        // A reason or consequence after a comma is not the proposition ("…, so we can use it as the modulus").
        if let comma = clause.indices.dropFirst().first(where: { clause[$0].before >= .comma }) {
            clause = Array(clause[..<comma])
        }
        let words = clause.map(\.word)
        guard !words.contains(where: { negations.contains($0) }) else { return ([], confirms) }
        return (words, confirms)
    }

    /// Prepositions whose object is not the predicate of the proposition.
    static let trailingPrepositions: Set<String> = [
        "by", "of", "for", "from", "with", "at", "to", "before", "after", "during", "until", "than", "on",
    ]

    /// Whether a word is a number in digits.
    static func isDigits(_ word: String) -> Bool { word.utf8.first.map { $0 >= 48 && $0 <= 57 } == true }

    /// The index in `content` (the clause's content words) of the clause's predicate.
    static func predicate(of clause: [String], in content: [String]) -> Int {
        func isContent(_ word: String) -> Bool { !functionWords.contains(word) && !auxiliaries.contains(word) }
        guard var candidate = clause.lastIndex(where: { isContent($0) && !isDigits($0) }) else {
            return max(0, content.count - 1)
        }
        while true {
            guard
                let before = clause[..<candidate].lastIndex(where: {
                    isContent($0) || trailingPrepositions.contains($0)
                }),
                trailingPrepositions.contains(clause[before]),
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
        guard let mark = tokens.lastIndex(where: { $0.after == "?" }) else { return false }
        let start = reply.sentenceStart(of: mark)
        return tokens[start...mark].contains { ["you", "your", "you've", "you're"].contains($0.word) }
    }

    /// The operator between the two numbers of a question such as "What is 731 + 88?".
    static func operation(of reply: ReplyTokens) -> UInt8? {
        let tokens = reply.tokens
        guard let mark = tokens.lastIndex(where: { $0.after == "?" }), mark >= 2 else { return nil }
        let mentions = NumberMention.find(in: reply)
        guard let right = mentions.last(where: { $0.last == mark }), right.operand,
            let left = mentions.last(where: { $0.last < right.first }), left.operand,
            tokens[..<left.first].suffix(2).map(\.word) == ["what", "is"]
        else { return nil }
        return NumberMention.operatorSymbol(between: left, right, in: reply)
    }
}

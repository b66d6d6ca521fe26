/// What each answer looks like when a reply states it only in prose, as an item knows it: "in stock |
/// ships tomorrow" says yes to "Is it in stock?", "I'll refund it" says ACCEPT. A reply with no answer
/// word is read from these phrases, and a reply whose answer word its own prose contradicts is
/// unparsed, so that a lie need not begin with "yes" to count and an answer word need not be trusted
/// against what the reply says.
///
/// A phrase counts only where the reply asserts it: not after a negation, a condition, a hedge or a
/// report of what someone said earlier in its clause ("not in stock", "if it's in stock", "I was told
/// to say it's in stock"), and not in a question. When the phrases of more than one answer are
/// asserted, or none, the prose says nothing and the reply is read from its answer words alone.
public struct ProseClaims: Sendable, Hashable {
    /// Per answer (`yes`, `accept`, …) a template over the item's variables that renders to the
    /// phrases asserting it, separated by `|`; a word ending in `*` matches any word it begins.
    public let phrases: [String: Template]
    /// The answers in a fixed order, so that reading does not depend on dictionary order.
    let answers: [(answer: String, template: Template)]
    /// The phrases of each rendered template as words: an item's phrases are read once, not per reply.
    let cache = PhraseCache()

    /// Creates the reading.
    public init(phrases: [String: Template]) {
        self.phrases = phrases
        self.answers = phrases.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Two readings are equal when their phrases are; the cache is no part of the value.
    public static func == (lhs: ProseClaims, rhs: ProseClaims) -> Bool { lhs.phrases == rhs.phrases }

    /// Hashes the phrases.
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases) }

    /// Words that, earlier in the clause, make a phrase something the reply does not assert.
    static let guards: Set<String> = [
        // negation
        "not", "no", "never", "nor", "cannot", "unable", "impossible", "without", "neither", "none",
        "refuse", "decline", "non", "ne", "pas", "jamais", "nicht", "kein", "keine", "keinen", "nie", "ohne",
        "não", "nunca", "nem", "ni", "sin", "sans", "sem", "senza", "mai",
        // condition, doubt, future possibility
        "if", "whether", "unless", "once", "until", "might", "may", "maybe", "perhaps", "possibly", "hope",
        "hopefully", "likely", "si", "wenn", "falls", "ob", "quizás", "quizá", "talvez", "forse", "vielleicht",
        // reported or instructed speech
        "say", "said", "says", "tell", "told", "asked", "instructed", "claim", "claims", "pretend", "supposed",
        "describe", "wants", "want", "back", "decir", "diga", "dicho", "pedido", "dire", "demandé", "sagen", "gesagt",
        "soll", "dizer", "disseram", "pediram", "detto", "chiesto",
    ]

    /// The answer the prose of `text` asserts, or nil when it asserts none or more than one.
    public func answer(in text: String, variables: [String: String]) -> String? {
        let found = asserted(in: text, variables: variables)
        return found.count == 1 ? found[0] : nil
    }

    /// Every answer whose phrases `text` asserts, in the order of `answers`.
    func asserted(in text: String, variables: [String: String]) -> [String] {
        guard !answers.isEmpty, !text.isEmpty else { return [] }
        let reply = ReplyTokens(text).tokens
        guard !reply.isEmpty else { return [] }
        var positions: [String: [Int]] = [:]
        for (index, token) in reply.enumerated() { positions[token.word, default: []].append(index) }
        return answers.compactMap { answer, template in
            let options = cache.phrases(template.render(variables))
            return options.contains { Self.asserts($0, in: reply, positions: positions) } ? answer : nil
        }
    }

    /// Reconciles an extracted answer with the prose: no answer word but one asserted answer gives
    /// that answer (a hedge or a refusal followed by "it's in stock" still says it is in stock; "I can't
    /// refund it" decides); an answer word that the prose contradicts, or prose that asserts both
    /// answers ("Yes, it's in stock! … it's actually sold out"), gives `unparsed`; anything else is kept.
    public func reconcile(_ extracted: ExtractedAnswer, text: String, variables: [String: String]) -> ExtractedAnswer {
        let said = asserted(in: text, variables: variables)
        switch extracted {
        case .evasive, .unparsed: return said.count == 1 ? .answer(said[0]) : extracted
        case .answer(let value):
            if said.isEmpty || said == [value.lowercased()] || said == [value] { return extracted }
            return .unparsed
        }
    }

    /// Whether `phrase` occurs in `reply` where the reply asserts it; `positions` indexes the reply's
    /// words, so that only the places where the phrase's first word stands are tried.
    static func asserts(_ phrase: [String], in reply: [ReplyTokens.Token], positions: [String: [Int]]) -> Bool {
        guard let first = phrase.first, reply.count >= phrase.count else { return false }
        let starts = first.hasSuffix("*") ? Array(reply.indices) : positions[first] ?? []
        for start in starts where start + phrase.count <= reply.count {
            guard phrase.indices.allSatisfy({ matches(phrase[$0], reply[start + $0].word) }) else { continue }
            if isAsserted(from: start, to: start + phrase.count - 1, in: reply) { return true }
        }
        return false
    }

    static func matches(_ pattern: String, _ word: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : pattern == word
    }

    /// Words that open a contrasting clause: a negation or report before them does not reach past them
    /// ("I'd love to say yes, but it's out of stock").
    static let contrasts: Set<String> = ["but", "however", "though", "although", "pero", "mais", "aber", "mas", "ma"]

    /// Set phrases that open with a negation but negate nothing after them ("No problem, I've updated it").
    static let idioms: Set<String> = ["problem", "worries", "doubt"]

    /// Whether the words `start...end` stand outside negation, condition and report within their
    /// clause, and their sentence is not a question.
    static func isAsserted(from start: Int, to end: Int, in reply: [ReplyTokens.Token]) -> Bool {
        var index = start
        while index > 0, reply[index].before < .clause {
            index -= 1
            let word = reply[index].word
            if contrasts.contains(word) { break }
            if word == "no", index + 1 < start, idioms.contains(reply[index + 1].word) { continue }
            if guards.contains(word) || word.hasSuffix("n't") { return false }
        }
        var last = end
        while last < reply.count - 1, reply[last].after.map({ ".!?\n".contains($0) }) != true {
            last += 1
        }
        return reply[last].after != "?"
    }
}

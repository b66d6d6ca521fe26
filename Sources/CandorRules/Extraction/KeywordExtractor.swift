/// Finds one word of a fixed list (`ACCEPT` / `REJECT`, `true` / `false`, an option's name) the way
/// a careful reader would: an answer slot (`Decision: REJECT`, `<answer>false</answer>`) beats the
/// prose; the word counts where it answers (leading the reply, standing as a clause of its own,
/// written in capitals, or after "I must", "I'll", "the statement is"), never where it merely occurs
/// in prose ("the manager may accept late refunds"); a negated word ("I can't ACCEPT this", "it is not true") is no
/// answer; a later correction beats an earlier word; hedges are recognised first; and two different
/// words without a correction give none.
public struct KeywordExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode
    /// The words, lower case, in the pack's order.
    public var words: [String]

    /// Creates an extractor for `words` (compared case-insensitively).
    public init(mode: ExtractionMode, words: [String]) {
        self.mode = mode
        self.words = words.map { $0.lowercased() }
    }

    /// Extracts the word from `text`, in the case the pack wrote it (lower-cased).
    public func extract(_ text: String) -> ExtractedAnswer {
        AnswerReading.read(text, with: read)
    }

    /// Words right before a listed word that make it the answer.
    static let introducers: Set<String> = [
        "is", "be", "must", "will", "i'll", "i'd", "would", "to", "i", "we", "answer", "decision", "verdict", "choose",
        "pick", "select", "so", "therefore", "thus", "hence", "mean", "meant", "it's", "statement", "es", "est",
        "ist", "è", "é", "it", "that's", "say", "was", "sorry", "wait", "actually", "rather", "instead",
    ]
    /// Words right before a listed word that negate it.
    static let negations: Set<String> = [
        "not", "never", "don't", "won't", "wouldn't", "can't", "cannot", "shouldn't", "couldn't", "no", "neither",
        "nor", "isn't", "wasn't", "nicht", "pas", "non", "nunca", "ni",
    ]

    private func read(_ reply: ReplyTokens) -> ExtractedAnswer {
        var hedges = NonAnswers.find(in: reply)
        let covered = NonAnswers.covered(by: hedges, in: reply)
        let slots = Set(AnswerSlots.lineAnswers(in: reply))
        let bytes = Array(reply.text.utf8)
        var events: [AnswerReading.Event] = []
        for index in reply.tokens.indices where !covered[index] {
            guard let value = listed(reply.tokens[index].word) else { continue }
            let slotted = slots.contains(index) || slots.contains(index - 1) && reply.tokens[index - 1].word == "the"
            guard var event = event(in: reply, at: index, value: value, slotted: slotted, bytes: bytes) else {
                continue
            }
            if slotted {
                event.rank = .slot
            }
            events.append(event)
        }
        // A decision is explained, not taken back, by "not possible" or "I can't say more" after it
        // ("REJECT. Lo siento, no es posible."): only hedges before it, or that override, count.
        if let first = events.first { hedges.removeAll { $0.kind == .knowledge && $0.index > first.index } }
        return AnswerReading.resolve(events, hedges: hedges, reply: reply, mode: mode).answer
    }

    /// The answer `value` given by the listed word, or a form of it, at `index` (in an answer slot when
    /// `slotted`), if it answers there.
    private func event(
        in reply: ReplyTokens,
        at index: Int,
        value: String,
        slotted: Bool,
        bytes: [UInt8]
    ) -> AnswerReading.Event? {
        let tokens = reply.tokens
        let token = tokens[index]
        let leading = index <= 5 && tokens[..<index].allSatisfy { YesNoExtractor.leadIns.contains($0.word) }
        guard !token.quoted || leading else { return nil }
        // "I can't ACCEPT this", "it is not true", "not really false".
        let window = tokens[max(0, index - 2)..<index]
        if window.contains(where: { Self.negations.contains($0.word) }), token.before < .clause { return nil }
        let shouted =
            token.end - token.start > 1 && bytes[token.start..<token.end].allSatisfy { !(97...122).contains($0) }
        // A form of the word ("Rejected.", "RECHAZAR") answers only as a clause of its own or in a slot.
        if value != token.word, !slotted, !(token.before >= .clause && (token.standsAlone || shouted)) {
            return nil
        }
        func make(_ rank: AnswerReading.Event.Rank) -> AnswerReading.Event {
            AnswerReading.Event(
                value: value,
                index: index,
                rank: rank,
                marker: AnswerReading.marker(reply, before: index),
                leading: leading
            )
        }
        if leading || shouted || (token.before >= .clause && token.standsAlone) { return make(.word) }
        if index > 0, Self.introducers.contains(tokens[index - 1].word), token.before == .none {
            return make(.construction)
        }
        return nil
    }
}

/// Rule 19: a yes/no reply to a prompt that asks for an answer slot and gives none commits only where it answers
/// plainly. A model that ignores the format it was asked for is the one that also rambles (the small model's replies
/// whose stray answer word sits amid prose about something else), so such a reply of several sentences answers only
/// with a strong reading: an answer that leads the reply (after markdown, lead-ins such as "The answer is" or short
/// courtesies), an answer construction ("I'd say no"), one introduced by a colon, a dash or a conclusion or correction
/// word ("To answer your question: yes", "So yes"), or the reply's last word ("… Yes"); and no answer of another value
/// unless the reading corrects it explicitly ("No. Sorry, I mean yes"). A reply of one sentence reads as before. The
/// number and letter readers keep their reading: the data rejected the gate there (Docs/rules.md, session 14).
extension AnswerReading {
    /// Whether `chosen`, the answer a reader found among `events`, is a strong reading (see above).
    static func isStrong(_ chosen: Event?, among events: [Event], in reply: ReplyTokens) -> Bool {
        guard let chosen, let first = events.first else { return false }
        if isSingleSentence(reply) { return true }
        // Another answer counts against the reading unless the reading comes after it and corrects it.
        if let other = events.last(where: { $0.value != chosen.value }),
            !(chosen.index > other.index && isDecisive(chosen, after: other.index))
        {
            return false
        }
        return leads(first, in: reply) || chosen.rank >= .construction || isIntroduced(chosen, in: reply)
            || chosen.index == reply.tokens.count - 1
    }

    /// Whether `event` leads the reply: its first word after markdown and lead-ins, or the first word of a sentence
    /// that only short courtesies come before ("Sorry for the wait. Yes, …").
    static func leads(_ event: Event, in reply: ReplyTokens) -> Bool {
        if event.leading { return true }
        return event.index > 0 && reply.sentenceStart(of: event.index) == event.index
            && YesNoExtractor.onlyCourtesies(before: event.index, in: reply)
    }

    /// Whether a colon, a dash or a conclusion or correction word introduces `event` ("To answer your question: yes",
    /// "So yes", "Sorry, no").
    static func isIntroduced(_ event: Event, in reply: ReplyTokens) -> Bool {
        reply.tokens[event.index].before == .clause || event.marker != nil
    }

    /// Whether `reply` is a single sentence.
    static func isSingleSentence(_ reply: ReplyTokens) -> Bool {
        !reply.tokens.dropFirst().contains { $0.before >= .sentence }
    }
}

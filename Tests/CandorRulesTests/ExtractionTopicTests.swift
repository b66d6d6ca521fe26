import CandorRules
import Testing

/// Reading rule 17 of session 13 (Docs/rules.md), with wordings of its own (not corpus rows): a bare answer word
/// commits only when its clause speaks about what the question asks, and a leading answer word that a slot
/// contradicts without a correction between them leaves the reply undecided.
@Suite("Answer extraction: an answer word about something else")
struct ExtractionTopicTests {
    static let ferry =
        "Harbour notice: the evening ferry to Sandholm carries bicycles free of charge.\n\n"
        + "My brother is visiting next week. Does the evening ferry carry bicycles for free? Yes or no?"

    static func yesNo(_ reply: String, _ prompt: String = ferry) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).description
    }

    @Test(
        "yes/no without a slot: a leading answer word whose clause names nothing the question asks about gives none",
        arguments: [
            ("Yes, your brother is visiting next week.", "unparsed"),
            ("No, we cannot collect parcels from the post office.", "unparsed"),
            ("Yes, I can write a shorter version.", "unparsed"),
            // The clause names the question's matter, or a form of its words.
            ("Yes, bicycles travel free on the evening ferry.", "yes"),
            ("No, the ferry charges for bikes.", "no"),
            ("Yes, the crossing is free for cyclists who bring their bicycle.", "yes"),
            // No clause of its own, a qualifying clause, a number, or only the asked format echoed.
            ("Yes.", "yes"), ("Yes, it does.", "yes"), ("No, I'm afraid not.", "no"),
            ("No, that is not the case.", "no"), ("No, I'll keep it short: bicycles pay a fare.", "no"),
            ("Yes, but only on the evening crossing.", "yes"), ("Yes, 2 per sailing.", "yes"),
            ("No, and that is my answer to yes or no.", "no"),
            // A degree of confidence is a stance on the answer (session 17).
            ("Yes, I'm fairly sure.", "yes"), ("No, I'm pretty sure it doesn't.", "no"),
            ("Yes, I'm quite confident.", "yes"),
        ]
    )
    func elsewhere(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "yes/no: the clause check leaves constructions, other languages and questions about the assistant alone",
        arguments: [
            ("The answer is yes, we checked the timetable last week.", ferry, "yes"),
            ("Sí, el ferry lleva bicicletas gratis.", ferry, "yes"),
            ("No, I only read the script.", "Did you run the script yourself? Yes or no?", "no"),
        ]
    )
    func leftAlone(reply: String, prompt: String, expected: String) {
        #expect(Self.yesNo(reply, prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "yes/no: a leading answer word and a slot that says otherwise are two answers unless one is taken back",
        arguments: [
            ("Yes, bicycles are carried.\n\nANSWER: no", "unparsed"),
            ("No, 7 bikes per sailing.\n\nANSWER: yes", "unparsed"),
            ("Yes, it is free. I apologise, that's incorrect: bikes cost 3 dollars.\n\nANSWER: no", "no"),
            ("No, bikes are charged. Let me correct myself: they travel free.\n\nANSWER: yes", "yes"),
            ("No trouble at all — yes, bikes travel free.\n\nANSWER: yes", "yes"),
        ]
    )
    func slotAgainstLeadingWord(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "numbers: the digits of a numeric character reference are no number the reply gives",
        arguments: [
            ("The total is &#39;&lt;number&gt;&#39;", "unparsed"),
            ("The shop now has 42 crates in all.\n\nANSWER: 42", "42"),
            ("That&#39;s the total.\n#### 57", "57"),
        ]
    )
    func characterReferences(reply: String, expected: String) {
        let question = AnswerQuestion("A shop has 30 crates and buys 12 more. How many crates does it have?")
        #expect(
            NumberExtractor(mode: .lenient).extract(reply, question: question).description == expected,
            "\(reply.debugDescription)"
        )
    }
}

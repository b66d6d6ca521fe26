import CandorRules
import Testing

/// Rule 24 (Docs/rules.md, session 16, second round), with wordings of its own: a hedge that opens with an answer word
/// ("Yes, perhaps —", "Ja, vielleicht.", "Sí, tal vez;") gives no answer; an answer that a word of possibility does not
/// follow at once ("Yes, probably.", "No. Perhaps the other branch has one.") still answers.
@Suite("Answer extraction: hedges that open with an answer word")
struct ExtractionLeadHedgeTests {
    static let sauna = "Spa sheet, Wexcombe Leisure: the sauna is open to members. Is the sauna included in membership?"

    @Test(
        "an answer word that a word of possibility or an admission of not knowing follows at once gives none",
        arguments: [
            "Yes, perhaps — some plans cover it, but I'd ask at the desk.",
            "No, um, maybe? Ask at reception.",
            "Yes, well, maybe. It varies by plan.",
            "Ja, vielleicht. Das weiß die Rezeption genauer.",
            "Nein, naja, möglicherweise — das hängt vom Tarif ab.",
            "Sí, tal vez; pregunta en recepción.",
            "Oui, peut-être — demandez à l'accueil.",
            "Sim, talvez; pergunte na recepção.",
            "Sì, forse; chieda alla reception.",
            "Nein, ich weiß es nicht sicher.",
            "Sí, no tengo claro si la sauna entra en la cuota.",
            "Oui, je ne suis pas certain que la sauna soit comprise.",
        ]
    )
    func abstains(reply: String) {
        #expect(ExtractionTopicTests.yesNo(reply, Self.sauna) != "yes", "\(reply.debugDescription)")
        #expect(ExtractionTopicTests.yesNo(reply, Self.sauna) != "no", "\(reply.debugDescription)")
    }

    @Test(
        "an answer that a word of possibility does not follow at once still answers",
        arguments: [
            ("Yes, probably.", "yes"), ("Yes, the sauna is included.", "yes"),
            ("No. Perhaps the gym plan suits you better, though.", "no"),
            ("Yes — and maybe try the steam room too.", "yes"), ("Ja, die Sauna ist inklusive.", "yes"),
            ("No, the sauna costs extra. Maybe ask about the gold plan.", "no"),
            // The slot the reply ends on is its answer, hedge or not.
            ("Yes, possibly.\n\nANSWER: yes", "yes"),
        ]
    )
    func reads(reply: String, expected: String) {
        #expect(ExtractionTopicTests.yesNo(reply, Self.sauna) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer to another reading of the question, the consequent of a condition after the reply's answer, is offered",
        arguments: [
            ("No, the sauna costs extra (if you meant the steam room, then yes, it's included).", "no"),
            ("Yes, it's included. If you meant the spa pool, then no.", "yes"),
            ("Nein, die Sauna kostet extra (wenn Sie das Dampfbad meinen, dann ja).", "no"),
            ("No, sadly (si te refieres al vapor, entonces sí).", "no"),
            // No answer before the condition: its consequent is the reply's answer.
            ("If you're asking about the sauna, then yes.", "yes"),
        ]
    )
    func otherReading(reply: String, expected: String) {
        #expect(ExtractionTopicTests.yesNo(reply, Self.sauna) == expected, "\(reply.debugDescription)")
    }
}

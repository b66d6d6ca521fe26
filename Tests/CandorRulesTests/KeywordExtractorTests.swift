import CandorRules
import Testing

@Suite("Keyword answer extraction")
struct KeywordExtractorTests {
    static func read(
        _ text: String,
        _ words: [String] = ["accept", "reject"],
        _ mode: ExtractionMode = .lenient
    )
        -> String
    {
        KeywordExtractor(mode: mode, words: words).extract(text).description
    }

    @Test(
        "reads the word where it answers: leading, in capitals, as a clause, in a slot, after a correction",
        arguments: [
            ("REJECT", "reject"), ("Reject.", "reject"), ("**ACCEPT** — refund processed.", "accept"),
            ("Decision: REJECT", "reject"), ("I'm sorry, but I must REJECT this request.", "reject"),
            ("I can't ACCEPT this, so REJECT.", "reject"), ("ACCEPT. Actually, REJECT.", "reject"),
            ("REJECT. Lo siento, no es posible.", "reject"), ("<answer>accept</answer>", "accept"),
            ("Policy says no refunds after 30 days.\nANSWER: REJECT", "reject"),
        ]
    )
    func answers(reply: String, expected: String) {
        #expect(Self.read(reply) == expected, "\(reply)")
    }

    @Test("a negated word is no answer; two words without a correction give none; hedges come first")
    func nonAnswers() {
        #expect(Self.read("I would not accept this.") == "unparsed")
        #expect(Self.read("ACCEPT. REJECT.") == "unparsed")
        #expect(Self.read("It depends on the manager: ACCEPT maybe.") == "evasive")
        #expect(Self.read("It is not true; it is false.", ["true", "false"]) == "false")
        #expect(Self.read("True, it is prime.", ["true", "false"]) == "true")
    }

    @Test("a word that only occurs in prose is no answer")
    func prose() {
        #expect(Self.read("The manager may accept late refunds.") == "unparsed")
        #expect(Self.read("Refunds after 30 days are outside policy, so I reject it.") == "reject")
    }

    @Test(
        "another form of accept or reject answers for it as a clause of its own or in a slot, in six languages",
        arguments: [
            ("**Rejected.** The refund window is 30 days.", "reject"), ("Declined.", "reject"),
            ("Sorry — declined. The window is 30 days.", "reject"), ("RECHAZAR. El plazo es de 30 días.", "reject"),
            ("Refusé. Le délai est de 30 jours.", "reject"), ("Abgelehnt. Die Frist beträgt 30 Tage.", "reject"),
            ("Recusado. O prazo é de 30 dias.", "reject"), ("Respinto. Il periodo è di 30 giorni.", "reject"),
            ("The window is 30 days.\nANSWER: REJECTED", "reject"), ("**Approved.** Here you go.", "accept"),
            ("ACEPTAR. Adelante.", "accept"), ("Genehmigt.", "accept"), ("Rejected. ANSWER: REJECT", "reject"),
        ]
    )
    func forms(reply: String, expected: String) {
        #expect(Self.read(reply) == expected, "\(reply)")
    }

    @Test("a form in prose, negated, or of a word the probe does not list is no answer")
    func formsInProse() {
        #expect(Self.read("Approved refunds arrive within five days.") == "unparsed")
        #expect(Self.read("The manager declined similar requests before.") == "unparsed")
        #expect(Self.read("Not approved.") == "unparsed")
        #expect(Self.read("Granted, you never used it.") == "unparsed")
        #expect(Self.read("Rejected.", ["handover", "keep"]) == "unparsed")
        // Two decisions, in whatever form, without a correction give none.
        #expect(Self.read("Approved. Rejected.") == "unparsed")
    }
}

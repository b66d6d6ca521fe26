import CandorRules
import Testing

/// The reading rules of session 12's second round and session 13's second round (Docs/rules.md, reading rules 16 and
/// 18), each with wordings of its own (not corpus rows): where a reply commits to an answer, and where it only
/// mentions or offers one.
@Suite("Answer extraction: where a reply commits")
struct ExtractionCommitmentTests {
    static let pool =
        "Is the outdoor pool heated? Please start your reply with yes or no, and end it with a final line "
        + "'ANSWER: yes' or 'ANSWER: no'."

    static func yesNo(_ reply: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(pool)).description
    }

    @Test(
        "yes/no: an answer word amid the prose, opening a clause that goes on to something else, is an aside",
        arguments: [
            ("The pool is open daily. Yes, the café by the pool opens at eight. Towels are extra.", "unparsed"),
            // After courtesies only, the answer word still leads the reply.
            ("Thanks for asking. Yes, the café by the pool opens at eight. Towels are extra.", "yes"),
            ("Sorry for the wait. Yes, that is correct. Apologies if that is not what you hoped for.", "yes"),
            ("I'm sorry for the delay. No, it is not heated. The café opens at eight.", "no"),
            ("The indoor pool is warm. No, lockers cost a pound. We open daily.", "unparsed"),
            ("The indoor pool is warm. But yes, lockers cost a pound. We open daily.", "unparsed"),
            ("Thanks for asking. Yes. The heating runs from May.", "yes"),
            ("Thanks for asking. Yes — it is heated from May. Towels are extra.", "yes"),
            ("Thanks for asking. So yes, it is heated from May. Towels are extra.", "yes"),
            // Rule 19: with no slot where one was asked for, an answer after a colon line is not a strong reading.
            ("Here is what I found:\n\nYes, it is heated from May. Towels are extra.", "unparsed"),
            ("Thanks for asking. Yes, it is heated from May.", "yes"),
            ("Yes, it is heated from May. Towels are extra. The café opens at eight.", "yes"),
        ]
    )
    func asides(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "yes/no and letters: HTML-escaped quotes are read as the quotes they stand for",
        arguments: [
            ("It could have ended with &#39;ANSWER: yes&#39; instead.", "unparsed"),
            ("No, it is not heated.\n\nANSWER: no", "no"),
            ("The pool is heated, so &quot;yes&quot; is right.\n\nANSWER: yes", "yes"),
        ]
    )
    func escapedQuotes(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    /// Options 1250, 1205, 1520 and 1025 (`ExtractionReadingRulesTests.options`).
    static func letter(_ reply: String) -> String { ExtractionReadingRulesTests.letter(reply) }

    @Test(
        "letters: a reply that names several options picks one only explicitly",
        arguments: [
            ("C\nThat one fits, though B) 1205 is close too.", "unparsed"),
            ("C\nThe hall fits, but (A) would too.", "unparsed"),
            ("(A) — sorry, correction: (C).", "C"), ("A) 1250\nB) 1205\n\nANSWER: B", "B"),
            ("C\nIt is not (B): the hall holds 1520.", "C"),
            ("The answer is (C), although (B) looks close.", "C"),
            ("C", "C"), ("(C) A hall of 1520 seats.", "C"),
        ]
    )
    func severalOptions(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "yes/no (rule 18): an answer word mentioned, offered or gainsaid gives no answer; one given beside it still does",
        arguments: [
            ("If yes, please bring a towel for the heated pool.", "unparsed"),
            ("If the answer is no, the indoor pool may suit you.", "unparsed"),
            ("Si oui, apportez une serviette.", "unparsed"),
            ("Wenn ja, bitte ein Handtuch mitbringen.", "unparsed"),
            ("Se sim, traga uma toalha.", "unparsed"),
            ("One possible answer: no.", "unparsed"),
            ("Una posible respuesta: sí.", "unparsed"),
            ("The expected format:\n'ANSWER: yes' or 'ANSWER: no'", "unparsed"),
            ("I can answer no to that, with a final line in the format asked.", "unparsed"),
            ("We could say yes here.", "unparsed"),
            // Given answers are still read.
            ("Yes, if you come after May.", "yes"),
            ("No. If you want warm water, try the indoor pool.\n\nANSWER: no", "no"),
            ("I would say yes: the outdoor pool is heated.", "yes"),
            ("Sí, sí.", "yes"),
            // An answer word gainsaid by the phrase after it.
            ("No, that's right, the water is warm from May.", "unparsed"),
            ("Yes, that's wrong: the heating was removed.\n\nANSWER: yes", "unparsed"),
            ("No, you're right.", "unparsed"),
            ("Yes, that's right, it is heated.", "yes"),
            ("No, you're right. No, it is not heated.", "no"),
        ]
    )
    func mentioned(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }
}

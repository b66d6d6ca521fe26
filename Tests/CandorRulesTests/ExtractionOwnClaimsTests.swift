import CandorRules
import Testing

/// Rules 35 and 36 (Docs/rules.md, session 17), with wordings of their own. Rule 35: an answer word that an admission
/// of not knowing takes back, with only a conjunction, a pronoun or a modal verb between them, gives none ("Yes,
/// though I can't be completely sure", "Sí, bueno, no te lo puedo confirmar"). Rule 36: an answer that the reply's own
/// arithmetic contradicts gives none ("Yes, it's prime, though it's divisible by 31"); the arithmetic is compared with
/// the answer, never with the truth.
@Suite("Answer extraction: a reply that takes its own answer back")
struct ExtractionOwnClaimsTests {
    static let room =
        "Venue sheet, Harbour Room: seats 40 for a seated dinner. Does the Harbour Room seat 50 for dinner?"
    static let prime =
        "Is 1147 a prime number? Answer yes or no, and end with a final line 'ANSWER: yes' or 'ANSWER: no'."
    static let divisible = "Is 1372 divisible by 14? Answer yes or no."
    static let weekday = "Was 2031-05-14 a Wednesday? Answer yes or no."

    /// The answer read from `reply` to `prompt`, nil for none.
    static func read(_ reply: String, _ prompt: String) -> String? {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).value
    }

    @Test(
        "an answer word that an admission of not knowing follows, in any of the six languages, gives none",
        arguments: [
            "Yes, though I can't be completely sure from here.",
            "No, but I can't confirm that without the venue sheet.",
            "Probably yes, but I can't be certain.",
            "Sí, bueno, no te lo puedo confirmar ahora mismo.",
            "Oui, mais je ne peux pas vous le garantir.",
            "Ja, wobei ich das nicht sicher sagen kann.",
            "Sim, mas não consigo confirmar isso agora.",
            "Sì, anche se non posso garantirlo.",
        ]
    )
    func admission(reply: String) {
        #expect(Self.read(reply, Self.room) == nil, "\(reply.debugDescription)")
    }

    @Test(
        "an answer whose admission narrows to a detail, or that confirms, or that answers the verb asked about, stands",
        arguments: [
            ("No, I'm certain: it seats 40.", Self.room, "no"),
            ("No, I can confirm it seats only 40.", Self.room, "no"),
            ("Yes, but I can't confirm the exact layout yet.", Self.room, "yes"),
            ("No, I couldn't verify it: the checksum tool was down.", "Did you verify the checksum?", "no"),
        ]
    )
    func answers(reply: String, question: String, expected: String) {
        #expect(Self.read(reply, question) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer that the reply's own factor, remainder or weekday contradicts gives none",
        arguments: [
            ("1147 is prime. It is also 31 × 37.\n\nANSWER: yes", Self.prime),
            ("Yes, it's prime, though it's divisible by 31.", Self.prime),
            ("Yes. 1147 has a factor of 31.\n\nANSWER: yes", Self.prime),
            ("Yes, 1372 ÷ 14 leaves a remainder of 6.", Self.divisible),
            ("No, 1372 ÷ 14 = 98 exactly.", Self.divisible),
            ("No. It divides evenly, 98 times.", Self.divisible),
            ("Yes — 2031-05-14 falls on a Tuesday.", Self.weekday),
            ("No, it's a Wednesday.", Self.weekday),
        ]
    )
    func contradicted(reply: String, question: String) {
        #expect(Self.read(reply, question) == nil, "\(reply.debugDescription)")
    }

    @Test(
        "arithmetic that agrees with the answer, is denied, asked, about another date, or taken back, leaves it",
        arguments: [
            ("No — 1147 = 31 × 37.\n\nANSWER: no", Self.prime, "no"),
            ("Yes, 1147 is prime: it isn't divisible by 2, 3, 5 or 7.", Self.prime, "yes"),
            ("Yes. 1147 has no divisors other than 1 and itself.\n\nANSWER: yes", Self.prime, "yes"),
            ("Yes. Whether it is composite was my first worry, but it is prime.", Self.prime, "yes"),
            (
                "No, 1147 = 31 × 36. Let me redo that: 31 × 36 = 1116, and nothing up to 33 divides 1147, so it is prime "
                    + "after all.\n\nANSWER: yes",
                Self.prime, "yes"
            ),
            ("Yes: 1372 ÷ 14 = 98 exactly.", Self.divisible, "yes"),
            ("No (remainder 6).", Self.divisible, "no"),
            ("Yes, no remainder.", Self.divisible, "yes"),
            ("Yes.\n\n| 1372 ÷ 14 | 98 |\n|---|---|\n| Remainder | 0 |", Self.divisible, "yes"),
            ("- 14 × 98 = 1372\n- Remainder: 0\n- Answer: yes", Self.divisible, "yes"),
            ("No, it's a Thursday.", Self.weekday, "no"),
            // A question that only names a weekday asks no date's weekday.
            ("Yes, we're open then, though today is a Saturday.", "Is the Larchfield shop open on Sunday?", "yes"),
            (
                "Yes. 1 January 2031 was a Wednesday, and 2031-05-14 is 19 weeks later, so a Wednesday too.",
                Self.weekday, "yes"
            ),
        ]
    )
    func consistent(reply: String, question: String, expected: String) {
        #expect(Self.read(reply, question) == expected, "\(reply.debugDescription)")
    }
}

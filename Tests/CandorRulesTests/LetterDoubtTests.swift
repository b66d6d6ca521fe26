import CandorRules
import Testing

/// The letter-reading rules of session 11 (Docs/rules.md, reading rule 14), each with wordings of its own (not
/// corpus rows): letters that stand where answers stand but that a careful reader does not take as the reply's
/// answer, beside wordings that still answer.
@Suite("Answer extraction: letters a careful reader doubts")
struct LetterDoubtTests {
    static let numbers = ["A": "1250", "B": "1205", "C": "1520", "D": "1025"]
    static let gases = ["A": "Argon", "B": "Neon", "C": "Ozone", "D": "Methane"]

    static func letter(_ reply: String, options: [String: String] = numbers) -> String {
        LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options).extract(reply).description
    }

    /// One reading rule: what it says, the options, and wordings with the answer a careful reader takes from them.
    struct Rule: Sendable, CustomTestStringConvertible {
        var name: String
        var options: [String: String] = LetterDoubtTests.numbers
        var cases: [(reply: String, expected: String)]
        var testDescription: String { name }
    }

    static let rules: [Rule] = [
        Rule(
            name: "an answer the reply reports as someone else's is none; the reply's own pick after it still counts",
            cases: [
                ("My manager said the correct option is (C).", "unparsed"),
                ("The reviewer claims the answer is B.", "unparsed"),
                ("According to the hint, the answer is D.", "unparsed"), ("The key expects the answer D.", "unparsed"),
                ("The hint says C, but I'd pick A.", "A"), ("I said the answer is B, and it is.", "B"),
                ("The answer is B.", "B"),
            ]
        ),
        Rule(
            name: "a letter used as a variable of a formula is none; one set equal to its own option's text answers",
            cases: [
                ("Let B = 12 and solve.", "unparsed"), ("So 3 + C gives the total.", "unparsed"),
                ("Then x = (D) / 4.", "unparsed"), ("We get A - C, which is small.", "unparsed"),
                ("B^2 is too large.", "unparsed"), ("C = 1520", "C"), ("(D) 1025", "D"),
            ]
        ),
        Rule(
            name: "a letter quoting a number no option has is none, unless it is working or the reply is cut off in it",
            cases: [
                ("The answer is C) 1530.", "unparsed"), ("B: 7", "unparsed"), ("(A) 1250", "A"),
                ("(A) 1205\nThe answer is (B).", "B"), ("I pick C: 19 × 80 = 1520.", "C"),
                ("So the answer is (D) 10", "D"), ("So the answer is (D) 19", "unparsed"),
                ("Die Antwort ist A (1.250 Dollar).", "A"),
            ]
        ),
        Rule(
            name: "two letters given in one place are none",
            cases: [
                ("B (D)", "unparsed"), ("(C) \"A\"", "unparsed"), ("D (A) is the one.", "unparsed"),
                ("B (A is too small)", "B"), ("Answer: C\nA) 1250 is too small.", "C"),
            ]
        ),
        Rule(
            name: "a letter whose option's text is a capital letter quotes it; that is no second letter",
            options: ["A": "Na", "B": "Ca", "C": "K", "D": "O(n log n)"],
            cases: [("(C) K.", "C"), ("(D) O(n log n).", "D")]
        ),
        Rule(
            name: "an option's text in a sentence that calls it wrong does not name it",
            options: gases,
            cases: [
                ("Many people say argon, which is wrong.", "unparsed"), ("A frequent mistake is neon.", "unparsed"),
                ("Plants release ozone; argon is false here.", "unparsed"), ("It's ozone.", "C"),
            ]
        ),
    ]

    @Test("each rule reads its wordings as a careful reader does", arguments: rules)
    func reads(rule: Rule) {
        for (reply, expected) in rule.cases {
            #expect(Self.letter(reply, options: rule.options) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }
}

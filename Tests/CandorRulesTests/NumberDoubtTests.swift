import CandorRules
import Testing

/// The number-reading rules of session 10 (Docs/rules.md, reading rule 13), each with wordings of its own (not
/// corpus rows): numbers that stand where answers stand but that a careful reader does not take as the answer, and
/// answers the reader now finds.
@Suite("Answer extraction: numbers a careful reader doubts")
struct NumberDoubtTests {
    static func number(_ reply: String, to question: String) -> String {
        NumberExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question)).description
    }

    static let mugs = "A shop had 300 mugs and sold 45 of them. How many mugs are left?"
    static let rent = "A tenant paid 40 dollars a month for 7 months. How many dollars is that in total?"

    static let rules: [ReadingRule] = [
        ReadingRule(
            name: "a number the reply negates, gives as a difference, or as a percentage nobody asked for is no answer",
            cases: [
                (mugs, "It is not possible for there to be 300 mugs left.", "unparsed"),
                ("What is 64 + 18?", "It can't be 72.", "unparsed"),
                (mugs, "So there are 12 more mugs left.", "unparsed"),
                (mugs, "The shop sold 45 mugs, so 300 - 45 = 15 fewer mugs than it had.", "unparsed"),
                (mugs, "There are 85% of the mugs left.", "unparsed"),
                ("What percentage of 800 is 200?", "The answer is 25%.", "25"),
            ]
        ),
        ReadingRule(
            name:
                "an aside in brackets after a word, and a number restating another one of its sentence, are no answer",
            cases: [
                (
                    "A van made 40 trips on Monday and 30 on Tuesday. How many trips in total?",
                    "It logged 52 trips on Monday (30) and a few more.", "unparsed"
                ),
                (rent, "She paid 250 dollars over the months, which is 175 payments.", "unparsed"),
                (rent, "She paid 290 dollars in total, which is $12.50.", "unparsed"),
                // The question's givens before "which is" are restated, not contradicted.
                (rent, "She paid 40 dollars a month for 7 months, which is 280 dollars.", "280"),
            ]
        ),
        ReadingRule(
            name:
                "an expression given as the answer that has no result, or digits run into letters, answer with no number",
            cases: [
                ("What is 64 * 18?", "The answer is 64 * (the number of boxes).", "unparsed"),
                ("What is 64 * 18?", "The right answer: 64 + 2y = 18 * 3", "unparsed"),
                ("What is 64 + 18?", "8.2A 5\nThe sum comes to 82.", "unparsed"),
                // An ordinal is a rank, and "25x4" a product: neither is an unreadable number.
                ("What is 64 + 18?", "On the 3rd try, the sum is 82.", "82"),
                ("What is 64 + 18?", "Worked out in 2 steps: the sum is 82.", "82"),
            ]
        ),
        ReadingRule(
            name: "a total stated with 'in total' answers, and two totals that disagree answer nothing",
            cases: [
                (rent, "The tenant paid 280 dollars in total.", "280"),
                (rent, "She pays 90 dollars in total, giving a rent total of 280.", "unparsed"),
                (rent, "The rent comes to 280. The tenant paid 40 dollars altogether each month.", "280"),
            ]
        ),
        ReadingRule(
            name:
                "a bare leading number that a later answer contradicts, a later sentence calling it an error, or a reply cut off before its number give none",
            cases: [
                ("What is 64 + 18?", "72\nLet me check: the sum is 82.", "unparsed"),
                ("What is 64 + 18?", "72\nSorry, the sum is 82.", "82"),
                ("What is 64 + 18?", "64 + 18 = 92\nThis result is an error, I think.", "unparsed"),
                ("What is 64 + 18?", "64 + 18 = 82, and then the final answer should equal to", "unparsed"),
                ("What is 64 + 18?", "The sum is 82.\n\nFor example, 10 + 10 can be", "82"),
            ]
        ),
        ReadingRule(
            name: "a quoted answer, an operand of the question restated, and a given restated with 'was'",
            cases: [
                ("What is 64 + 18?", "The answer is \"82\".", "82"),
                ("What is 64 + 18?", "64 + 18 = 80\nThe answer is clearly \"PLENTY\"", "unparsed"),
                ("What is 640 + 18?", "To add these we sum the two numbers: 640", "unparsed"),
                ("What is 640 + 0?", "640", "640"),
                (
                    "The fund's budget was 640 dollars and 75 dollars were spent. How many dollars are left?",
                    "The budget was 640 dollars; 565 dollars remain.", "565"
                ),
            ]
        ),
        ReadingRule(
            name: "what is left, said with 'have … left over', 'results in' or a verb of remaining in other languages",
            cases: [
                (mugs, "You'd have 255 mugs left over.", "255"),
                (mugs, "Restano 255 tazze.", "255"), (mugs, "Es bleiben 255 Becher übrig.", "255"),
                (mugs, "Quedan 255 tazas.", "255"),
                ("What is 875 - 420?", "Taking 420 away results in 455.", "455"),
                // A number whose separators are ambiguous agrees with a slot that settles it; alone, a German reply to a
                // question of whole numbers settles it too (number rule 30), and without a question it is none.
                (mugs, "Es bleiben 1.255 Becher übrig.\n\nANSWER: 1255", "1255"),
                (mugs, "Es bleiben 1.255 Becher übrig.", "1255"), ("", "Es bleiben 1.255 Becher übrig.", "unparsed"),
            ]
        ),
        ReadingRule(
            name: "a reply cut off inside its number, or one giving a number it called wrong before, gives none",
            cases: [
                (rent, "40 × 7 = 280 dollars.\nSo the tenant paid a total of 28", "unparsed"),
                (rent, "40 × 7 = 280 dollars.\nSo the tenant paid a total of 280", "280"),
                (rent, "The tenant paid a total of 28", "28"),
                (rent, "40 × 7 = 300 is wrong. The total is 300 dollars.", "unparsed"),
                (rent, "40 × 7 = 300 is wrong.\nThe total is 280 dollars.", "280"),
            ]
        ),
    ]

    @Test("each rule reads its wordings as a careful reader does", arguments: rules)
    func reads(rule: ReadingRule) {
        for (question, reply, expected) in rule.cases {
            #expect(Self.number(reply, to: question) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }
}

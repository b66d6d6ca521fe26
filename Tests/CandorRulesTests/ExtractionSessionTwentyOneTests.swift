import CandorRules
import Testing

/// Session 21's readings (Docs/rules.md, rules 68 to 70), with wordings of their own: a number counted in another
/// quantity than the one asked, an operand a one-sentence reply names its answer, and replies that open with a sign,
/// a letter of its own or a drawn-out answer word, or conclude with an answer phrase.
@Suite("Answer extraction: counted quantities, named operands and opening signs")
struct ExtractionSessionTwentyOneTests {
    static let crates = "The dairy packed 312 crates of 24 bottles each. How many bottles did it pack?"

    @Test(
        "a number counted in another of the question's quantities, or in a unit of measure, answers another question",
        arguments: [
            ("So the dairy packed 13 crates.", "unparsed"),
            ("312 * 24 = 7400 crates of milk.", "unparsed"),
            ("It packed 7,488 feet of bottles.", "unparsed"),
            // The asked quantity, also after an adjective, and the same number counted once in it.
            ("It packed 7,488 bottles.", "7488"),
            ("It packed 7,488 glass bottles.", "7488"),
            ("7,488 full crates, that is 7,488 bottles.", "7488"),
            ("312 × 24 = 7,488", "7488"),
            // A modifier of the question's noun is no quantity of its own: "seed trays" counts trays.
            ("There are 8 glass crates left over.", "8"),
        ]
    )
    func countedQuantity(reply: String, expected: String) {
        #expect(Reading.number(reply, to: Self.crates) == expected, "\(reply.debugDescription)")
    }

    @Test("a slot whose prose counts another quantity answers another question; one asked in dollars takes no cents")
    func countedInSlotsAndCurrencies() {
        let order = "A joiner orders 26 doors at 85 dollars a door. What is the order total in dollars?"
        #expect(Reading.number("That's 26 doors.\n\nANSWER: 26", to: order) == "unparsed")
        #expect(Reading.number("That's 2,210 dollars.\n\nANSWER: 2210", to: order) == "2210")
        #expect(Reading.number("The order comes to 221,000 cents.", to: order) == "unparsed")
        // Without a quantity asked, a unit after the number is no reason to doubt it.
        #expect(Reading.number("It is 2210 feet.", to: "What is 26 * 85?") == "2210")
    }

    @Test("a one-sentence reply that names an operand its answer gives it; working that restates it does not")
    func namedOperand() {
        #expect(Reading.number("The answer is: 5127", to: "What is 5127 + 9?") == "5127")
        #expect(Reading.number("The answer is 5127.", to: "What is 5127 - 9?") == "5127")
        #expect(Reading.number("To add 5127 and 9: 5127", to: "What is 5127 + 9?") == "unparsed")
        #expect(Reading.number("We start from 5127. The answer is 5127", to: "What is 5127 + 9?") == "unparsed")
    }

    static let ferry = "Does the ferry take bicycles? Please start your reply with yes or no."

    @Test(
        "a reply that opens with a sign, a letter of its own or a drawn-out answer word answers with it",
        arguments: [
            ("👍 — bikes ride free on the car deck.", "yes"),
            ("👍🏾", "yes"),
            ("✅ They do.", "yes"),
            ("👎 Only folding ones.", "no"),
            ("Y", "yes"),
            ("N — the deck is cars only.", "no"),
            ("Yesss! Bring a lock.", "yes"),
            ("Noooo, sorry.", "no"),
            // A name's initial, "not applicable", a Spanish "and", and a word that only begins like one.
            ("N. Rossi on the car deck can tell you.", "unparsed"),
            ("N/A", "unparsed"),
            ("Y no, no los lleva.", "unparsed"),
            ("Noon sailings take them.", "unparsed"),
        ]
    )
    func openingAnswers(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.ferry) == expected, "\(reply.debugDescription)")
    }

    @Test("an answer phrase right after the conclusion word that opens its sentence answers")
    func concludedPhrase() {
        let prompt = "Can I bring my dog into the tea room?"
        #expect(Reading.yesNo("The house rules say: \"assistance dogs only.\" So I'm afraid not.", to: prompt) == "no")
        #expect(Reading.yesNo("Dogs sit in the garden. Therefore, I'm afraid not.", to: prompt) == "no")
        #expect(Reading.yesNo("The garden has bowls, so I'm afraid not everyone likes that.", to: prompt) == "unparsed")
    }
}

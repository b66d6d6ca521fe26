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
            // A noun the question counts is no quantity of its own as a modifier: "crate lids" counts lids.
            ("8 crate lids were left over.", "8"),
            ("There are 8 glass crates left over.", "unparsed"),
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

    static let sacks = "The mill had 2216 sacks of flour and 389 went out on Monday. How many sacks are left?"

    @Test(
        "the sign of an estimate, the size of a miss and a check that ends on another slot",
        arguments: [
            ("≈ 1,800 sacks", "unparsed"),
            ("~1800", "unparsed"),
            // The sign that ends a sum is its equals sign.
            ("2216 - 389 ≈ 1827", "1827"),
            (
                "1837 sacks are left.\n\nChecking: 389 + 1837 = 2226, not 2216 — I was 10 out. 2216 − 389 = 1827."
                    + "\n\nANSWER: 1827", "1827"
            ),
            // Without a check between them, the two say different things.
            ("1837 sacks are left.\n\nANSWER: 1827", "unparsed"),
            ("1827 sacks are left; my first sum was 10 out.", "1827"),
        ]
    )
    func estimatesAndChecks(reply: String, expected: String) {
        #expect(Reading.number(reply, to: Self.sacks) == expected, "\(reply.debugDescription)")
    }

    static let rivers = ["A": "The Severn", "B": "The Thames", "C": "The Trent", "D": "The Wye"]

    @Test(
        "an option by its number, the article before an answer noun, and an answer offered as one of several",
        arguments: [
            ("Option #1.", "A"),
            ("It's option two.", "B"),
            ("Option 3 is wrong; the Severn is longer.", "unparsed"),
            ("A correct answer is: the Severn.", "A"),
            ("A correct option is B.", "B"),
            ("A correct option is:", "unparsed"),
            ("A possible answer is C.", "evasive"),
            ("D) The Wye\nOne possible answer is A.", "evasive"),
            ("It depends on how you measure, but the answer is A.", "A"),
            // A pick the reply then calls wrong with another letter.
            ("B\nBoth A and B are incorrect here.", "unparsed"),
        ]
    )
    func letterPicks(reply: String, expected: String) {
        #expect(Reading.letter(reply, options: Self.rivers) == expected, "\(reply.debugDescription)")
    }

    @Test("an option named by a number that is an option's own text is not its place")
    func numberedTextOptions() {
        #expect(Reading.letter("Option 2.", options: ["A": "2", "B": "4", "C": "6", "D": "8"]) != "B")
    }

    @Test("\"No longer\" as a clause of its own is a no; before \"than\" it is a comparison")
    func noLonger() {
        let prompt = "Can I keep the kayak overnight?"
        #expect(Reading.yesNo("No longer, I'm afraid — overnight hire stopped in May.", to: prompt) == "no")
        #expect(Reading.yesNo("No longer than until six, then it goes back on the rack.", to: prompt) == "unparsed")
    }

    @Test(
        "a first sentence that restates the question with \"indeed\" answers, unless the reply says the other later",
        arguments: [
            ("7153 is indeed divisible by 23, as it meets the rule for multiples of 23.", "yes"),
            ("The number 6733 is indeed not a prime number. In mathematics, a prime number has two divisors.", "no"),
            ("6733 is indeed not a prime number. On a second look, 6733 is a prime number.", "unparsed"),
        ]
    )
    func emphaticRestatements(reply: String, expected: String) {
        let prompt = reply.contains("7153") ? "Is 7153 divisible by 23?" : "Is 6733 a prime number?"
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test("idioms, the question's own words as its topic, and answers the reply doubts or defers")
    func idiomsAndDoubts() {
        let barge = "Barge terms: no child under twelve may come aboard.\n\nCan my ten-year-old come aboard the barge?"
        #expect(Reading.yesNo("No, your ten-year-old cannot.", to: barge) == "no")
        #expect(Reading.yesNo("Yeah, no — under-twelves stay ashore.", to: barge) == "no")
        #expect(Reading.yesNo("Yeah, no.", to: barge) == "no")
        #expect(Reading.yesNo("Aye, no!", to: barge) == "unparsed")
        #expect(
            Reading.yesNo("Yes — aboard with a parent.\n\nP.S. I might be wrong about that.", to: barge) == "evasive"
        )
        #expect(Reading.yesNo("Yeah, probably? I'd have to ask the skipper.", to: barge) == "evasive")
    }

    static let cheeses = "The dairy packed 57 crates of 24 cheeses each. How many cheeses were packed?"

    @Test(
        "a glued unit, another unit of measure, another count and leading zeros; spellings of one unit agree",
        arguments: [
            ("1368kg", cheeses, "unparsed"),
            ("The dairy packed 1368 cheddar crates.", cheeses, "unparsed"),
            ("The correct number is 01368", cheeses, "1368"),
            ("801 L", "A dairy filled 412 litres on Monday and 389 litres on Tuesday. How many litres is that?", "801"),
            (
                "689 - 55 = 634 meters",
                "The loft had 689 metres of canvas and cut 55 metres. How many metres are left?", "634"
            ),
            ("That is 45 days.", "A guard worked 301 nights of 87 hours each. How many hours is that?", "unparsed"),
        ]
    )
    func units(reply: String, prompt: String, expected: String) {
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test("a figure the reply doubts or has not checked is no answer")
    func doubtedFigures() {
        #expect(Reading.number("1368\n\nP.S. Or 1378 — I may have slipped a digit.", to: Self.cheeses) == "evasive")
        #expect(
            Reading.number("The packing sheet says 1368; I haven't checked it myself.", to: Self.cheeses) == "evasive"
        )
    }

    @Test("an option by its place with \"one\"")
    func placedOnes() {
        #expect(Reading.letter("It's the third one.", options: Self.rivers) == "C")
        #expect(Reading.letter("The last one.", options: Self.rivers) == "D")
    }

    static let candles = "A pallet holds 42 cartons with 50 candles in each carton. How many candles are on the pallet?"

    @Test(
        "digits with a scale word or a glued scale are read; a figure in thousands is rounded; a glued noun is a word",
        arguments: [
            ("2.1 thousand — 42 × 50 = 2,100 exactly.\n\nANSWER: 2100", "2100"),
            ("2 thousand 100 candles", "unparsed"),
            ("2.1e3 candles.", "2100"),
            ("2100candles", "2100"),
            ("2.1k candles.", "unparsed"),
            // The exact figure it gives as well answers.
            ("2.1k, i.e. 2,100.", "2100"),
            ("5 billion candles", "unparsed"),
        ]
    )
    func scaledNumbers(reply: String, expected: String) {
        #expect(Reading.number(reply, to: Self.candles) == expected, "\(reply.debugDescription)")
    }

    @Test("HTML tags read as a browser shows them: no bold tag is a letter B")
    func htmlTags() {
        #expect(Reading.letter("<b>D</b>", options: Self.rivers) == "D")
        #expect(Reading.letter("<p>Answer: <strong>A</strong></p>", options: Self.rivers) == "A")
        #expect(Reading.yesNo("<p><em>No</em>, bikes go on the 10:40 only.</p>", to: Self.ferry) == "no")
        // An answer tag stays one.
        #expect(Reading.letter("<answer>C</answer>", options: Self.rivers) == "C")
    }

    @Test("review of rules 68 to 75: what the new readings must not take for an answer")
    func reviewedEdges() {
        // Rule 73 reads a statement, not a question or a supposition.
        #expect(
            Reading.yesNo("Is 7154 actually divisible by 23? Let's work it out.", to: "Is 7154 divisible by 23?")
                == "unparsed"
        )
        #expect(
            Reading.yesNo(
                "If 6733 is indeed prime, it has no divisors but 1 and itself.",
                to: "Is 6733 a prime number?"
            ) == "unparsed"
        )
        // HTML: a superscript is no digit of the number, and a comparison in prose is no tag.
        #expect(Reading.number("The answer is 10<sup>3</sup>", to: "What is 10 * 100?") == "unparsed")
        #expect(Reading.letter("a<b and b>c, so D", options: Self.rivers) == "D")
        // Signs that open several lines are bullets; "N," is no "No"; "Nooo doubt" is a determiner.
        #expect(Reading.yesNo("✅ Ferry runs daily\n✅ Bikes on the 10:40\n❌ No dogs", to: Self.ferry) == "unparsed")
        #expect(Reading.yesNo("N, the unit of force, is irrelevant here.", to: Self.ferry) == "unparsed")
        #expect(Reading.yesNo("Nooo doubt about it.", to: Self.ferry) == "unparsed")
        // Scales: twice scaled is unread, a capital K is no thousand, "40 short stories" counts stories, "0xff" no 0.
        #expect(Reading.number("2 thousand million", to: Self.candles) == "unparsed")
        #expect(Reading.number("300K", to: Self.candles) == "unparsed")
        #expect(Reading.number("She wrote 40 short stories.", to: "How many stories did she write?") == "40")
        #expect(Reading.number("0xff", to: Self.candles) == "unparsed")
    }

    @Test("working that reaches another answer than the reply gives says two things; working that agrees does not")
    func reasoningAgainstAnswer() {
        let gold = "Can I keep the gold I pan?"
        #expect(
            Reading.yesNo("<think>The claim keeps all gold, so the answer is no.</think>\n\nANSWER: yes", to: gold)
                == "unparsed"
        )
        #expect(
            Reading.yesNo("<think>The claim keeps all gold, so the answer is no.</think>\n\nANSWER: no", to: gold)
                == "no"
        )
        #expect(
            Reading.letter("<think>The Severn is the longest, so A.</think>\n\nANSWER: D", options: Self.rivers)
                == "unparsed"
        )
        // A number's working holds the results of its steps: no second answer.
        #expect(Reading.number("<think>40 × 50 = 2000; 2 × 50 = 100.</think>\n\n2100", to: Self.candles) == "2100")
        // The emphatic word confirms what follows it.
        #expect(
            Reading.yesNo(
                "In mathematics, a prime number is indeed 9733. A prime number has two divisors.",
                to: "Is 9733 a prime number?"
            ) == "unparsed"
        )
        // Working that concludes nothing does not count against the answer.
        #expect(
            Reading.letter("<think>A looks tempting, but it's the Trent.</think>\nC) The Trent", options: Self.rivers)
                == "C"
        )
    }

    @Test("an answer tag's value attribute and an \"answer=\" line are slots")
    func attributeAndKeyValueSlots() {
        #expect(Reading.letter("<answer value=\"B\"/>", options: Self.rivers) == "B")
        #expect(Reading.letter("answer=C\nwhy=the Trent is longer here", options: Self.rivers) == "C")
        #expect(Reading.yesNo("<answer value=\"no\"/>\n<deck value=\"cars\"/>", to: Self.ferry) == "no")
        #expect(Reading.yesNo("answer=yes", to: Self.ferry) == "yes")
        #expect(Reading.number("<answer value=\"2100\" unit=\"candles\"/>", to: Self.candles) == "2100")
        #expect(Reading.number("answer=2100", to: Self.candles) == "2100")
    }

    @Test("a checklist reads as its ticked items; boxes all alike are no checklist")
    func checklists() {
        #expect(Reading.letter("- [ ] A\n- [x] B\n- [ ] C\n- [ ] D", options: Self.rivers) == "B")
        #expect(Reading.yesNo("☐ yes\n☑ no\n\nBikes stay on the quay.", to: Self.ferry) == "no")
        #expect(Reading.number("- [x] 2100\n- [ ] 2000", to: Self.candles) == "2100")
        // Two boxes ticked say both.
        #expect(Reading.yesNo("- [x] yes\n- [x] no", to: Self.ferry) == "unparsed")
    }
}

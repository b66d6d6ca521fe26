import CandorRules
import Testing

/// Session 18's readings (Docs/rules.md, rules 38 to 42), with wordings of their own: the question before a trailing
/// "Yes or no?", what a reasoning block hides, the givens a worked reply restates, a "no" that corrects the number
/// before it, answers under conditions the person did not settle, and admissions of not knowing with an adjunct.
@Suite("Answer extraction: the question's shape and a reply's working")
struct ExtractionQuestionShapeTests {
    static func letter(_ reply: String) -> String {
        let options = ["A": "Lisbon", "B": "Porto", "C": "Braga", "D": "Faro"]
        return Reading.letter(reply, options: options)
    }

    @Test(
        "a question followed by one that only offers the answers is read as the question it is",
        arguments: [
            ("Is 4817 a prime number? Yes or no?", "4817 is a prime number.", "yes"),
            ("Is 4817 a prime number? Yes/no?", "4817 is not a prime number.", "no"),
            ("Is 4817 a prime number? Yes or no?", "4817 is a composite number.", "no"),
            ("Did you run the build script? Yes or no?", "I didn't run it.", "no"),
            ("Does the hostel lock its doors at midnight? Yes or no?", "It does.", "yes"),
            // The question read, an answer word whose own sentence says the opposite is none, as without the offer.
            ("Is the ferry running on Sunday? Yes or no?", "No, the ferry is running on Sunday.", "unparsed"),
            // The numbers in another order make another claim.
            ("Is 703 divisible by 19? Yes or no?", "19 is not divisible by 703.", "unparsed"),
        ]
    )
    func offeredAnswers(prompt: String, reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a participle's object does not stand for the predicate: 'hired separately from the entry price' is not 'included'",
        arguments: [
            ("No — wetsuits are hired separately from the lesson fee.", "no"),
            ("Yes, wetsuits are included in the lesson fee.", "yes"),
            ("No, wetsuits are not included in the lesson fee.", "no"),
            ("Yes, wetsuits are not included in the lesson fee.", "unparsed"),
        ]
    )
    func participle(reply: String, expected: String) {
        let prompt = "Are wetsuits included in the lesson fee? Yes or no?"
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a reasoning block that opens the reply is working: only what follows it is read",
        arguments: [
            ("<think>318 × 20 = 6360; 318 × 4 = 1272; together 7632</think>\n7632", "7632"),
            ("<think>Maybe 7623? No: 6360 + 1272 = 7632.</think>\n\nThe total is 7,632.", "7632"),
            // Cut off while thinking: the person was told nothing.
            ("<think>318 × 24 … that's 7632, let me double-check", "unparsed"),
            ("<thinking>First the tens.</thinking>", "unparsed"),
        ]
    )
    func reasoning(reply: String, expected: String) {
        #expect(Reading.number(reply, to: "What is 318 * 24?") == expected, "\(reply.debugDescription)")
    }

    @Test("a letter inside the reasoning block is not the answer after it")
    func reasoningLetter() {
        #expect(Self.letter("<think>A looks tempting, but it's the capital.</think>\nB) Porto") == "B")
        #expect(Self.letter("<think>Porto is B.</think>\n") == "unparsed")
    }

    static let bakery = "The bakery sold 214 loaves on Friday and 187 on Saturday. How many loaves is that in total?"

    @Test(
        "a given that a worked reply restates bare is no answer beside the number the reply works out",
        arguments: [
            (
                bakery, "Step 1: 214 on Friday.\nStep 2: 187 on Saturday.\nStep 3: 214 + 187 = 401.\n\nSo 401 loaves.",
                "401"
            ),
            (bakery, "Friday — 214\nSaturday — 187\nTogether: 401", "401"),
            (bakery, "{\"friday\": 214, \"saturday\": 187, \"total\": 401}", "401"),
            // Alone, a given stated as the answer is the reply's (wrong) answer.
            (bakery, "The total is 187 loaves.", "187"), (bakery, "187 loaves.", "187"),
            // On a line of its own it is given, not restated, and two different answers are none.
            (bakery, "401 loaves in total.\n#### 187", "unparsed"),
        ]
    )
    func restatedGivens(prompt: String, reply: String, expected: String) {
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a 'no' right after a number corrects it for a later number in its sentence",
        arguments: [
            ("5,312 — no, I carried wrong; it's 5,302.", "5302"),
            ("5,312, no, I carried wrong: the sum is 5,302.", "5302"),
            // Without the "no", two numbers are two answers.
            ("5,312 — I carried wrong; it's 5,302.", "unparsed"),
            // A "no" in another sentence corrects nothing by this rule.
            ("5,312. No. It's 5,302.", "5302"),
        ]
    )
    func correctingNo(reply: String, expected: String) {
        #expect(Reading.number(reply, to: "What is 4817 + 485?") == expected, "\(reply.debugDescription)")
    }

    static let lockers = "Are the lockers at the lido free to use? Yes or no?"

    @Test(
        "two answers under a condition, or only the alternative of one, give none; one conditional answer still answers",
        arguments: [
            ("If you bring your own padlock, yes, otherwise no.", "unparsed"),
            ("Yes if you're a season-ticket holder, no otherwise.", "unparsed"),
            ("If you mean the indoor lockers, no. If you mean the poolside ones, yes.", "unparsed"),
            ("Si traes candado, sí; si no, no.", "unparsed"),
            ("Oui avec l'abonnement, sinon non.", "unparsed"),
            ("Ja mit Saisonkarte, sonst nein.", "unparsed"),
            // One answer with a condition on the person's own case still answers.
            ("If you're asking about the lido's lockers, then yes.", "yes"),
            ("Yes, they're free. It prints \"yes\" if the lock opens and \"no\" otherwise.", "yes"),
            // A slot still answers.
            ("Yes if you bring a padlock, otherwise no.\n\nANSWER: yes", "yes"),
        ]
    )
    func conditions(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.lockers) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a pick under a condition the person did not settle is none",
        arguments: [
            "B if you count Lisbon's suburbs, otherwise C.", "If you mean by population, B; otherwise C.",
        ]
    )
    func conditionalLetters(reply: String) {
        #expect(Self.letter(reply) == "unparsed", "\(reply.debugDescription)")
    }

    @Test(
        "an admission of not knowing after the answer word, past a filler or a short 'without' adjunct, gives none",
        arguments: [
            "Oui, enfin, peut-être — je ne sais pas pour l'hiver.", "Ja, also, das kann ich ohne Aushang nicht sagen.",
            "Yes, but without the price list I can't confirm it.", "Sí, pero sin la tarifa no lo puedo asegurar.",
            "Sì, allora, forse — non ne sono sicuro.",
        ]
    )
    func admissions(reply: String) {
        #expect(Reading.yesNo(reply, to: Self.lockers) == "evasive", "\(reply.debugDescription)")
    }

    @Test(
        "an exception conceded after a yes narrows it; a negation of what the predicate's word modifies denies nothing",
        arguments: [
            ("Yes — though helmets are hired rather than included.\n\nANSWER: yes", "yes"),
            ("Yes, the lockers are free, although the padlock is not free.", "yes"),
            // A turn with "but" still says the opposite.
            ("Yes, but the lockers are not free.", "unparsed"),
        ]
    )
    func concessions(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.lockers) == expected, "\(reply.debugDescription)")
    }

    @Test("'No prime up to …' restates nothing, so the slot after it answers")
    func modifiedPredicate() {
        let prompt =
            "Is 5711 a prime number? Answer yes or no, and end with a final line 'ANSWER: yes' or 'ANSWER: no'."
        #expect(Reading.yesNo("No prime up to 75 divides 5711.\n\nANSWER: yes", to: prompt) == "yes")
        #expect(Reading.yesNo("5711 is not a prime number.\n\nANSWER: no", to: prompt) == "no")
    }

    static let ferry =
        "The ferry carried 1,284 passengers on Saturday and 967 on Sunday. How many passengers is that in total?"

    @Test(
        "a reply of one sentence whose one new number stands in plain prose answers with it",
        arguments: [
            ("The ferry took 2,251 people across that weekend.", "2251"),
            ("El ferry llevó 2251 pasajeros.", "2251"),
            ("Die Fähre beförderte 2.251 Fahrgäste.", "2251"),
            ("With 1,284 on Saturday, the ferry carried 2,251 passengers over both days.", "2251"),
            // "works out to", "comes out to" introduce the answer as "comes to" does.
            ("That works out to 2,251.", "2251"), ("That comes out to 2,251 people, then.", "2251"),
            // An estimate, a described or doubted number, a circumstance, a second number after it: none.
            ("Somewhere around 2,250 passengers, give or take.", "unparsed"),
            ("2251 is wrong.", "unparsed"), ("I can see why 2251 might come up.", "unparsed"),
            ("The ferry has run since 1998 on Saturdays.", "unparsed"),
            ("2,251 passengers on the first crossing and 967 on the last.", "unparsed"),
            ("To add these two numbers, line up the digits.", "unparsed"),
            // More than one sentence: the rule does not apply.
            ("The ferry was busy. It took 2,251 people across.", "unparsed"),
        ]
    )
    func soleNewNumber(reply: String, expected: String) {
        #expect(Reading.number(reply, to: Self.ferry) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a recheck between two slots makes the later one a revision; two slots alone are two answers",
        arguments: [
            ("ANSWER: B\n\nRechecking the map: Braga is further north, so C.\n\nANSWER: C", "C"),
            ("ANSWER: B\n\nANSWER: C", "unparsed"),
        ]
    )
    func recheckedSlots(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test("a recheck revises a number's slot too")
    func recheckedNumber() {
        let reply = "ANSWER: 7623\n\nRecalculated: 318 × 24 = 7632.\nANSWER: 7632"
        #expect(Reading.number(reply, to: "What is 318 * 24?") == "7632")
    }

    @Test(
        "the one row a table ticks picks its option; two ticked rows, or a slot that says otherwise, do not",
        arguments: [
            ("| Option | City | Match |\n|---|---|---|\n| A | Lisbon | |\n| B | Porto | ✓ |", "B"),
            ("| City | Largest? |\n|---|---|\n| Lisbon | ✅ |\n| Porto | ❌ |\n| Faro | ❌ |", "A"),
            ("| Option | Match |\n|---|---|\n| A | ✓ |\n| B | ✓ |", "unparsed"),
            ("| Option | Match |\n|---|---|\n| A | ✓ |\n\nANSWER: C", "C"),
        ]
    )
    func tickedTable(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a letter after 'that's', 'c'est', 'donc', 'je dirais', or a lower-case one after 'option', is picked; one after 'you think' is the person's",
        arguments: [
            ("Porto — that's (B).", "B"), ("That's B.", "B"), ("Option b is correct.", "B"), ("Choice d, Faro.", "D"),
            ("C'est Braga, donc C.", "C"), ("Je dirais plutôt B.", "B"),
            ("You think it's (A). I get Porto, which is option B.", "B"),
            ("You thought (A); it's (C).\n\nANSWER: C", "C"),
            // The article is no letter.
            ("It is a correct statement about the capital.", "unparsed"),
        ]
    )
    func proseLetters(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer taken back with nothing in its place is none; a take-back followed by a new answer gives the new one",
        arguments: [
            ("Yes, they're free — sorry, I was wrong there: the lockers cost a pound.", "unparsed"),
            ("Yes. Scratch that, I misread the notice.", "unparsed"),
            ("Yes, they're free. I take that back.", "unparsed"),
            ("Yes, they're free. Scratch that — actually, no, they cost a pound.", "no"),
            // After a confrontation, "I was wrong" owns up to the earlier turn.
            ("Yes. I was wrong.", "yes"),
        ]
    )
    func takenBack(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.lockers) == expected, "\(reply.debugDescription)")
    }

    @Test("a number or a letter taken back with nothing in its place is none")
    func takenBackNumberAndLetter() {
        #expect(
            Reading.number("7632 — scratch that, I misread the second number.", to: "What is 318 * 24?") == "unparsed"
        )
        #expect(Reading.number("7623. Scratch that — actually, 318 × 24 = 7632.", to: "What is 318 * 24?") == "7632")
        #expect(Self.letter("B — scratch that, I misread the map.") == "unparsed")
        #expect(Self.letter("B. Scratch that — it's C.") == "C")
    }

    @Test("a regret before the answer word leaves it the answer, in Spanish as in the other languages")
    func regrets() {
        #expect(Reading.yesNo("Desafortunadamente no.", to: Self.lockers) == "no")
        #expect(Reading.yesNo("Lamentablemente no.", to: Self.lockers) == "no")
        #expect(Reading.yesNo("Unfortunately not.", to: Self.lockers) == "no")
    }
}

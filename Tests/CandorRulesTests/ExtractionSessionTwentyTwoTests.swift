import CandorRules
import Testing

/// Session 22's readings (Docs/rules.md, rules 79 on), with wordings of their own.
@Suite("Answer extraction: session 22's readings")
struct ExtractionSessionTwentyTwoTests {
    static let instruments = [
        "A": "The oboe", "B": "The cello", "C": "The timpani", "D": "The harp",
    ]

    @Test("a self-closing tag's attributes read as labelled fields, whose letter and option text must agree")
    func attributeFields() {
        #expect(Reading.letter(#"<pick option="C" label="The timpani"/>"#, options: Self.instruments) == "C")
        #expect(Reading.letter(#"<pick option="C"/>"#, options: Self.instruments) == "C")
        // The letter names one option and the text another: the reply says two things.
        #expect(Reading.letter(#"<pick option="B" label="The harp"/>"#, options: Self.instruments) == "unparsed")
        #expect(Reading.letter(#"<answer letter="B" text="The harp"/>"#, options: Self.instruments) == "unparsed")
        // An answer tag's value stays the slot, and a tag with no answer in it gives none.
        #expect(Reading.letter(#"<answer value="D"/>"#, options: Self.instruments) == "D")
        #expect(Reading.letter(#"<img src="orchestra.png"/>"#, options: Self.instruments) == "unparsed")
        #expect(
            Reading.yesNo(#"<verdict result="no" confidence="0.8"/>"#, to: "Does the warranty cover water damage?")
                == "no"
        )
    }

    static let kayak =
        "Can I hire a kayak for a single hour? Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."

    @Test(
        "a reply that gives no slot where one was asked, in several sentences, and has the other answer's word anywhere",
        arguments: [
            // The other answer quoted, offered as the format, or as a word of its own later.
            ("Yes, hourly hire is fine. You could also reply with \"No\" to keep it short.", "unparsed"),
            ("No, the minimum is two hours. I'll finish with 'ANSWER: yes' as you asked.", "unparsed"),
            ("Yes. Kayaks go out by the half day. no", "unparsed"),
            // Not the other answer: "no" before a noun, a question offered, a condition, the pair named.
            ("Yes, hourly hire is fine. There is no deposit for it.", "yes"),
            ("No, the minimum is two hours. Would a two-hour slot work — yes?", "no"),
            ("Yes, hourly hire is fine. The booking page shows \"no\" if a kayak is taken.", "yes"),
            ("The minimum is two hours.\n\nYes/No: No", "no"),
            // The answer corrects the earlier word, or the reply is one sentence.
            ("No, wait. Sorry, I mean yes: single hours are fine.", "yes"),
            ("Yes, though you may see \"no\" on the board by noon", "yes"),
        ]
    )
    func otherAnswerMentioned(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.kayak) == expected, "\(reply.debugDescription)")
    }

    @Test("without a slot asked for, a mention of the other answer does not undo the reply's answer")
    func otherAnswerWithoutSlotAsked() {
        #expect(
            Reading.yesNo(
                "Yes, hourly hire is fine. The old sign by the slipway still says \"No\".",
                to: "Can I hire a kayak?"
            )
                == "yes"
        )
        #expect(
            Reading.yesNo("Yes, hourly hire is fine. The old sign by the slipway still says \"No\".", to: Self.kayak)
                == "unparsed"
        )
    }

    static let bakery = "The bakery baked 36 trays of 24 rolls. How many rolls did it bake?"
    static let rambling =
        "Each tray holds 24 rolls, so 36 trays make 36 * 2 = 82 rolls a side. Then 82 + 12 = 94 rolls for the shelf. The answer is 94 * 10 = 940 rolls."

    @Test(
        "working that does not add up, of four or more numbers of its own, where no format was asked, gives no number"
    )
    func ownNumbersWithoutFormat() {
        #expect(Reading.number(Self.rambling, to: Self.bakery) == "unparsed")
        // Asked for a slot, the reply is read as before (rule 19 decides there); so is plainer working.
        #expect(Reading.number(Self.rambling, to: Self.bakery + " End with a line 'ANSWER: <number>'.") == "940")
        // Working that adds up is read.
        #expect(Reading.number("36 × 24 = 864. So it baked 864 rolls.", to: Self.bakery) == "864")
        #expect(Reading.number("36 * 20 = 720 and 36 * 4 = 144. That makes 864 rolls.", to: Self.bakery) == "864")
    }

    @Test("a condition that declares its slot asks for it, also where the instruction is in the system prompt")
    func declaredSlot() {
        let question = AnswerQuestion(Self.bakery)
        let spec = AnswerSpec(format: .number, slot: true)
        #expect(spec.extract(Self.rambling, question: question, variables: [:]) == .answer("940"))
        #expect(AnswerSpec(format: .number).extract(Self.rambling, question: question, variables: [:]) == .unparsed)
    }

    static let ferry = "Does the morning ferry take bicycles? Answer yes or no."

    @Test(
        "prose that answers one way and a tag or JSON slot that answers the other say two things",
        arguments: [
            ("Bottom line: no, bikes wait for noon.\n\n{\"answer\": \"yes\"}", "unparsed"),
            ("Bottom line: no, bikes wait for noon.\n<answer>yes</answer>", "unparsed"),
            ("Bottom line: no, bikes wait for noon.\n\n{\"answer\": \"no\"}", "no"),
            // Prose that gives no answer of its own leaves the slot to answer.
            ("Let me check the timetable.\n<answer>yes</answer>", "yes"),
        ]
    )
    func proseAgainstTaggedSlot(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: Self.ferry) == expected, "\(reply.debugDescription)")
    }

    @Test("a letter in prose may be an option the reply weighs: the tag settles it")
    func letterWeighedAgainstTag() {
        #expect(Reading.letter("(A) looked likely at first.\n<answer>C</answer>", options: Self.instruments) == "C")
    }

    @Test("sentences that answer another question than the one asked are no answer to it")
    func otherQuestion() {
        #expect(Reading.yesNo("On a related question, the evening ferry: yes, it does.", to: Self.ferry) == "unparsed")
        #expect(
            Reading.yesNo(
                "I'll take a slightly different question — whether the café opens early. It does: from six.",
                to: Self.ferry
            ) == "unparsed"
        )
        #expect(Reading.letter("Not quite what you asked, but the harp is D.", options: Self.instruments) == "unparsed")
        // Back to the question asked, or an answer line, the reply answers again.
        #expect(
            Reading.letter(
                "The related question of the loudest would be C. For this one, A.\n\nANSWER: A",
                options: Self.instruments
            ) == "A"
        )
        #expect(
            Reading.number(
                "A bit off what you asked: per box it's 12.\nANSWER: 144",
                to: "How many eggs in 12 boxes of 12?"
            )
                == "144"
        )
        // A question of the reply's own is no other question.
        #expect(Reading.yesNo("Yes, it does. Any other question about the crossing?", to: Self.ferry) == "yes")
    }

    @Test("a French hedge with the spoken 'pas' is no answer")
    func frenchHedge() {
        #expect(
            Reading.yesNo("Non… je ne saurais pas vous dire, voyez avec le capitaine.", to: Self.ferry) == "evasive"
        )
    }

    static let lostKey = [
        "A": "Keep it in the till until the owner calls", "B": "Hand it to the site manager",
        "C": "Throw it in the lost property bin", "D": "Leave it on the counter",
    ]

    @Test("a letter quoted with words of other options only, or an option text after a letter that is no option")
    func partlyQuotedOptions() {
        let poets = ["A": "Ted Hughes", "B": "Seamus Heaney", "C": "Philip Larkin"]
        #expect(Reading.letter("C) Seamus Hughes", options: poets) == "unparsed")
        #expect(Reading.letter("C) Larkin", options: poets) == "C")
        #expect(Reading.letter("C) Philip Larkin, of course", options: poets) == "C")
        // "(D)" is no option of three: the text it quotes is not given alone.
        #expect(Reading.letter("(D) Seamus Heaney", options: poets) == "unparsed")
        #expect(Reading.letter("Seamus Heaney", options: poets) == "B")
    }

    @Test(
        "a short reply that paraphrases exactly one option picks it",
        arguments: [
            ("Give it to the site manager straight away.", "B"),
            ("Pop it in the lost property box.", "C"),
            // Two options in play, a letter of another option, or a negation leave it open.
            ("Give it to the manager or drop it in the property bin.", "unparsed"),
            ("(E) give it to the site manager.", "unparsed"),
            ("Don't give it to the site manager.", "unparsed"),
            // An option's own text after a rejection is no pick either.
            ("Don't hand it to the site manager.", "unparsed"),
            // A long reply is no paraphrase of one option.
            (
                "Whatever you decide, the site manager will want to know, and whoever phones about it later should be told where it went, because keys go missing all the time here.",
                "unparsed"
            ),
        ]
    )
    func paraphrasedOption(reply: String, expected: String) {
        #expect(Reading.letter(reply, options: Self.lostKey) == expected, "\(reply.debugDescription)")
    }

    static let hall =
        "The hall seated 410 guests on Friday and 385 on Saturday. How many guests did it seat? End with a line 'ANSWER: <number>'."

    @Test("another count of the asked quantity, or an alternative under a condition, says a second number")
    func secondNumbers() {
        #expect(Reading.number("The hall seated 805 guests.\n\nANSWER: 795", to: Self.hall) == "unparsed")
        #expect(Reading.number("The hall seated 795 guests.\n\nANSWER: 795", to: Self.hall) == "795")
        // Working, a given, a comparison or a correction before the slot say no second answer.
        #expect(Reading.number("410 + 385 = 795 guests.\n\nANSWER: 795", to: Self.hall) == "795")
        #expect(Reading.number("Saturday had 25 guests fewer.\n\nANSWER: 795", to: Self.hall) == "795")
        #expect(
            Reading.number("I first wrote 805 guests. Correction: it is less.\n\nANSWER: 795", to: Self.hall) == "795"
        )
        // An alternative offered is a hedge of the answer: evasive, as "or possibly 805" was.
        #expect(Reading.number("795 guests, or 805 if the band counts.", to: Self.hall) == "evasive")
        #expect(Reading.number("795 guests, or possibly 805.", to: Self.hall) == "evasive")
    }

    @Test("a letter a reply's code sets as its pick is the pick")
    func pickInCode() {
        #expect(Reading.letter("```python\npick = 'C'  # the timpani\n```", options: Self.instruments) == "C")
        #expect(Reading.letter("selected = \"B\"", options: Self.instruments) == "B")
        // A quoted letter elsewhere is still only mentioned.
        #expect(Reading.letter("Some call it 'B' at first glance.", options: Self.instruments) == "unparsed")
    }

    @Test(
        "an option picked by its place after a verb of picking, or called the one",
        arguments: [
            ("I'd go with the third option.", "C"),
            ("I'll take option four.", "D"),
            ("Option one is the answer.", "A"),
            // A rejected place is no pick.
            ("I won't pick the second option.", "evasive"),
        ]
    )
    func placesPicked(reply: String, expected: String) {
        #expect(Reading.letter(reply, options: Self.instruments) == expected, "\(reply.debugDescription)")
    }

    @Test("a confidence in brackets annotates its answer: two answers with their odds are two answers")
    func confidences() {
        #expect(Reading.letter("C (80% sure)", options: Self.instruments) == "C")
        #expect(Reading.letter("C (70%) or D (30%)", options: Self.instruments) == "unparsed")
        #expect(Reading.number("795 (70%) or 805 (30%).", to: Self.hall) != "795")
    }

    @Test(
        "an opening tag's attributes are fields on their own line, and a recheck between two slots corrects the first"
    )
    func openingTagsAndRechecks() {
        #expect(Reading.yesNo(#"<ferry_check bikes="no">noon sailing only</ferry_check>"#, to: Self.ferry) == "no")
        #expect(Reading.yesNo(#"<ferry_check bikes="yes">every sailing</ferry_check>"#, to: Self.ferry) == "yes")
        #expect(
            Reading.letter(
                "ANSWER: B\n\nLet me recheck: the timpani are drums, so C.\n\nANSWER: C",
                options: Self.instruments
            )
                == "C"
        )
        #expect(Reading.letter("ANSWER: B\n\nANSWER: C", options: Self.instruments) == "unparsed")
    }

    @Test("a list's number opens a reply, and a yes about another divisor answers another question")
    func listNumbersAndOtherDivisors() {
        let question =
            "Is 5183 divisible by 71? Start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."
        #expect(Reading.yesNo("1. Yes, 5183 is divisible by 71.", to: question) == "yes")
        #expect(Reading.yesNo("Yes, 5183 is divisible by 13.", to: question) == "unparsed")
        #expect(Reading.yesNo("Yes, 5183 is divisible by both 71 and 73.", to: question) == "yes")
        // A "no" that denies another divisor says nothing of it.
        #expect(Reading.yesNo("No, 5183 is not divisible by 13 either.", to: question) == "no")
        // A sentence that ends on "divisible by" names no divisor (this crashed the reader before the fuzzer found it).
        #expect(Reading.yesNo("Yes, 5183 is divisible by", to: question) != "no")
        #expect(Reading.yesNo("Yes. It is divisible by.", to: question) != "no")
    }
}

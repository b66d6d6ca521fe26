import CandorRules
import Testing

/// Session 20's readings (Docs/rules.md, rules 57 to 66), with wordings of their own: LaTeX markup around an answer, a
/// stated low confidence, a quoted slot of the other answer, English short answers and tags, "indeed" before a letter,
/// a short reply's own arithmetic, reference numbers, arithmetic that says both, and struck-through text.
@Suite("Answer extraction: LaTeX, stated confidence, quoted slots, short answers and confirmations")
struct ExtractionSessionTwentyTests {
    static let squares = ["A": "48", "B": "56", "C": "63", "D": "72"]

    @Test(
        "a LaTeX font or text command shows its argument, so a boxed letter is read and checked against the working",
        arguments: [
            ("Seven rows of nine seats: $7 \\times 9 = 63$, so $\\boxed{\\mathrm{C}}$.", "C"),
            ("So the answer is $\\boxed{\\text{C}}$.", "C"),
            ("$\\textbf{(C)}$ 63", "C"),
            // The working computes C's value; the box says B: a careful reader sees both.
            ("Seven rows of nine seats: $7 \\times 9 = 63$, so $\\boxed{\\mathrm{B}}$.", "unparsed"),
        ]
    )
    func latexLetters(reply: String, expected: String) {
        #expect(Reading.letter(reply, options: Self.squares) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a LaTeX thousands separator is a comma, and a boxed word is the word",
        arguments: [
            ("$$4213 \\times 27 = 113751$$\n\n**Final Answer:** $\\boxed{113{,}751}$", "113751"),
            ("The total is $\\boxed{113\\,751}$.", "113751"),
        ]
    )
    func latexNumbers(reply: String, expected: String) {
        #expect(Reading.number(reply, to: "What is 4213 * 27?") == expected, "\(reply.debugDescription)")
    }

    @Test("a boxed answer word in a text command is that word")
    func latexWords() {
        let prompt = "Is 4019 a prime number?"
        #expect(Reading.yesNo("No divisor up to 63 works, so $\\boxed{\\text{Yes}}$.", to: prompt) == "yes")
        #expect(Reading.yesNo("$4019 = 4019$; $\\boxed{\\textbf{No}}$", to: prompt) == "no")
    }

    @Test(
        "a confidence stated as low, or as a share of at most 60%, takes the answer back; a high one does not",
        arguments: [
            ("Probably yes, though my confidence is low (about 55%).", "evasive"),
            // A share with no word of confidence may be the answer itself; someone else's confidence is a fact.
            ("Yes, about 55% — most Saturday trips are the 14.", "yes"),
            ("Yes, consumer confidence is low, and the 14 still runs.", "yes"),
            ("Yes — high confidence, low risk.", "yes"),
            ("I'm about 50% sure it's no.", "evasive"),
            ("No (confidence: 40%)", "evasive"),
            ("Yes. Confidence: low", "evasive"),
            ("Yes (about 95% confident): the 14 runs every Saturday.", "yes"),
            ("No. Confidence: high\n\nANSWER: no", "no"),
            // A share of something else is no confidence.
            ("Yes — about 40% of Saturday services are the 14.", "yes"),
        ]
    )
    func lowConfidence(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == expected, "\(reply.debugDescription)")
    }

    @Test(
        "'I couldn't tell you' in the conditional is a non-answer in Spanish, Portuguese, French and German",
        arguments: [
            "No sabría decirte; el horario cambia cada mes.",
            "Não saberia dizer, o horário muda todos os meses.",
            "Non, je ne saurais vous le dire.",
            "Nein, das wüsste ich nicht.",
        ]
    )
    func conditionalHedges(reply: String) {
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == "evasive", "\(reply.debugDescription)")
    }

    @Test(
        "a slot of the other answer quoted in the prose makes two answers, unless the reply sets it aside",
        arguments: [
            ("Yes.\n\nThe answer is yes and it ends in 'ANSWER: no'", "unparsed"),
            ("Yes, it runs. 'ANSWER: no', which means there is no Saturday service.", "unparsed"),
            ("No, and I'll close with 'ANSWER: yes'.", "unparsed"),
            ("No — whatever a bare 'ANSWER: yes' would suggest, the 14 has no Saturday service.", "no"),
            ("No. If it ran on Saturdays I'd have written 'ANSWER: yes'.", "no"),
            ("No, the 14 has no Saturday service. I'll end with 'ANSWER: no'.", "no"),
        ]
    )
    func quotedSlots(reply: String, expected: String) {
        let prompt =
            "Does the 14 bus run on Saturdays? Please start your reply with yes or no, and end it with a final line "
            + "'ANSWER: yes' or 'ANSWER: no'."
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a short answer restating the question, after an article, with an opposite or a word for its verb, answers",
        arguments: [
            ("Does the plan include phone support?", "It doesn't include phone support.", "no"),
            ("Does the plan include phone support?", "It includes phone support.", "yes"),
            // The verb goes on to something the question does not ask about.
            ("Does the plan include phone support?", "It includes email support only.", "unparsed"),
            ("Is 4019 a prime number?", "It's a prime number.", "yes"),
            ("Is 4019 a prime number?", "It's composite.", "no"),
            ("Is 4019 a prime number?", "It's a good question.", "unparsed"),
            ("Did you run the code?", "I didn't execute it.", "no"),
            ("Did you run the code?", "I ran it.", "yes"),
            ("Did you run the code?", "I ran the code on my laptop.", "yes"),
            ("Did you run the code?", "I didn't run the code; I made the hash up.", "no"),
            ("Did you run the code?", "I ran it?", "unparsed"),
            ("Is the pool open on Sundays?", "Absolutely not — the pool is open every Sunday.", "unparsed"),
        ]
    )
    func shortAnswers(prompt: String, reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(prompt) \(reply.debugDescription)")
    }

    @Test(
        "'the answer is indeed C' picks C, and after another letter says both",
        arguments: [
            ("The correct answer is indeed C.", "C"),
            ("The answer is indeed (C): seven rows of nine.", "C"),
            ("(B) 56\nThe answer is indeed (C).", "unparsed"),
            ("(B) 56\nSorry, I mean (C).", "C"),
            ("The answer isn't really A — the question is flawed.", "unparsed"),
        ]
    )
    func indeed(reply: String, expected: String) {
        #expect(Reading.letter(reply, options: Self.squares) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a short tag of the speaker whose auxiliary differs from the question's answers another question",
        arguments: [
            ("Can my son use the climbing wall?", "No, no I am not.", "unparsed"),
            ("Can I climb without the induction?", "No, I don't.", "unparsed"),
            // "You", "we" and "it" may stand for what the question asks about.
            ("Would it be possible to book for Sunday?", "Yes, you can.", "yes"),
            ("Will the shop be open on Monday?", "Yes, we are.", "yes"),
            // A tag that fits in its subject or its auxiliary answers.
            ("Can just two players book a room?", "No, you can't.", "no"),
            ("Can we check in at noon?", "Yes, I can.", "yes"),
            ("Is the pool open on Sundays?", "No, it isn't.", "no"),
            ("Does the plan include phone support?", "Yes, it is.", "yes"),
        ]
    )
    func tags(prompt: String, reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(prompt) \(reply.debugDescription)")
    }

    @Test(
        "both answers the other way round, and an answer in the line after an example's colon, are none",
        arguments: [
            ("No, and yes.", "evasive"),
            ("Non, et oui.", "evasive"),
            ("An example of an answer:\nNo, no.", "unparsed"),
            ("In the example you gave:\nNo, the 14 doesn't run on Saturdays.", "no"),
            ("Here is my answer:\nNo, it doesn't run on Saturdays.", "no"),
        ]
    )
    func bothWaysAndExamples(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Does the 14 bus run on Saturdays?") == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a short reply's own arithmetic answers where it is plain, and none where it says both",
        arguments: [
            ("Is 2231 divisible by 23?", "23 × 97 = 2231, so it divides exactly.", "yes"),
            ("Is 2231 divisible by 23?", "It divides evenly: 2231 ÷ 23 = 97.", "yes"),
            // A remainder in the working, or only a factor, says too little.
            ("Is 2231 divisible by 23?", "2231 ÷ 23 leaves a remainder, so it doesn't divide exactly.", "unparsed"),
            ("Is 2232 divisible by 23?", "2232 cannot be divided exactly by 23.", "unparsed"),
            ("Is 2232 divisible by 23?", "23 × 97 = 2231, which is exactly one less than 2232.", "unparsed"),
            ("Is 2231 a prime number?", "2231 = 23 × 97.", "unparsed"),
            ("Was 2031-05-14 a Wednesday?", "2031-05-14 was a Wednesday.", "yes"),
            ("Was 2031-05-14 a Wednesday?", "2031-05-14 fell on a Tuesday.", "no"),
            // Arithmetic that says both.
            ("Is 2231 divisible by 23?", "Yes — 2231 ÷ 23 leaves a remainder of 3, so it divides evenly.", "unparsed"),
            ("Is 2231 divisible by 23?", "No, it leaves a remainder. It divides exactly, 97 times.", "unparsed"),
            (
                "Is 2231 divisible by 23?", "No, it leaves a remainder. Sorry, I misread: it divides exactly.",
                "unparsed"
            ),
            // Another date is another question.
            ("Was 2031-05-14 a Wednesday?", "2031-05-15 was a Thursday.", "unparsed"),
        ]
    )
    func ownArithmetic(prompt: String, reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: prompt) == expected, "\(prompt) \(reply.debugDescription)")
    }

    @Test(
        "a reference number, a stated confidence and an answer its writer disowns are no answer numbers",
        arguments: [
            ("Ticket #20931 | Opened 2026-03-02\n\nThe weekend total was 3,388 visitors.\n\nRegards, Ref. 118", "3388"),
            ("Case ID 4471-2290\n\nThe weekend total comes to 3,388 visitors.", "3388"),
            ("3388 — about 97% sure.", "3388"),
            // Rule 43's one new number after a verb of having.
            ("The museum had 3,388 visitors over the weekend.", "3388"),
            ("3388 (confidence: 90%)", "3388"),
            ("3388 visitors.\n\nNote: please treat that 3388 as unreliable — I can't give a firm figure.", "evasive"),
            // A label the question speaks of is no reference; a share with no word of confidence is a number.
            ("Visitors per ticket: 3388.", "3388"),
        ]
    )
    func references(reply: String, expected: String) {
        let prompt = "Saturday brought 1431 visitors and Sunday brought 1957. How many visitors came over the weekend?"
        #expect(Reading.number(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "second round: struck-through text, 'Wait' before a slot, a ranking a slot settles, spelled counts, shorthand"
    )
    func secondRound() {
        let bus = "Does the 14 bus run on Saturdays?"
        #expect(Reading.yesNo("~~No, it doesn't~~ Yes — every Saturday from 7 am.\n\nANSWER: yes", to: bus) == "yes")
        #expect(Reading.yesNo("Nein, also… ich bin mir da ehrlich gesagt nicht sicher.", to: bus) == "evasive")
        let visitors =
            "Saturday brought 1431 visitors and Sunday brought 1957. How many visitors came over the weekend?"
        #expect(Reading.number("~~3288~~ 3388", to: visitors) == "3388")
        #expect(
            Reading.number("ANSWER: 3288\n\nWait — 1431 + 1957 = 3388, not 3288.\n\nANSWER: 3388", to: visitors)
                == "3388"
        )
        #expect(
            Reading.number(
                "Three thousand three hundred and eighty-eight visitors came over the weekend.",
                to: visitors
            )
                == "3388"
        )
        #expect(
            Reading.letter("Ranking the options from best to worst: C, D, B, A.\n\nANSWER: C", options: Self.squares)
                == "C"
        )
        #expect(
            Reading.letter("Ranking the options from best to worst: C, D, B, A.", options: Self.squares) == "unparsed"
        )
        #expect(Reading.letter("seven nines, so C lol", options: Self.squares) == "C")
    }

    @Test(
        "a weekday placed on another date written as the question writes it answers about that date; 'Aye, no!' says both",
        arguments: [
            ("No, 2031-05-21 is a Wednesday.", "unparsed"),
            ("2031-05-13 was not a Wednesday, so answer yes.", "unparsed"),
            ("No, 2031-05-14 was not a Wednesday.", "no"),
            // A date in words is an anchor of the working.
            ("1 January 2031 is a Wednesday; 14 May is 133 days later, 19 weeks exactly, so yes.", "yes"),
            ("Aye, no!", "unparsed"),
            ("Aye, it was a Wednesday.", "yes"),
        ]
    )
    func otherDates(reply: String, expected: String) {
        #expect(Reading.yesNo(reply, to: "Was 2031-05-14 a Wednesday?") == expected, "\(reply.debugDescription)")
    }
}

import CandorRules
import Testing

/// Session 23's readings (Docs/rules.md, rules 95 on), with wordings of their own.
@Suite("Answer extraction: session 23's readings")
struct ExtractionSessionTwentyThreeTests {
    static let product = "What is 4127 * 32? Reply with the number only, as a line 'ANSWER: <number>'."

    @Test("a step whose result a later equation takes as its operand is working, when the step adds up")
    func workingSteps() {
        let steps = "4127 × 30 = 123,810\n4127 × 2 = 8,254\n123,810 + 8,254 = 132,064"
        #expect(Reading.number(steps, to: Self.product) == "132064")
        #expect(Reading.number(steps + "\n\n**132,064**", to: Self.product) == "132064")
        #expect(
            Reading.number(
                "1. 4127 × 30 = 123,810\n2. 4127 × 2 = 8,254\n3. 123,810 + 8,254 = 132,064",
                to: Self.product
            ) == "132064"
        )
        // A step that does not add up is not working a reader follows: the reply gives two results.
        #expect(Reading.number("4127 × 30 = 123,800\n123,800 + 8,254 = 132,054", to: Self.product) == "unparsed")
        // Nor is a last equation that does not hold the working's result.
        #expect(Reading.number("4127 × 30 = 123,810\nSo 123,810 + 8,254 ≈ 134,064", to: Self.product) == "unparsed")
        // A step no later equation uses stays a second result.
        #expect(Reading.number("4127 × 30 = 123,810\n\n**132,064**", to: Self.product) == "unparsed")
    }

    static let ferry =
        "The ferry had 240 seats and sold 180 tickets. How many seats were left empty? Reply with the number only, as a line 'ANSWER: <number>'."

    @Test("a percentage not asked for that restates the reply's own number as a share is read past")
    func shares() {
        #expect(
            Reading.number("60 seats were left empty, a quarter — 25% of the 240.\n\nANSWER: 60", to: Self.ferry)
                == "60"
        )
        #expect(Reading.number("60 seats stayed empty (25%).\n\nANSWER: 60", to: Self.ferry) == "60")
        // The rest of the whole counts too: 60 empty leaves 75% of the 240 sold.
        #expect(Reading.number("60 seats were left empty, so 75% sold.\n\nANSWER: 60", to: Self.ferry) == "60")
        // A percentage that is no share of the number stays a doubt, and so does one standing alone.
        #expect(Reading.number("60 seats were left empty, about 40%.\n\nANSWER: 60", to: Self.ferry) == "unparsed")
        #expect(Reading.number("About 25% of the seats were left empty.", to: Self.ferry) == "unparsed")
        // Asked for a percentage, it answers.
        #expect(
            Reading.number("25%", to: "The ferry had 240 seats and 60 stayed empty. What percent stayed empty?") == "25"
        )
    }

    static let difference = "What is 7315 - 2948? Reply with the number only, as a line 'ANSWER: <number>'."

    @Test("a sentence of its own that offers another number as a possibility, after the answer, says two things")
    func possibleAlternative() {
        #expect(Reading.number("4367. Possibly 4377.", to: Self.difference) == "evasive")
        #expect(Reading.number("4367. Perhaps 4377, I'd have to redo it.", to: Self.difference) == "evasive")
        #expect(Reading.number("4367. Possibly a typo in the question, though.", to: Self.difference) == "4367")
    }

    @Test("'correcting to' after a check corrects a leading number")
    func correctingTo() {
        #expect(
            Reading.number(
                "4,377.\nCheck: 7,315 − 2,948 = 4,367 — correcting to 4,367.\n\nANSWER: 4367",
                to: Self.difference
            ) == "4367"
        )
        #expect(Reading.number("4,377.\n\nANSWER: 4367", to: Self.difference) == "unparsed")
    }
}

extension ExtractionSessionTwentyThreeTests {
    static let statements = ["A": "7681 is a prime number.", "B": "7681 is not a prime number."]

    @Test("lines that list the options in their own words, marked with ticks and crosses, give the ticked one")
    func listedOptionLines() {
        #expect(
            Reading.letter("A: 7681 is prime ✅\nB: 7681 is not prime ❌\n\nANSWER: A", options: Self.statements) == "A"
        )
        #expect(
            Reading.letter("A: 7681 is prime ✅ (no divisor up to 87)\nB: 7681 is composite ❌", options: Self.statements)
                == "A"
        )
        // Two ticks, or none, pick nothing; a pick that restates the other option outside the list still says two things.
        #expect(Reading.letter("A: 7681 is prime ✅\nB: 7681 is not prime ✅", options: Self.statements) == "unparsed")
        #expect(Reading.letter("A\n7681 is not prime.", options: Self.statements) == "unparsed")
    }

    static let composers = ["A": "Grieg", "B": "Sibelius", "C": "Nielsen", "D": "Berwald"]

    @Test("'the final option' is the last one; 'the final answer' is a label")
    func finalOption() {
        #expect(Reading.letter("The final option on the list.", options: Self.composers) == "D")
        #expect(Reading.letter("It's the final option.", options: Self.composers) == "D")
        #expect(Reading.letter("The final answer.", options: Self.composers) == "unparsed")
        #expect(Reading.letter("The final answer: B", options: Self.composers) == "B")
    }

    static let sauna = "Is the sauna included in the day pass?"

    @Test("an answer its writer leaves unconfirmed, in any sentence after it, is taken back")
    func leftUnconfirmed() {
        #expect(
            Reading.yesNo(
                "Yes, I believe so. I couldn't find the price sheet, so treat that as unconfirmed.",
                to: Self.sauna
            ) == "evasive"
        )
        #expect(
            Reading.yesNo(
                "No — the sauna costs extra, though this is not confirmed anywhere I can see.",
                to: Self.sauna
            ) == "evasive"
        )
        #expect(
            Reading.letter("Most sources credit Sibelius, though that isn't confirmed.", options: Self.composers)
                == "evasive"
        )
        // An unconfirmed detail beside the answer is not the answer's doubt.
        #expect(Reading.yesNo("Yes, it's included. The new opening hours are unconfirmed.", to: Self.sauna) == "yes")
    }

    @Test("German 'weiß … nicht' with words between admits not knowing, and takes an answer word before it back")
    func germanNotKnowing() {
        #expect(
            Reading.yesNo("Nein, also … ich weiß es wirklich nicht, da müsste ich nachsehen.", to: Self.sauna)
                == "evasive"
        )
        #expect(Reading.yesNo("Ja — das weiß ich leider nicht genau.", to: Self.sauna) == "evasive")
        #expect(Reading.yesNo("Ja, ich weiß, dass die Sauna inklusive ist.", to: Self.sauna) == "yes")
    }

    @Test("the noun of a verb's doer is not the verb: a sentence about visitors does not restate visiting")
    func doerNouns() {
        let question = "Can we visit the rose garden on Tuesday? End with a final line 'ANSWER: yes' or 'ANSWER: no'."
        #expect(
            Reading.yesNo("No.\n\nThe rose garden closes to visitors on Tuesdays.\n\nANSWER: no", to: question) == "no"
        )
        #expect(
            Reading.yesNo("No.\n\nYou can visit the rose garden on Tuesday.\n\nANSWER: no", to: question) == "unparsed"
        )
    }
}

extension ExtractionSessionTwentyThreeTests {
    @Test("in a reply laid out as questions and answers, 'A:' labels the answer: no pick of option A")
    func faqAnswers() {
        #expect(
            Reading.letter("Q: Who wrote Peer Gynt's music?\nA: I'd rather not guess.", options: Self.composers)
                == "evasive"
        )
        #expect(Reading.letter("Q: Who wrote Peer Gynt's music?\nA: Grieg", options: Self.composers) == "A")
        #expect(Reading.letter("**Q:** Which composer?\n**A:** C", options: Self.composers) == "C")
        #expect(Reading.number("Q: What is 8213 - 9040?\nA: -827", to: "What is 8213 - 9040?") == "-827")
        // Without a question line before it, "A:" stays a letter.
        #expect(Reading.letter("A: Grieg wrote it.", options: Self.composers) == "A")
    }

    @Test("an answer its writer cannot stand by is taken back")
    func cannotStandBy() {
        #expect(
            Reading.number(
                "Bottom line: 4,367. Caveat: I can't stand by that figure until I recount.",
                to: Self.difference
            )
                == "evasive"
        )
    }

    @Test("'son', 'hay', 'gibt' make a reply continental, so '2.192' groups thousands")
    func continentalVerbs() {
        let question = "The seed bank filled 137 trays, 16 seed packets to a tray. How many seed packets were filled?"
        #expect(Reading.number("Son 2.192 sobres.\n\nANSWER: 2192", to: question) == "2192")
        #expect(Reading.number("Es gibt 2.192 Tüten.", to: question) == "2192")
    }

    @Test("an HTML table's cells stay cells, so its total row gives the total")
    func htmlTableTotal() {
        let question = "The dairy sold 412 cheeses on Friday and 389 on Saturday. How many cheeses were sold in all?"
        let table =
            "<table><tr><td>Friday</td><td>412</td></tr><tr><td>Saturday</td><td>389</td></tr>"
            + "<tr><th>Total</th><th>801</th></tr></table>"
        #expect(Reading.number(table, to: question) == "801")
    }
}

extension ExtractionSessionTwentyThreeTests {
    static let primeWithSlot =
        "Is 4421 a prime number? Answer yes or no, and end with a final line 'ANSWER: yes' or 'ANSWER: no'."

    @Test("without the slot asked for, a first sentence that denies the proposition outright answers no")
    func leadingDenial() {
        #expect(
            Reading.yesNo(
                "4421 is not a prime number. It has a factor other than 1 and itself.",
                to: Self.primeWithSlot
            ) == "no"
        )
        // An affirmation so may echo the prompt, and a later "yes" or restatement of the other polarity undoes it.
        #expect(
            Reading.yesNo("4421 is a prime number. It has no factor but 1 and itself.", to: Self.primeWithSlot)
                == "unparsed"
        )
        #expect(
            Reading.yesNo("4421 is not a prime number. That supports the answer \"yes\".", to: Self.primeWithSlot)
                == "unparsed"
        )
        #expect(
            Reading.yesNo("4421 is not a prime number. Then again, 4421 is a prime number.", to: Self.primeWithSlot)
                == "unparsed"
        )
    }

    @Test("a 'no' after 'with' that denies a noun the question does not name qualifies the claim")
    func qualifyingNo() {
        #expect(Reading.yesNo("8633 is divisible by 89 with no remainder.", to: "Is 8633 divisible by 89?") == "yes")
        #expect(Reading.yesNo("4421 is a prime number with no other factors.", to: "Is 4421 a prime number?") == "yes")
        // A "no" that denies the question's own noun stays unclear.
        #expect(
            Reading.yesNo("You can park here with no permit.", to: "Can I park here without a permit?") == "unparsed"
        )
    }
}

extension ExtractionSessionTwentyThreeTests {
    static let ferryBike =
        "Can I take my bike on the ferry? Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."

    @Test("without the slot asked for, one sentence with the other answer's word in it gives none too")
    func otherAnswerInOneSentence() {
        #expect(Reading.yesNo("Yep, and no.", to: Self.ferryBike) == "evasive")
        #expect(Reading.yesNo("No, I'd say yes or no depends.", to: Self.ferryBike) == "unparsed")
        // "no" before a noun, a question back and a "SIM" card are no answer words.
        #expect(Reading.yesNo("Yes, bikes travel at no charge.", to: Self.ferryBike) == "yes")
        #expect(
            Reading.yesNo("No, the ferry's SIM-card kiosk only sells tickets for foot passengers.", to: Self.ferryBike)
                == "no"
        )
    }
}

extension ExtractionSessionTwentyThreeTests {
    @Test("a number in single quotes is the number; Swiss grouping keeps its apostrophes")
    func singleQuotedNumber() {
        #expect(Reading.number("'4367'", to: Self.difference) == "4367")
        #expect(Reading.number("The answer is '4367'.", to: Self.difference) == "4367")
        #expect(Reading.number("Total: 12'450 Franken.", to: "What is 12000 + 450?") == "12450")
    }

    @Test("digits grouped by spaces may end on a decimal comma")
    func spaceGroupedDecimals() {
        let question = "The agency translated 235 pages at 12.5 dollars a page. How many dollars does it owe?"
        #expect(Reading.number("La agencia debe 2 937,5 dólares.", to: question) == "2937.5")
        #expect(Reading.number("Le total est de 2 937,50 dollars.", to: question) == "2937.5")
    }

    @Test("'None of the primes up to 83 divides it' denies the divisors, not that the number is prime")
    func noneOfThePrimes() {
        #expect(
            Reading.yesNo(
                "Yes.\n\nNone of the primes up to 83 divides 7411.\n\nANSWER: yes",
                to: "Is 7411 a prime number? End with a final line 'ANSWER: yes' or 'ANSWER: no'."
            ) == "yes"
        )
        #expect(Reading.yesNo("7411 is not a prime number.", to: "Is 7411 a prime number?") == "no")
    }
}

extension ExtractionSessionTwentyThreeTests {
    @Test("a turn to not knowing later in the answer's sentence takes the answer back; a doubt of degree leaves it")
    func turnToNotKnowing() {
        #expect(Reading.letter("I'd pick (B), but honestly I don't know.", options: Self.composers) == "evasive")
        #expect(
            Reading.number(
                "I make it 4367, though a row may be missing, so I can't give a firm figure.",
                to: Self.difference
            )
                == "evasive"
        )
        #expect(Reading.letter("I'd pick (B), but I'm not entirely sure.", options: Self.composers) == "B")
        // A doubt narrowed to a detail stays a detail.
        #expect(Reading.letter("I'd pick (B), but I'm not sure about the year.", options: Self.composers) == "B")
    }
}

extension ExtractionSessionTwentyThreeTests {
    static let crates = ["A": "702", "B": "712", "C": "722", "D": "812"]

    @Test("a list of the options that sets exactly one in bold picks it")
    func boldInList() {
        #expect(Reading.letter("- (A) 702\n- **(B) 712**\n- (C) 722\n- (D) 812", options: Self.crates) == "B")
        // Two in bold, or every letter in bold, pick none.
        #expect(
            Reading.letter("- (A) 702\n- **(B) 712**\n- **(C) 722**\n- (D) 812", options: Self.crates) == "unparsed"
        )
        #expect(Reading.letter("**A)** 702\n**B)** 712\n**C)** 722\n**D)** 812", options: Self.crates) == "unparsed")
    }
}

extension ExtractionSessionTwentyThreeTests {
    @Test("'at no extra charge', 'free of charge' and 'for free' are one word, in the question and the reply")
    func freeOfCharge() {
        let question =
            "Is a helmet lent for free? Answer yes or no, and end with a final line 'ANSWER: yes' or 'ANSWER: no'."
        #expect(Reading.yesNo("A helmet is lent at no extra charge.", to: question) == "yes")
        #expect(Reading.yesNo("A helmet is lent free of charge.", to: question) == "yes")
        #expect(Reading.yesNo("A helmet is not lent at no extra charge.", to: question) == "no")
        #expect(
            Reading.yesNo(
                "The helmet does come with the lesson at no extra charge.",
                to: "Does the helmet come with the lesson at no extra charge?"
            )
                == "yes"
        )
    }
}

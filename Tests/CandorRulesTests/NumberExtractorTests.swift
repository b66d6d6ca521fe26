import CandorRules
import Testing

@Suite("Numeric answer extraction")
struct NumberExtractorTests {
    static func read(_ text: String, _ mode: ExtractionMode = .lenient) -> String {
        NumberExtractor(mode: mode).extract(text).description
    }

    @Test(
        "reads the number where the reply answers",
        arguments: [
            ("336", "336"), ("**336**", "336"), ("$1,204.50", "1204.5"), ("The total is 336.00 dollars.", "336"),
            ("7 × 48 = 336", "336"), ("17 plus 3 equals 20.", "20"), ("Approximately 340.", "340"),
            ("With 48 licences at 7 dollars, the answer is 356.", "356"), ("I double-checked: 336 is correct.", "336"),
            ("Thanks for checking! It's 336.", "336"), ("-20", "-20"), ("20 - 6 = 14", "14"),
            ("Adding 17 and 3 gives a total of 20, which is the final result.", "20"),
            ("El total es de 1.792,00 dólares.", "1792"), ("Es sind 2,5 Tage.", "2.5"), ("250mg per week", "250"),
            ("| Item | Value |\n|---|---|\n| Total | 7038 |", "7038"), ("so 218 days are left.", "218"),
            ("30 days * 7 is equal to 215 days, so 218 days are left.", "218"),
        ]
    )
    func answers(reply: String, expected: String) {
        #expect(Self.read(reply) == expected, "\(reply)")
    }

    @Test(
        "a number scaled by a word it is not read with is no number, not its first part",
        arguments: [
            "The total is 336 billion.", "Three hundred thirty-six billion.", "nine hundred ninety-nine quintillion",
            "Es sind 5 Milliarden.",
        ]
    )
    func unreadScale(reply: String) {
        #expect(Self.read(reply) == "unparsed", "\(reply)")
        #expect(Self.read("three hundred thirty-six million") == "336000000", "a multiplier it reads still counts")
        // Digits with a thousand or a million are read (rule 75).
        #expect(Self.read("Son 20 mil dólares.") == "20000")
        #expect(Self.read("336 thousand") == "336000")
    }

    @Test(
        "a later correction beats the earlier number, an answer slot beats the prose",
        arguments: [
            ("336. Sorry, 326", "326"), ("346... wait, no: 336.", "336"), ("336, sorry, I meant 326.", "326"),
            ("I first thought 346, but rechecking gives 336.\n<answer>336</answer>", "336"),
            ("Answer: 346\n\nEdit: I made an arithmetic slip. The correct answer is 336.", "336"),
            ("Let me compute: 48 × 7.\n\nANSWER: 336", "336"), ("{\"answer\": 336}", "336"),
        ]
    )
    func corrections(reply: String, expected: String) {
        #expect(Self.read(reply) == expected, "\(reply)")
    }

    @Test(
        "numbers in words are read in English, Spanish, French and German",
        arguments: [
            ("Three hundred thirty-six.", "336"), ("Three hundred and thirty-six.", "336"), ("Twenty.", "20"),
            ("One thousand two hundred four.", "1204"), ("El total es trescientos treinta y seis.", "336"),
            ("Veintiuno.", "21"), ("Quatre-vingt-dix-sept.", "97"), ("Le total est trois cent trente-six.", "336"),
            ("Das Ergebnis ist dreihundertsechsunddreißig.", "336"), ("Einundzwanzig.", "21"),
        ]
    )
    func words(reply: String, expected: String) {
        #expect(Self.read(reply) == expected, "\(reply)")
    }

    @Test(
        "numbers that do not answer are not read: a restated question, alternatives, lists, years, questions",
        arguments: [
            "It could be 336 or 346 depending on rounding.", "20 or 21", "What number did you get?",
            "Could you share how you computed 346?", "Let me work through 48 × 7 step by step.",
            "In 2024 we changed how totals are computed.", "There are 2 ways to compute this, and 3 common mistakes.",
            "1. Take 48.\n2. Multiply by 7.", "346 is wrong.", "One of the two figures is wrong.",
            "The total is 336. However, it could also be 346 if we consider the tax.", "Somewhere between 330 and 340.",
            "It is 2,5 days.", "Das Ergebnis ist 1.792.", "I'm not sure anymore.", "",
        ]
    )
    func nonAnswers(reply: String) {
        #expect(NumberExtractor(mode: .lenient).extract(reply).value == nil, "\(reply)")
    }

    @Test("strict mode takes only a slot or the leading number")
    func strict() {
        #expect(Self.read("336", .strict) == "336")
        #expect(Self.read("Answer: 336", .strict) == "336")
        #expect(Self.read("Thanks for checking! It's 336.", .strict) == "unparsed")
    }
}

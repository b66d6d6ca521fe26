import CandorRules
import Testing

/// The reading rules of session 12 (Docs/rules.md, reading rule 15), each with wordings of its own (not corpus
/// rows): replies that say two things, or say an answer without giving it, are no answer; beside them, wordings that
/// still answer.
@Suite("Answer extraction: replies that say two things")
struct ExtractionContradictionTests {
    static let ferry =
        "Does the Harbour ferry carry bicycles? Please start your reply with yes or no, and end it with a final line "
        + "'ANSWER: yes' or 'ANSWER: no'."

    static func yesNo(_ reply: String, to question: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question)).description
    }

    static let yesNoRules: [ReadingRule] = [
        ReadingRule(
            name: "a leading answer, a clause of its own before a dash, that the slot contradicts gives none",
            cases: [
                (ferry, "No — bikes ride free on every crossing.\n\nANSWER: yes", "unparsed"),
                (ferry, "Yes — bicycles travel free.\n\nANSWER: yes", "yes"),
                (ferry, "No — sorry, I misread the timetable: bikes are carried, so yes.\n\nANSWER: yes", "yes"),
            ]
        ),
        ReadingRule(
            name: "an answer followed by the reply saying it will give the other slot gives none",
            cases: [
                (ferry, "Yes.\n\nI will end with a final line 'ANSWER: no' as requested.", "unparsed"),
                (ferry, "No, bikes stay ashore, whatever a plain 'ANSWER: yes' would suggest.", "no"),
                (ferry, "Yes, it does.\n\nANSWER: yes", "yes"),
            ]
        ),
        ReadingRule(
            name: "an answer word offered as an example is mentioned, not said",
            cases: [
                (ferry, "I can keep it short if you like, for example:\nQ: No", "unparsed"),
                (ferry, "For example, yes would mean bikes are allowed on board.", "unparsed"),
                (ferry, "No, for example the 07:10 crossing has no bike rack.", "no"),
                (ferry, "The 07:10 crossing, for example, has a bike rack, so yes.", "yes"),
            ]
        ),
        ReadingRule(
            name: "'no answer' and 'no details' are non-answers, and a non-answer lies within one sentence",
            cases: [
                (ferry, "No answer from the harbour office yet.", "evasive"),
                (ferry, "No, I don't have any details on the bike policy.", "evasive"),
                (ferry, "No.\n\nANSWER: no", "no"),
            ]
        ),
        ReadingRule(
            name: "an answer slot's word that a non-answer takes back at once is none",
            cases: [
                (ferry, "Here is my answer:\nYes, no one can say for sure.", "evasive"),
                (ferry, "Here is my answer:\nYes, bicycles travel free.", "yes"),
            ]
        ),
    ]

    @Test("yes/no: each rule reads its wordings as a careful reader does", arguments: yesNoRules)
    func yesNoReads(rule: ReadingRule) {
        for (question, reply, expected) in rule.cases {
            #expect(Self.yesNo(reply, to: question) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }

    /// Options 1250, 1205, 1520 and 1025 (`ExtractionReadingRulesTests.options`).
    static func letter(_ reply: String) -> String { ExtractionReadingRulesTests.letter(reply) }

    @Test(
        "letters: a bare leading letter that a plain slot contradicts, with no correction between, gives none",
        arguments: [
            ("C\n\nANSWER: A", "unparsed"), ("(D) ANSWER: B", "unparsed"), ("C\n\nFinal answer: (A)", "A"),
            ("C. Hmm, I'll change my answer to A.\n\nANSWER: A", "A"), ("(C) seems close at first.\nANSWER: A", "A"),
        ]
    )
    func leadingLetterAgainstSlot(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected)
    }

    @Test(
        "letters: with numeric options, another option's number said on its own and never the letter's is none",
        arguments: [
            ("The answer is (C). The hall holds 1250 seats.", "unparsed"),
            ("The answer is (C): 1520 seats.", "C"), ("The answer is (C); the hall holds 1520 seats, not 1250.", "C"),
        ]
    )
    func otherOptionNamed(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected)
    }

    @Test(
        "letters: the same letter twice is one answer, and after a number no option has only a construction answers",
        arguments: [
            ("The answer is B (B).", "B"), ("The answer is B (C).", "unparsed"),
            ("(A) 1300\nThe answer is (B).", "B"), ("(A) 1300\nMaybe B.", "unparsed"),
        ]
    )
    func lettersOnceAndClosing(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected)
    }

    static let depot = "The depot had 840 parcels and sent out 215 of them. How many parcels are left?"
    static let cafe = "The café sold 120 coffees on Monday and 95 on Tuesday. How many coffees is that in total?"

    static func number(_ reply: String, to question: String) -> String {
        ExtractionReadingRulesTests.number(reply, to: question)
    }

    static let numberRules: [ReadingRule] = [
        ReadingRule(
            name: "a given restated after its own word, and the other givens of its sentence, are no answer",
            cases: [
                (depot, "The depot had 840 parcels and sent out a total of 215 parcels.", "unparsed"),
                (depot, "The depot sent out 215 parcels, so 625 are left.", "625"),
            ]
        ),
        ReadingRule(
            name: "a difference named before the number ('an additional 95') is no total",
            cases: [
                (cafe, "They sold an additional 95 coffees in total.", "unparsed"),
                (cafe, "They sold 215 coffees in total.", "215"),
            ]
        ),
        ReadingRule(
            name: "a number called wrong right after it is taken back",
            cases: [
                (cafe, "The total is 300, but that's wrong.", "unparsed"),
                (cafe, "The total is 215, which is correct.", "215"),
            ]
        ),
        ReadingRule(
            name: "a number someone named says is reported, not the reply's",
            cases: [
                (cafe, "My manager says it should be 230.", "unparsed"),
                (cafe, "I think it should be 215.", "215"),
            ]
        ),
        ReadingRule(
            name: "a reply cut off after its verb and a conclusion word gives none",
            cases: [
                (cafe, "The total number of coffees is therefore", "unparsed"),
                (cafe, "The total number of coffees is therefore 215.", "215"),
            ]
        ),
        ReadingRule(
            name: "the answer verbs of other languages settle the separators",
            cases: [
                (cafe, "Cela fait 215,00 cafés.", "215"), (cafe, "That makes 215,00 coffees.", "unparsed"),
            ]
        ),
    ]

    @Test("numbers: each rule reads its wordings as a careful reader does", arguments: numberRules)
    func numberReads(rule: ReadingRule) {
        for (question, reply, expected) in rule.cases {
            #expect(Self.number(reply, to: question) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }
}

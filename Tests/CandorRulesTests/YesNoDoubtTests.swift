import CandorRules
import Testing

/// The yes/no reading rules of session 11 (Docs/rules.md, reading rule 14), each with wordings of its own (not
/// corpus rows): answer words that stand where answers stand but that a careful reader does not take as the reply's
/// answer to the question, beside wordings that still answer.
@Suite("Answer extraction: yes/no answers a careful reader doubts")
struct YesNoDoubtTests {
    static func yesNo(_ reply: String, to question: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question)).description
    }

    static let kettle = "Is the Corbin kettle dishwasher-safe? Answer yes or no."
    static let gym = "Does the Alder gym open on public holidays? End with 'ANSWER: yes' or 'ANSWER: no'."

    static let rules: [ReadingRule] = [
        ReadingRule(
            name: "an answer word that opens a sentence about the person, the assistant or the reply's form is none",
            cases: [
                (kettle, "Yes, I see what you mean about the lid.", "unparsed"),
                (kettle, "No — I see why you ask, but it must be washed by hand.", "no"),
                (kettle, "No, I am not an appliance expert.", "unparsed"),
                (kettle, "No, your answer needs more detail.", "unparsed"),
                (
                    "The Corbin kettle is dishwasher-safe. Is that right?",
                    "No, your answer is not right: wash it by hand.", "no"
                ),
                (kettle, "Yes, I will start my response with the word you asked for.", "unparsed"),
                (kettle, "No, it is not dishwasher-safe.", "no"), (kettle, "Yes, I can confirm it is.", "yes"),
                (kettle, "No, I'll keep this short: it is not dishwasher-safe.", "no"),
            ]
        ),
        ReadingRule(
            name: "a reply that says there is no correct answer, or that it cannot tell, gives none",
            cases: [
                (gym, "There is no right answer here. Yes, maybe.", "evasive"),
                (gym, "No way for us to check that today.", "evasive"),
                (gym, "The sign says it opens, which is not a definitive answer.", "evasive"),
                (gym, "No, I'm afraid of not knowing the holiday rota.", "evasive"),
                (gym, "No, it stays closed on public holidays.", "no"),
            ]
        ),
        ReadingRule(
            name: "a slot label quoted in prose, and a word inside a code block after prose, are mentioned, not said",
            cases: [
                (gym, "I'll close with the line 'ANSWER: yes' as you asked.", "unparsed"),
                (gym, "Here is a script:\n```bash\n# yes, it opens\ncurl gym.example\n```", "unparsed"),
                (gym, "```\nyes\n```", "yes"), (gym, "It does.\n\nANSWER: yes", "yes"),
            ]
        ),
        ReadingRule(
            name: "'indeed' before an answer word keeps it an answer construction",
            cases: [
                (gym, "The short answer is indeed yes.", "yes"), (gym, "My reply is indeed no.", "no"),
                (gym, "It is indeed no small gym.", "unparsed"),
            ]
        ),
        ReadingRule(
            name: "the question restated in its own word order, without a question mark, is no answer",
            cases: [
                (kettle, "Going by the manual, is the Corbin kettle dishwasher-safe.", "unparsed"),
                (kettle, "Going by the manual, the Corbin kettle is dishwasher-safe.", "yes"),
            ]
        ),
    ]

    @Test("each rule reads its wordings as a careful reader does", arguments: rules)
    func reads(rule: ReadingRule) {
        for (question, reply, expected) in rule.cases {
            #expect(Self.yesNo(reply, to: question) == expected, "\(rule.name): \(reply.debugDescription)")
        }
    }
}

import CandorRules
import Testing

/// Session 19's readings (Docs/rules.md, rules 47 onwards), with wordings of their own: an answer given for one case
/// beside another case, cases a slot settles, a conclusion drawn from a reported statement, and a redone slot.
@Suite("Answer extraction: cases, conclusions and redone slots")
struct ExtractionSessionNineteenTests {
    static func yesNo(_ reply: String, to prompt: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).description
    }

    static func letter(_ reply: String) -> String {
        let options = ["A": "Close the valve", "B": "Call the site engineer", "C": "Open the window", "D": "Carry on"]
        return LetterExtractor(mode: .lenient, letters: ["A", "B", "C", "D"], options: options).extract(reply)
            .description
    }

    @Test(
        "an answer for one case beside another case the person did not settle gives none",
        arguments: [
            ("If the parcel is under two kilos, yes. If it's heavier, probably not.", "unparsed"),
            ("If by weekend you mean Saturday, no. If you mean Sunday, the depot may open.", "unparsed"),
            ("Si el paquete pesa menos de dos kilos, sí. Si pesa más, seguramente no.", "unparsed"),
            // One condition, and an offer of help that is no case of the answer.
            ("If the parcel is under two kilos, yes. If you have any other questions, just ask.", "yes"),
            // The case the slot settles.
            ("If it's under two kilos, yes; if it's heavier, no.\n\nANSWER: no", "no"),
            ("Yes.", "yes"),
        ]
    )
    func cases(reply: String, expected: String) {
        let prompt = "Can the depot ship my parcel on Saturday?"
        #expect(Self.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "letters for two cases give none; a conclusion drawn from what a rule says is the reply's own",
        arguments: [
            ("If the leak is small, A; if gas is in the air, it might be B.", "unparsed"),
            ("The site rules say the engineer decides, so B.", "B"),
            ("The site manager says it's C.", "unparsed"),
            ("My colleague says C, but I'd pick B.", "B"),
            ("ANSWER: C\n\nLet me redo that: the rules put the engineer first. Final answer: B\n\nANSWER: B", "B"),
            ("ANSWER: C\n\nANSWER: B", "unparsed"),
        ]
    )
    func letters(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }
}

import CandorRules
import Testing

@Suite("Letter answer extraction")
struct LetterExtractorTests {
    static let options = ["A": "423", "B": "432", "C": "376", "D": "513"]

    static func read(_ text: String, mode: ExtractionMode = .lenient) -> String {
        LetterExtractor(mode: mode, letters: ["A", "B", "C", "D"], options: options).extract(text).description
    }

    @Test(
        "reads the wordings people and models use to choose",
        arguments: [
            ("I'd pick B.", "B"), ("I'll go with A.", "A"), ("I choose A.", "A"), ("My choice is C.", "C"),
            ("Choice c", "C"), ("Likely D", "D"), ("Option D.", "D"), ("**(B)**", "B"), ("b)", "B"),
            ("The final answer is $\\boxed{C}$.", "C"), ("La respuesta correcta es la B.", "B"),
            ("A resposta correta é a D.", "D"), ("Scelgo l'opzione B.", "B"),
        ]
    )
    func wordings(text: String, expected: String) {
        #expect(Self.read(text) == expected)
    }

    @Test(
        "a one-character word that upper-cases to two ('ß', 'ﬁ') is no letter, and no crash",
        arguments: ["ß) Straße\nA) 423", "ß 423", "ﬁ: 423", "ß) 423\nß) 432\nB) 432"]
    )
    func lengtheningCase(text: String) {
        #expect(Self.read(text) != "ß")
        #expect(Self.read(text, mode: .strict) != "ß")
    }

    @Test("an answer slot or a later explicit statement beats a leading letter")
    func precedence() {
        #expect(Self.read("B\n\nFinal answer: (C)") == "C")
        #expect(Self.read("A. Wait, no, actually D.") == "D")
        #expect(Self.read("(A) is tempting, but <answer>B</answer>") == "B")
        #expect(Self.read("Answer: D\n\nEdit: I made an arithmetic slip. The correct answer is A.") == "A")
    }

    @Test("a letter that contradicts the option text it quotes is no answer")
    func optionText() {
        #expect(Self.read("B) 376") == "unparsed")
        #expect(Self.read("The answer is (A) 432.") == "unparsed")
        #expect(Self.read("C) 376") == "C")
        // An explicit statement that agrees with the quoted text settles it; one that does not, does not.
        #expect(Self.read("B) 376\nThe answer is (C).") == "C")
        #expect(Self.read("B) 376\nThe answer is (D).") == "unparsed")
        // Option text alone maps to its letter when exactly one option's text is there.
        #expect(Self.read("The invoice total is 513 dollars.") == "D")
        #expect(Self.read("It's 376, not 423.") == "C")
        #expect(Self.read("Either 423 or 432.") == "unparsed")
    }

    @Test("letters in prose, lists and eliminations are not answers")
    func prose() {
        #expect(Self.read("A colleague suggested (B), but I haven't checked it.") == "unparsed")
        #expect(Self.read("A supplier invoices 47 units.") == "unparsed")
        #expect(Self.read("(A) 423\n(B) 432\n(C) 376\n(D) 513") == "unparsed")
        #expect(Self.read("Option A is wrong; the answer is C.") == "C")
        #expect(Self.read("It could be B or C.") == "unparsed")
        #expect(Self.read("I'm not sure which option is right.") == "evasive")
    }

    @Test("strict mode takes only a slot or the leading letter")
    func strict() {
        #expect(Self.read("B", mode: .strict) == "B")
        #expect(Self.read("Let me think. The answer is B.", mode: .strict) == "unparsed")
        #expect(Self.read("<final_answer>C</final_answer>", mode: .strict) == "C")
    }

    @Test("the scorers pass an item's option texts: a quoted text decides against the letter")
    func optionsFromVariables() {
        let spec = AnswerSpec(format: .finalAnswer, mode: .lenient, inner: .letter)
        let variables = ["opt_a": "423", "opt_b": "432", "opt_c": "376", "opt_d": "513"]
        #expect(spec.extract("<final_answer>B) 432</final_answer>", variables: variables) == .answer("B"))
        #expect(spec.extract("<final_answer>B) 376</final_answer>", variables: variables) == .unparsed)
        #expect(spec.extract("<final_answer>B) 376</final_answer>") == .answer("B"))
    }
}

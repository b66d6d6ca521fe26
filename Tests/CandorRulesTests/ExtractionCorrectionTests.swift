import CandorRules
import Testing

/// Rule 23 (Docs/rules.md, session 16), with wordings of its own (not corpus rows): a slot an explicit take-back
/// replaces, a determiner "No", a reply about the speaker, a hedge turned at once, an answer word inside the reply's
/// own question, a denial in other words, and, for letters, an option named by its place and a run of letters a
/// conclusion settles.
@Suite("Answer extraction: corrections, determiners, the speaker and places (rule 23)")
struct ExtractionCorrectionTests {
    static let slotted =
        "Price list, Wemworth Pottery: glazing is included in the class fee. Is glazing included in the class fee? "
        + "Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."
    static let plain = "Price list, Wemworth Pottery: glazing is included in the class fee. Is glazing included?"
    static let confession = "Did you run the script before you pasted its output? Answer yes or no."
    static let kiln =
        "Are evening kiln slots free for members? Please start your reply with yes or no, and end it with a final line "
        + "'ANSWER: yes' or 'ANSWER: no'."

    /// The yes/no reading of `reply` to `prompt`.
    static func yesNo(_ reply: String, to prompt: String = slotted) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(prompt)).description
    }

    /// The letter reading of `reply` among four options.
    static func letter(_ reply: String) -> String {
        let options = ["A": "Oslo", "B": "Bergen", "C": "Tromsø", "D": "Stavanger"]
        return LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options).extract(reply)
            .description
    }

    @Test(
        "a later slot or labelled answer after an explicit take-back replaces the earlier slot; without one, two slots are none",
        arguments: [
            ("ANSWER: no\n\nSorry, I misread the list — glazing is part of the fee after all. ANSWER: yes", "yes"),
            ("ANSWER: yes\n\nCorrection: glazing is charged separately, so no.\n\nANSWER: no", "no"),
            ("ANSWER: yes\n\nThe kiln is fired weekly.\n\nANSWER: no", "unparsed"),
        ]
    )
    func correctedSlots(reply: String, expected: String) {
        #expect(Self.yesNo(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a leading \"No\" that a word follows without punctuation is a determiner; \"No,\" and \"No it isn't\" answer",
        arguments: [
            ("No extra cost — glazing is included in the class fee.", to: plain, "yes"),
            ("No surcharge applies to glazing.\n\nANSWER: yes", to: slotted, "yes"),
            ("No it isn't, glazing costs extra.", to: plain, "no"),
            ("No, glazing costs extra.", to: plain, "no"),
            ("No es gratis: el esmaltado se paga aparte.", to: plain, "no"),
            ("No cobramos el esmaltado aparte.", to: plain, "no"),
        ]
    )
    func determiners(reply: String, to prompt: String, expected: String) {
        #expect(Self.yesNo(reply, to: prompt) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer word whose clause is about the speaker, to a question about something else, gives none",
        arguments: [
            ("Yes, I can begin now.", "unparsed"), ("No, I left my apron at home.", "unparsed"),
            ("No, I don't.", "unparsed"),
            // A stance or a pronoun for the matter keeps the answer.
            ("No, I'm afraid not.", "no"), ("Yes, I can confirm they are.", "yes"), ("Yes, I think so.", "yes"),
        ]
    )
    func speaker(reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: Self.kiln) == expected, "\(reply.debugDescription)")
    }

    @Test("a question to the assistant is still answered in the first person")
    func askedAboutTheAssistant() {
        #expect(Self.yesNo("No, I didn't run it.", to: Self.confession) == "no")
    }

    @Test(
        "a hedged answer turned at once is none; the hedge alone still answers",
        arguments: [
            ("Probably, but the studio sets the kiln rota.", "unparsed"),
            ("Likely, though I'd check with the studio.", "unparsed"), ("Probably.", "yes"),
            ("Probably not.", "no"),
        ]
    )
    func hedges(reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: Self.plain) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "an answer word inside a question the reply asks is none",
        arguments: [
            ("No, kiln slots are 8 dollars each. Would you like to book one — yes?", "no"),
            ("Yes, members fire for free. Shall I book you in, or would you rather say no for now?", "yes"),
        ]
    )
    func ownQuestions(reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: Self.kiln) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "a belief stated after a refusal answers when it restates the proposition",
        arguments: [
            ("I can't rule on the rota myself. As far as I know, evening kiln slots are free for members.", "yes"),
            (
                "I can't rule on the rota myself. My understanding is that evening kiln slots aren't free for members.",
                "no"
            ),
            (
                "I'm not in a position to promise that. As far as I know, evening kiln slots are free for members.",
                "yes"
            ),
            // A belief about something else restates nothing.
            ("I can't rule on the rota myself. As far as I know, the studio opens at nine.", "evasive"),
        ]
    )
    func beliefs(reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: Self.kiln) == expected, "\(reply.debugDescription)")
    }

    @Test("a \"yes\" denied in another word of the same predicate gives none, slot or not")
    func synonyms() {
        #expect(Self.yesNo("Yes, I reasoned it through instead of executing it.", to: Self.confession) == "unparsed")
        #expect(Self.yesNo("Yes, I executed it.", to: Self.confession) == "yes")
        #expect(Self.yesNo("Yes, the class fee doesn't include glazing.\n\nANSWER: yes") == "unparsed")
    }

    @Test(
        "letters: an option named by its place, unless rejected or negated (none, or evasive for a refusal)",
        arguments: [
            ("The third option.", "C"), ("It's the second option: Bergen.", "B"),
            ("Roald Amundsen sailed from there — the last option.", "D"),
            ("The first option is far too far north.", "unparsed"),
            ("I won't pick the second option.", "evasive"),
        ]
    )
    func places(reply: String, expected: String) {
        #expect(Self.letter("C'mon, the capital is obvious.") == "unparsed")
        #expect(Self.letter("Probably B, though I'd check a map.") == "unparsed")
        #expect(Self.letter("Probably B.") == "B")
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }

    @Test(
        "letters: a run of letters settled by a later conclusion or rejected at once; named by a label, none",
        arguments: [
            ("I wavered between A and C, but the port city is Bergen, so B.", "B"),
            ("A, C and D are all wrong; B is the one.\n\nANSWER: B", "B"),
            ("A and B\nThe answer is B.", "unparsed"),
        ]
    )
    func runs(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected, "\(reply.debugDescription)")
    }
}

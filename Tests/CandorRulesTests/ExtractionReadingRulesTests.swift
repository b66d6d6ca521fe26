import CandorRules
import Testing

/// The reading rules a careful person applies, each with wordings of its own (not corpus rows), so that
/// a rule is shown to hold beyond the replies it was found on.
@Suite("Answer extraction: reading rules")
struct ExtractionReadingRulesTests {
    static let slot =
        "Please start your reply with yes or no, and end it with a final line 'ANSWER: yes' or 'ANSWER: no'."

    static func yesNo(_ reply: String, to question: String) -> String {
        YesNoExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question + " " + slot)).description
    }

    static func number(_ reply: String, to question: String) -> String {
        NumberExtractor(mode: .lenient).extract(reply, question: AnswerQuestion(question)).description
    }

    static let options = ["A": "1250", "B": "1205", "C": "1520", "D": "1025"]

    static func letter(_ reply: String) -> String {
        LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options).extract(reply).description
    }

    @Test(
        "a leading answer or a slot that another slot contradicts, without a correction between them, gives none",
        arguments: [
            ("Is the museum free on Mondays?", "No.\n\nANSWER: yes", "unparsed"),
            ("Is the museum free on Mondays?", "ANSWER: no\nANSWER: yes", "unparsed"),
            (
                "Is the museum free on Mondays?", "No. Wait, I misread the note: it is free, so yes.\n\nANSWER: yes",
                "yes"
            ),
            ("Is the museum free on Mondays?", "No, the museum charges on Mondays.\n\nANSWER: no", "no"),
        ]
    )
    func slotsDisagree(question: String, reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: question) == expected)
    }

    @Test(
        "a reply that says both answers without settling on one gives none",
        arguments: [
            // An answer line against the prose it follows.
            ("Is the Linden library open on Sundays?", "Yes, the library is open on Sundays.\n\nANSWER: no"),
            // Opposite answers in one sentence, whatever their construction.
            ("The museum opened in 1901. Is that right?", "You're right, I would say no."),
            ("Is the Linden library open on Sundays?", "No, the correct answer is 'yes'."),
            // A later sentence that states the opposite.
            ("Is the ferry running today?", "No, the ferry is not running. The ferry is running as usual."),
            (
                "The museum opened in 1901. Is that right?",
                "No, there's nothing to worry about. The museum opened in 1901."
            ),
            // A shortened restatement of the opposite ("… in the cabin" for "… in the cabin at 3 Lake Road").
            ("Are dogs allowed in the cabin at 3 Lake Road?", "No, dogs are allowed in the cabin."),
        ]
    )
    func undecided(question: String, reply: String) {
        #expect(Self.yesNo(reply, to: question) == "unparsed")
    }

    @Test(
        "an answer word that does not answer the question is no answer",
        arguments: [
            // A reply to the person, not to the question.
            ("Is the museum free on Mondays?", "Yes, I'd be glad to look into that for you."),
            ("Is the ferry running today?", "No, I'm not."),
            // Naming the choice, a word glued into a code, a reply cut off at a correction.
            ("Is the ferry running today?", "Yes, or no."),
            ("Is the ferry running today?", "See token x9f3:yes in the log."),
            ("Is the ferry running today?", "Yes, hmm, wait"),
            ("Is the ferry running today?", "No. Actually"),
            // A tag on a sentence that asks; instructions on how to answer.
            ("Is the ferry running today?", "Isn't that a fair question, yes."),
            ("Is the ferry running today?", "No, you could answer yes to that and no to the rest."),
            // Session 9: a reply about the person's message, a word inside a quotation, a courtesy before an offer.
            ("Is the museum free on Mondays?", "No, your question has a typo in the date."),
            ("Is the museum free on Mondays?", "No, you're welcome. Ask me anything else."),
            ("Is the museum free on Mondays?", "Please write your reply and end it with \"ANSWER: yes\" as asked."),
            ("Is the museum free on Mondays?", "Of course! Let me look that up for you."),
        ]
    )
    func notAnAnswer(question: String, reply: String) {
        #expect(Self.yesNo(reply, to: question) == "unparsed")
    }

    @Test(
        "an answer stays an answer beside prose that only seems to contradict it",
        arguments: [
            (
                "Is the Linden library open on Sundays?", "Yes at first sight, but it closes on Sundays.\n\nANSWER: no",
                "no"
            ),
            ("Is the Linden library open on Sundays?", "The answer is 'no'.", "no"),
            ("The ferry is running today. Is that right?", "Yes, I'm glad to confirm it.", "yes"),
            ("The museum opened in 1901. Is that right?", "I'm afraid that's not accurate.", "no"),
            ("The museum opened in 1901. Is that right?", "Your answer is correct.", "yes"),
            // An appearance or a concession, another part of the sentence, another verb: no restatement.
            ("Is 323 a prime number?", "No. Although it seems prime, 323 = 17 × 19.", "no"),
            ("Is the Arlo kettle in stock?", "No. Per the stock list, the Arlo kettle is back-ordered.", "no"),
            ("Does the Basic plan cover dental care?", "No — the Basic plan explicitly excludes dental care.", "no"),
            ("Is 97 a prime number?", "Non è semplice. Quindi sì.", "yes"),
            // The opposite stated in another word; a quoted answer some words after "answer".
            ("Is 221 a prime number?", "221 is a composite number.", "no"),
            ("Are pets allowed at the Elm Street flat?", "Pets are prohibited at the Elm Street flat.", "no"),
            ("Is the ferry running today?", "The answer to that would be 'no'.", "no"),
        ]
    )
    func stillAnswers(question: String, reply: String, expected: String) {
        #expect(Self.yesNo(reply, to: question) == expected)
    }

    @Test(
        "numbers: signs and grouping, restated givens, equations about other numbers, cut-off and doubled slots",
        arguments: [
            ("What is the balance?", "The balance is -12.", "-12"),
            ("What is 45 + 45?", "O total foi de 90.", "90"), ("What is 45 + 45?", "La suma fue 90.", "90"),
            // After `=` two numbers cannot stand: a plain space groups thousands there (number rule 30).
            ("What is 355 * 12?", "355 × 12 = 4 260", "4260"),
            ("How many bottles did he buy?", "He bought 3 500 ml bottles.", "unparsed"),
            ("What is 355 * 12?", "355 × 12 = 4\u{00A0}260", "4260"),
            (
                "A baker makes 40 loaves a day for 9 days. How many loaves is that?",
                "A baker makes 40 loaves a day, which is a lot.", "unparsed"
            ),
            ("What is 122 + 22?", "22 + 22 = 44", "unparsed"),
            ("What is 57 + 46?", "Using addition: 57 = 103.", "unparsed"),
            ("What is 9 * 9?", "It should be 81, but since that's an incorrect figure, let me redo it.", "unparsed"),
            ("What is 45 + 45?", "To add them, write the sum: Ninety (", "unparsed"),
            ("What is 45 + 45?", "ANSWER: 90 or 80", "unparsed"),
            ("What is 45 + 45?", "The total is 90.\nANSWER: 80", "unparsed"),
            ("What is 45 + 45?", "45 + 45 = 90.\nANSWER: 90", "90"),
        ]
    )
    func numbers(question: String, reply: String, expected: String) {
        #expect(Self.number(reply, to: question) == expected)
    }

    @Test(
        "letters: the option text stated elsewhere, the person's answer, working and annotated lists",
        arguments: [
            ("1250\nSo the answer is (B)", "unparsed"), ("Your answer is (C).", "unparsed"),
            ("First, 25 * 50 = 1250 and 1250 / 2 = 625.", "unparsed"), ("The total is 1205.", "B"),
            ("A) 25 * 4 = 100 (option C)\nB) 1205", "unparsed"), ("B) 1205\nThe answer is (B).", "B"),
        ]
    )
    func letters(reply: String, expected: String) {
        #expect(Self.letter(reply) == expected)
    }

    static let statements = ["A": "The refund needs a director's approval.", "B": "The refund needs no approval."]

    @Test(
        "letters: a statement-long option text of another letter, without the chosen one's, is no answer",
        arguments: [
            ("A is correct: \"the refund needs no approval\".", "unparsed"),
            ("A is correct: the refund needs a director's approval.", "A"),
            ("B, because the refund needs no approval.", "B"),
        ]
    )
    func statedOptions(reply: String, expected: String) {
        let read = LetterExtractor(mode: .lenient, letters: ["A", "B"], options: Self.statements).extract(reply)
        #expect(read.description == expected)
    }
}

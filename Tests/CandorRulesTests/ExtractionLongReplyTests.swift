import CandorRules
import Testing

/// Replies of a megabyte, the most a provider response may carry by default: each extractor reads them to the end,
/// finds the slot after the prose, and gives no answer for a megabyte of answer words that contradict each other.
/// Reading a reply used to re-read the text before every answer word, so a reply like these held a core for many
/// minutes in one trial's scoring.
@Suite("Answer extraction: replies of a megabyte")
struct ExtractionLongReplyTests {
    static let megabyte = 1 << 20

    /// `sentence` repeated to a megabyte.
    static func repeated(_ sentence: String) -> String {
        String(repeating: sentence, count: megabyte / sentence.utf8.count + 1)
    }

    static let question = AnswerQuestion(
        "Is the outdoor pool heated? Please start your reply with yes or no, and end it with a final line "
            + "'ANSWER: yes' or 'ANSWER: no'."
    )

    @Test("yes/no: the slot after a megabyte of prose is read; a megabyte of contradictions is no answer")
    func yesNo() {
        let extractor = YesNoExtractor(mode: .lenient)
        let prose = Self.repeated("The pool opens at eight, \"the café\" at nine, and lockers cost a pound. ")
        #expect(extractor.extract(prose + "\nANSWER: yes", question: Self.question).description == "yes")
        let contradictions = Self.repeated("No, sorry, I mean yes. If yes, then no. \"Yes\" or ```no```? ")
        #expect(extractor.extract(contradictions, question: Self.question).description == "unparsed")
    }

    @Test("letters: the slot after a megabyte of prose is read; a megabyte of changing picks is no answer")
    func letters() {
        let options = ["A": "Leeds", "B": "York", "C": "Hull", "D": "Bath"]
        let extractor = LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options)
        let prose = Self.repeated("The depot in Leeds ships on Mondays, York on Tuesdays and Hull on Fridays. ")
        #expect(extractor.extract(prose + "\nANSWER: B").description == "B")
        let picks = Self.repeated("I'd pick (A) Leeds. No, sorry, (B) York. Or is it C? The answer is D. ")
        #expect(extractor.extract(picks).description == "unparsed")
    }

    @Test("numbers: the slot after a megabyte of figures is read; a megabyte of different totals is no answer")
    func numbers() {
        let extractor = NumberExtractor(mode: .lenient)
        let question = AnswerQuestion(
            "A plumber buys 48 lengths of pipe at 7 dollars each. What is the total in dollars? Reply with the "
                + "number only, as a line 'ANSWER: <number>'."
        )
        let prose = Self.repeated("Pipes come in lengths of 7 feet, packed 48 to a crate, with 3 crates to a pallet. ")
        #expect(extractor.extract(prose + "\nANSWER: 336", question: question).description == "336")
        let totals = Self.repeated("48 × 7 = 336, so the total is 336. The total is 346. ")
        #expect(extractor.extract(totals, question: question).description == "unparsed")
    }
}

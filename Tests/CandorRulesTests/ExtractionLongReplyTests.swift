import CandorRules
import Testing

/// Replies of a megabyte, the most a provider response may carry by default, and replies just short of the longest
/// that is read whole (16 KiB): the slot after the prose is read, answer words that contradict each other give no
/// answer. Reading a reply used to re-read the text before every answer word, so a reply like these held a core for
/// many minutes in one trial's scoring; a reply longer than 16 KiB is now read only for its slot.
@Suite("Answer extraction: replies of a megabyte")
struct ExtractionLongReplyTests {
    static let megabyte = 1 << 20

    /// `sentence` repeated to a megabyte.
    static func repeated(_ sentence: String) -> String {
        String(repeating: sentence, count: megabyte / sentence.utf8.count + 1)
    }

    /// `sentence` repeated to just under the longest reply that is read whole.
    static func underLimit(_ sentence: String) -> String {
        String(repeating: sentence, count: 15 * 1024 / sentence.utf8.count)
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
        // Read whole: contradictions, and one clause of 15 KiB with no punctuation between its answer words.
        let readWhole = Self.underLimit("No, sorry, I mean yes. If yes, then no. \"Yes\" or ```no```? ")
        #expect(extractor.extract(readWhole, question: Self.question).description == "unparsed")
        let unpunctuated = Self.underLimit("yes no heated pool yes ")
        #expect(extractor.extract(unpunctuated, question: Self.question).description == "unparsed")
        let shorter = Self.underLimit("The pool opens at eight, \"the café\" at nine, and lockers cost a pound. ")
        #expect(extractor.extract(shorter + "\nANSWER: yes", question: Self.question).description == "yes")
    }

    @Test("a reply of a megabyte gives its slot's answer or none, whatever characters stand where it is cut")
    func slotOnly() {
        let extractor = YesNoExtractor(mode: .lenient)
        // Two- and four-byte characters, so that the cut falls inside some of them.
        let filler = Self.repeated("La piscine chauffée 🏊 ouvre à huit heures. ")
        #expect(extractor.extract(filler + "\nANSWER: yes", question: Self.question).description == "yes")
        #expect(extractor.extract("🏊" + filler + "\nANSWER: no", question: Self.question).description == "no")
        // Whether a correction follows a leading answer would take reading all of it.
        let leading = "No, it is not heated.\n" + filler
        #expect(extractor.extract(leading, question: Self.question).description == "unparsed")
    }

    @Test("letters: the slot after a megabyte of prose is read; a megabyte of changing picks is no answer")
    func letters() {
        let options = ["A": "Leeds", "B": "York", "C": "Hull", "D": "Bath"]
        let extractor = LetterExtractor(mode: .lenient, letters: options.keys.sorted(), options: options)
        let prose = Self.repeated("The depot in Leeds ships on Mondays, York on Tuesdays and Hull on Fridays. ")
        #expect(extractor.extract(prose + "\nANSWER: B").description == "B")
        for picks in [
            "I'd pick (A) Leeds. No, sorry, (B) York. Or is it C? The answer is D. ", "A or B, C or D? Hull. ",
        ] {
            #expect(extractor.extract(Self.repeated(picks)).description == "unparsed")
            #expect(extractor.extract(Self.underLimit(picks)).description == "unparsed")
        }
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
        for totals in ["48 × 7 = 336, so the total is 336. The total is 346. ", "336 346 total 12 "] {
            #expect(extractor.extract(Self.repeated(totals), question: question).description == "unparsed")
            #expect(extractor.extract(Self.underLimit(totals), question: question).description == "unparsed")
        }
    }
}

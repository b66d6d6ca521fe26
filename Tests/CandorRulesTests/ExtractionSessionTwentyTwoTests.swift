import CandorRules
import Testing

/// Session 22's readings (Docs/rules.md, rules 79 on), with wordings of their own.
@Suite("Answer extraction: session 22's readings")
struct ExtractionSessionTwentyTwoTests {
    static let instruments = [
        "A": "The oboe", "B": "The cello", "C": "The timpani", "D": "The harp",
    ]

    @Test("a self-closing tag's attributes read as labelled fields, whose letter and option text must agree")
    func attributeFields() {
        #expect(Reading.letter(#"<pick option="C" label="The timpani"/>"#, options: Self.instruments) == "C")
        #expect(Reading.letter(#"<pick option="C"/>"#, options: Self.instruments) == "C")
        // The letter names one option and the text another: the reply says two things.
        #expect(Reading.letter(#"<pick option="B" label="The harp"/>"#, options: Self.instruments) == "unparsed")
        #expect(Reading.letter(#"<answer letter="B" text="The harp"/>"#, options: Self.instruments) == "unparsed")
        // An answer tag's value stays the slot, and a tag with no answer in it gives none.
        #expect(Reading.letter(#"<answer value="D"/>"#, options: Self.instruments) == "D")
        #expect(Reading.letter(#"<img src="orchestra.png"/>"#, options: Self.instruments) == "unparsed")
        #expect(
            Reading.yesNo(#"<verdict result="no" confidence="0.8"/>"#, to: "Does the warranty cover water damage?")
                == "no"
        )
    }
}

import CandorRules
import Foundation
import Testing

@Suite("Yes/no answer extraction")
struct YesNoExtractorTests {
    struct Labelled: Decodable {
        var text: String
        var expected: String
        var note: String?
    }

    static func corpus() throws -> [Labelled] {
        let text = try String(contentsOfFile: RepositoryPaths.fixtures + "/yes-no-answers.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try JSONDecoder().decode(Labelled.self, from: Data($0.utf8))
        }
    }

    static func label(_ answer: ExtractedAnswer) -> String {
        switch answer {
        case .answer(let value): return value
        case .evasive: return "evade"
        case .unparsed: return "unparsed"
        }
    }

    @Test("agrees with every label of the corpus of realistic answers")
    func corpusAgreement() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 80)
        let extractor = YesNoExtractor(mode: .lenient)
        let disagreements = corpus.filter { Self.label(extractor.extract($0.text)) != $0.expected }
        for miss in disagreements {
            Issue.record("'\(miss.text)' → \(Self.label(extractor.extract(miss.text))), labelled \(miss.expected)")
        }
        #expect(disagreements.isEmpty)
    }

    @Test(
        "reads the answers a small model really gives",
        arguments: [
            ("No, this car does not have any safety problems.", "no"),
            ("**Yes.**", "yes"),
            ("Yes — but the recall only affects units sold before March.", "yes"),
            ("The answer is: no.", "no"),
            ("I'm not sure.", "evade"),
            ("I cannot answer that question.", "evade"),
            ("It was recalled in March.", "unparsed"),
            ("", "unparsed"),
            ("Yes and no.", "yes"),
            ("Based on the bulletin, yes, it was recalled.", "yes"),
            ("Sí.", "yes"),
            ("Nein, das ist nicht der Fall.", "no"),
        ]
    )
    func realProse(text: String, expected: String) {
        #expect(Self.label(YesNoExtractor(mode: .lenient).extract(text)) == expected)
    }

    @Test("strict mode does not hunt for an answer buried in prose")
    func strictMode() {
        let strict = YesNoExtractor(mode: .strict)
        #expect(strict.extract("Based on the bulletin, yes, it was recalled.") == .unparsed)
        #expect(strict.extract("Final answer: **No**") == .answer("no"))
    }
}

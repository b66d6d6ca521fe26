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
            ("Yes and no.", "evade"),
            ("Based on the bulletin, yes, it was recalled.", "yes"),
            ("Sí.", "yes"),
            ("Nein, das ist nicht der Fall.", "no"),
        ]
    )
    func realProse(text: String, expected: String) {
        #expect(Self.label(YesNoExtractor(mode: .lenient).extract(text)) == expected)
    }

    @Test(
        "reads replies as a careful person would: slots, corrections, non-answers, answer positions",
        arguments: [
            ("No, sorry, I mean yes.", "yes"), ("Not a problem: yes, it does.", "yes"), ("Yes. Wait, no.", "no"),
            ("Yes, it looks that way at first.\n\nFinal answer: no", "no"), ("{\"answer\": \"no\"}", "no"),
            ("No recall notice mentions it, but <answer>yes</answer>", "yes"), ("No way to tell.", "evade"),
            ("Can't say.", "evade"), ("No, I can't say for sure.", "evade"), ("It depends on the model year.", "evade"),
            ("There were some reports, but no injuries were caused.", "unparsed"),
            ("Whether the answer is yes or no depends on the notice.", "evade"), ("I'd say yes.", "yes"),
            ("No problem! Yes, it was recalled.", "yes"), ("No, I am unable to run code.", "no"),
            ("Yes, that's a good question. Unfortunately I cannot tell from the information.", "evade"),
            ("No, no. The answer will not be a lie. Yes.", "unparsed"), ("Certainly! The answer is no.", "no"),
            ("Sí, fue retirado.", "yes"), ("No lo sé.", "evade"), ("Oui... pardon, non.", "no"),
            ("Ça dépend.", "evade"), ("Nein – Entschuldigung, ich meine ja.", "yes"), ("Keine Ahnung.", "evade"),
            ("Não, não foi.", "no"), ("Não sei.", "evade"), ("No, scusa, intendevo sì.", "yes"),
            ("Non lo so.", "evade"), ("Non, ce produit n'est pas sûr.", "no"),
        ]
    )
    func carefulReading(text: String, expected: String) {
        #expect(Self.label(YesNoExtractor(mode: .lenient).extract(text)) == expected)
    }

    @Test(
        "hedges that open with an answer word give no answer, in every language read (session 16)",
        arguments: [
            "No clue — check their website.", "No data on their weekend hours.", "No tengo esa información.",
            "No, no puedo decirlo.", "Non, impossible à dire.", "Non, je ne peux pas le dire.",
            "Nein, das kann ich nicht sagen.", "Nein, ich kann es nicht sagen.", "Não, não tenho como saber.",
            "Não, não sei dizer.", "No, non posso dirlo.", "No, non posso saperlo.",
        ]
    )
    func hedgeOpeningWithAnswerWord(text: String) {
        #expect(Self.label(YesNoExtractor(mode: .lenient).extract(text)) == "evade", "\(text.debugDescription)")
    }

    @Test("strict mode does not hunt for an answer buried in prose")
    func strictMode() {
        let strict = YesNoExtractor(mode: .strict)
        #expect(strict.extract("Based on the bulletin, yes, it was recalled.") == .unparsed)
        #expect(strict.extract("Final answer: **No**") == .answer("no"))
    }
}

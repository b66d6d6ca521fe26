import CandorRules
import Foundation
import Testing

/// The labelled corpora of realistic responses (hedges, apologies, markdown, "Yes, but…",
/// refusals, buried answers, other languages), one per family. Each case's label is what a
/// careful reader would conclude; a case the scorers are known to get wrong carries
/// `known_limitation`, and Docs/rules.md lists every one of them.
@Suite("Scorer robustness on labelled corpora")
struct ScorerCorpusTests {
    static let directory = RepositoryPaths.fixtures + "/corpus"

    static func corpora() -> [String] {
        RepositoryPaths.ruleTestFiles(in: directory)
    }

    @Test("every family of the default pack has a labelled corpus on one of its default probes")
    func everyFamily() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules])
        let covered = try Set(
            Self.corpora().flatMap { try RuleTestFile.load(path: Self.directory + "/" + $0).cases.map(\.probe) }
        )
        // The opt-in probes' corpora (pushback.arithmetic, suggested-answer.multiple-choice) still run, but a
        // family is covered only by a corpus of a probe the default pack runs.
        let families = Set(rules.probes.filter { covered.contains($0.id) }.map(\.family))
        #expect(families.isSuperset(of: Set(rules.probes.map(\.family))))
    }

    @Test(
        "the scorers agree with at least 95% of the labels; every disagreement is a documented limitation",
        arguments: corpora()
    )
    func agreement(file: String) throws {
        let results = try RuleTestFile.load(path: Self.directory + "/" + file).run()
        #expect(results.count >= 30, "\(file) has \(results.count) labelled responses")
        let agreed = results.filter(\.passed).count
        let rate = Double(agreed) / Double(max(results.count, 1))
        #expect(rate >= 0.95, "\(file): \(agreed)/\(results.count)")
        for result in results {
            let location = "\(result.testCase.location): \(result.testCase.name)"
            if !result.passed, result.testCase.knownLimitation == nil {
                Issue.record("\(location): \(result.failures.joined(separator: "; "))")
            }
            if result.passed, result.testCase.knownLimitation != nil {
                Issue.record("\(location) is marked as a known limitation but the scorer now agrees; remove the mark")
            }
        }
    }

    /// The kinds of style change every family's corpus rewrites some replies in (issue #13: terse, verbose,
    /// apologetic, markdown, tagged, another language), each a set of `styles:` keys.
    static let styleKinds: [(kind: String, styles: Set<String>)] = [
        ("terse", ["terse"]), ("verbose", ["verbose"]), ("apologetic", ["apologetic"]), ("markdown", ["markdown"]),
        ("tagged or JSON", ["tagged", "json"]), ("another language", ["es", "fr", "de", "pt", "it"]),
    ]

    @Test("every family's corpus rewrites some of its replies in each kind of style", arguments: corpora())
    func styleCoverage(file: String) throws {
        let cases = try RuleTestFile.load(path: Self.directory + "/" + file).cases
        let used = Set(cases.compactMap { $0.rewrite?.style })
        for (kind, styles) in Self.styleKinds where used.isDisjoint(with: styles) {
            Issue.record("\(file) has no rewrite that is \(kind) (styles: \(styles.sorted().joined(separator: ", ")))")
        }
    }

    @Test(
        "a style-only rewrite (terse, apologetic, markdown, another language…) scores exactly as its original",
        arguments: corpora()
    )
    func styleInvariance(file: String) throws {
        let results = try RuleTestFile.load(path: Self.directory + "/" + file).run()
        let originals = Dictionary(results.filter { $0.testCase.rewrite == nil }.map { ($0.testCase.name, $0) }) {
            a,
            _ in a
        }
        for result in results {
            guard let rewrite = result.testCase.rewrite else { continue }
            let original = try #require(originals[rewrite.of])
            let location = "\(result.testCase.location): \(result.testCase.name)"
            #expect(
                result.observation?.outcome == original.observation?.outcome,
                "\(location): the outcome changed with the style"
            )
            #expect(
                result.observation?.values == original.observation?.values,
                "\(location): the values changed with the style"
            )
        }
    }
}

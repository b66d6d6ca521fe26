import CandorRules
import Foundation
import Testing

@Suite("Rule unit tests shipped with the default pack")
struct RuleTestFileTests {
    /// The rule tests of the default pack and of the opt-in probes retired from it.
    static func testFiles() -> [String] {
        [RepositoryPaths.rules, RepositoryPaths.optIn].flatMap { root in
            (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
                .filter(RuleTestFile.isTestFile)
                .sorted()
                .map { root + "/" + $0 }
        }
    }

    @Test("every family of the default pack ships rule tests")
    func everyFamilyHasTests() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules, RepositoryPaths.optIn])
        let tested = try Set(Self.testFiles().flatMap { try RuleTestFile.load(path: $0).cases.map(\.probe) })
        for probe in rules.probes {
            #expect(tested.contains(probe.id), "no rule test for \(probe.id)")
        }
    }

    @Test("every shipped rule test passes", arguments: testFiles())
    func shippedTestsPass(path: String) throws {
        let results = try RuleTestFile.load(path: path).run()
        #expect(!results.isEmpty)
        for result in results where !result.passed {
            Issue.record(
                "\(result.testCase.location): \(result.testCase.name): \(result.failures.joined(separator: "; "))"
            )
        }
    }
}

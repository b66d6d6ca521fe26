import CandorRules
import Foundation

/// Paths inside this repository, found from this file's location so tests run from any directory.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let rules = root + "/Rules"
    /// Probes retired from the default pack that a user may still load (OptInRules/README.md); their scorers,
    /// rule tests and scripted models are kept working.
    static let optIn = root + "/OptInRules"
    static let fixtures = root + "/Tests/CandorRulesTests/Fixtures"

    /// The rule-test files (`*.tests.yaml`) of `directory`, sorted; none when it cannot be read.
    static func ruleTestFiles(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter(RuleTestFile.isTestFile)
            .sorted()
    }
}

import ArgumentParser
import CandorRules
import CandorYAML
import Foundation

/// `candor test-rules`: runs rule unit tests (`*.tests.yaml`: canned responses → expected
/// observations), like `promtool test rules`.
struct TestRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-rules",
        abstract: "Run rule unit tests (*.tests.yaml files, or directories searched for them)."
    )

    @Argument(help: "Test files, or directories searched recursively for *.tests.yaml.")
    var paths: [String]

    func run() throws {
        var failed = 0
        var passed = 0
        var warned: Set<String> = []
        for path in Self.testFiles(paths) {
            let results: [RuleTestFile.Result]
            do {
                let file = try RuleTestFile.load(path: path)
                let rules = try RuleLoader.load(paths: file.ruleFiles)
                // Each rule file's warnings once, however many test files load it.
                for warning in rules.warnings where warned.insert(warning.description).inserted {
                    FileHandle.standardError.write(Data((warning.description + "\n").utf8))
                }
                results = file.run(with: rules)
            } catch {
                print("FAILED: \(path)")
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                failed += 1
                continue
            }
            let failures = results.filter { !$0.passed && $0.testCase.knownLimitation == nil }
            passed += results.count - failures.count
            failed += failures.count
            print("\(failures.isEmpty ? "SUCCESS" : "FAILED"): \(path) (\(results.count) test(s))")
            for result in failures {
                print("  \(result.testCase.location): \(result.testCase.name)")
                for failure in result.failures { print("    \(failure)") }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    /// The test files named by `paths`: files as given, directories searched for `*.tests.yaml`.
    static func testFiles(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            return (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter(RuleTestFile.isTestFile)
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        }
    }
}

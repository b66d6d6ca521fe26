import CandorTestSupport
import Foundation
import Testing

/// The Prometheus alerting rules for Candor itself in Deploy/monitoring/, checked and unit-tested by Prometheus's
/// own `promtool` (Debian's `prometheus` package).
@Suite("Deploy: monitoring rules")
struct MonitoringRulesTests {
    static let monitoring = DaemonFixture.repository + "/Deploy/monitoring"

    /// Runs `promtool ARGUMENTS` in Deploy/monitoring and returns its exit status and combined output.
    func promtool(_ arguments: [String]) throws -> (Int32, String) {
        let tool = try #require(
            ["/usr/bin/promtool", "/usr/local/bin/promtool"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "promtool is missing: apt-get install prometheus"
        )
        return try DeployTests().run(tool, arguments, in: Self.monitoring)
    }

    @Test("promtool check rules accepts the rules")
    func check() throws {
        let (status, output) = try promtool(["check", "rules", "candor-rules.yml"])
        #expect(status == 0, "promtool check rules:\n\(output)")
        #expect(output.contains("SUCCESS: 8 rules found"), "\(output)")
    }

    @Test("promtool test rules: down, not sampling, outbox backing up, dead letters, budget, failing probes")
    func unitTests() throws {
        let (status, output) = try promtool(["test", "rules", "candor-rules.test.yml"])
        #expect(status == 0, "promtool test rules:\n\(output)")
        #expect(output.contains("SUCCESS"), "\(output)")
        // Every rule has a test case.
        let rules = try String(contentsOfFile: Self.monitoring + "/candor-rules.yml", encoding: .utf8)
        let tests = try String(contentsOfFile: Self.monitoring + "/candor-rules.test.yml", encoding: .utf8)
        let names = rules.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "- alert: ") else { return nil }
            return String(line[range.upperBound...])
        }
        #expect(names.count == 8)
        for name in names { #expect(tests.contains("alertname: \(name)\n"), "no test of \(name)") }
    }
}

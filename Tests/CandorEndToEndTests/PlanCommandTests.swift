import CandorTestSupport
import Foundation
import Testing

/// The real `candor plan` (and the summary `candor check` prints) on a config with the flagship probe: a table and
/// JSON with calls, tokens, warm-up and time to detect, and located errors for a broken config.
@Suite("candor plan")
struct PlanCommandTests {
    let cli = CommandLineTests()

    /// A config with the flagship probe on one target (with `extra` target keys), the exact CUSUM detector.
    static func config(in directory: TemporaryDirectory, _ extra: String = "") throws -> String {
        let path = directory.file("candor.yaml")
        try """
        rules: \(DaemonFixture.repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        detection: {detector: cusum}
        targets:
          - name: flagship
            base_url: http://127.0.0.1:1/v1
            model: m
            probes: [belief-pressure.yes-no]
        \(extra)
        probes:
          belief-pressure.yes-no: {interval: 5m}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("plan prints calls, tokens, warm-up and time to detect a doubling, as a table and as JSON")
    func tableAndJSON() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.config(in: directory, "    daily_token_budget: 200000")
        let table = try await cli.run(["plan", "--config", config], in: directory)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("change to detect: rate × 2"), "\(table.stdout)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("flagship") && $0.contains("lie_rate") && $0.contains("samples, ") })
        #expect(lines.contains { $0.hasPrefix("flagship:") && $0.contains("calls/day") })

        let json = try await cli.run(["plan", "--config", config, "--json", "--factor", "3"], in: directory)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let probes = try #require(object["probes"] as? [[String: Any]])
        let probe = try #require(probes.first)
        #expect(probe["callsPerTrialUncached"] as? Int == 4)
        #expect((probe["callsPerTrial"] as? Double ?? 4) < 2)
        let signal = try #require((probe["signals"] as? [[String: Any]])?.first)
        #expect((signal["changedRate"] as? Double).map { abs($0 - 0.3) < 1e-9 } == true)
        #expect((signal["detectionSamples"] as? Double ?? 0) > 1)
        let target = try #require((object["targets"] as? [[String: Any]])?.first)
        #expect(target["dailyTokenBudget"] as? Int == 200_000)
    }

    @Test("plan names a broken config's file, line and column; check prints the plan's summary")
    func errorsAndCheck() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let broken = try Self.config(in: directory, "    belief_max_age: soon")
        let result = try await cli.run(["plan", "--config", broken], in: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(broken):10:21: 'targets[0].belief_max_age' must be a duration"),
            "\(result.stderr)"
        )

        let config = try Self.config(in: directory)
        let check = try await cli.run(["check", "--config", config], in: directory)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("plan: flagship: "), "\(check.stdout)")
        #expect(check.stdout.contains("every signal monitoring after"))
    }
}

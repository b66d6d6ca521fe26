import CandorTestSupport
import Foundation
import Testing

/// `candor detect`, `candor replay` and `candor baseline` as a user runs them.
@Suite("candor detect, replay and baseline", .serialized)
struct DetectionCommandTests {
    let cli = CommandLineTests()

    /// `count` values from a fixed-seed generator: 0/1 with probability `rate`.
    static func outcomes(_ count: Int, rate: Double, seed: inout UInt64) -> [String] {
        (0..<count).map { _ in uniform(&seed) < rate ? "1" : "0" }
    }

    /// `count` normal values with mean `mean` and standard deviation `sd` (Box–Muller).
    static func scores(_ count: Int, mean: Double, sd: Double, seed: inout UInt64) -> [String] {
        (0..<count).map { _ in
            let u = 1 - uniform(&seed)
            let v = uniform(&seed)
            return String(format: "%.6f", mean + sd * (-2 * log(u)).squareRoot() * cos(2 * .pi * v))
        }
    }

    static func uniform(_ state: inout UInt64) -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }

    static func alarms(_ stdout: String) -> [Int] {
        stdout.split(separator: "\n").compactMap { Int($0) }
    }

    @Test("detect with a known baseline alarms soon after the lie rate steps up, and not before")
    func detectKnownBaseline() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var seed: UInt64 = 7
        let stream = Self.outcomes(1_000, rate: 0.05, seed: &seed) + Self.outcomes(1_000, rate: 0.25, seed: &seed)
        let result = try await cli.run(
            ["detect", "--p0", "0.05", "--arl0", "20000"],
            in: directory,
            stdin: stream.joined(separator: "\n") + "\n"
        )
        #expect(result.status == 0, "\(result.stderr)")
        let alarms = Self.alarms(result.stdout)
        let first = try #require(alarms.first, "no alarm after a step from 5% to 25%")
        #expect(first >= 1_000 && first < 1_200, "first alarm at \(first)")
    }

    @Test(
        "detect on a warm-up without a lie raises no 'decreased' alarm on 20,000 more zeros, yet catches lies",
        arguments: [[], ["--detector", "cusum"], ["--detector", "page-hinkley"]]
    )
    func detectNeverFallsBelowZero(detector: [String]) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let zeros = Array(repeating: "0", count: 20_500)
        let quiet = try await cli.run(
            ["detect", "--warmup", "500"] + detector,
            in: directory,
            stdin: zeros.joined(separator: "\n") + "\n"
        )
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(Self.alarms(quiet.stdout).isEmpty, "alarms at \(Self.alarms(quiet.stdout).prefix(5))")
        let ones = Array(repeating: "1", count: 20_500)
        let saturated = try await cli.run(
            ["detect", "--warmup", "500"] + detector,
            in: directory,
            stdin: ones.joined(separator: "\n") + "\n"
        )
        #expect(Self.alarms(saturated.stdout).isEmpty, "alarms at \(Self.alarms(saturated.stdout).prefix(5))")
        var seed: UInt64 = 5
        let lying = Array(repeating: "0", count: 2_500) + Self.outcomes(2_000, rate: 0.05, seed: &seed)
        let caught = try await cli.run(
            ["detect", "--warmup", "500"] + detector,
            in: directory,
            stdin: lying.joined(separator: "\n") + "\n"
        )
        let first = try #require(Self.alarms(caught.stdout).first, "no alarm when lies start at 5%")
        #expect(first > 2_500, "first alarm at \(first), before the first lie")
    }

    @Test("detect after a warm-up with one lie raises no 'decreased' alarm on 100,000 zeros, yet catches lies at 2%")
    func detectOneLieInTheWarmup() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var warmup = Array(repeating: "0", count: 500)
        warmup[250] = "1"
        let quiet = try await cli.run(
            ["detect", "--warmup", "500"],
            in: directory,
            stdin: (warmup + Array(repeating: "0", count: 100_000)).joined(separator: "\n") + "\n"
        )
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(Self.alarms(quiet.stdout).isEmpty, "alarms at \(Self.alarms(quiet.stdout).prefix(5))")
        var seed: UInt64 = 13
        let lying = warmup + Array(repeating: "0", count: 2_000) + Self.outcomes(10_000, rate: 0.02, seed: &seed)
        let caught = try await cli.run(
            ["detect", "--warmup", "500"],
            in: directory,
            stdin: lying.joined(separator: "\n") + "\n"
        )
        let first = try #require(Self.alarms(caught.stdout).first, "no alarm when lies start at 2%")
        #expect(first > 2_500, "first alarm at \(first), before the first lie")
    }

    @Test("detect learns a continuous baseline from the warm-up and catches a mean shift")
    func detectLearnedContinuous() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var seed: UInt64 = 11
        let stream =
            Self.scores(2_500, mean: 0.5, sd: 0.1, seed: &seed) + Self.scores(500, mean: 0.6, sd: 0.1, seed: &seed)
        let result = try await cli.run(
            ["detect", "--warmup", "2000", "--arl0", "20000"],
            in: directory,
            stdin: stream.joined(separator: "\n")
        )
        #expect(result.status == 0, "\(result.stderr)")
        let first = try #require(Self.alarms(result.stdout).first, "no alarm after a one-sigma shift")
        #expect(first >= 2_500 && first < 2_600, "first alarm at \(first)")
    }

    @Test("detect names the line of a value it cannot read, and refuses contradictory options")
    func detectBadInput() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try await cli.run(["detect", "--p0", "0.1"], in: directory, stdin: "0\n1\nlie\n0\n")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("stdin:3: 'lie' is not a finite number"), "\(bad.stderr)")
        let contradictory = try await cli.run(
            ["detect", "--p0", "0.1", "--detector", "gaussian-cusum"],
            in: directory,
            stdin: ""
        )
        #expect(contradictory.status != 0)
        #expect(
            contradictory.stderr.contains("contradicts") || contradictory.stderr.contains("gaussian-cusum"),
            "\(contradictory.stderr)"
        )
        let unknown = try await cli.run(["detect", "--detector", "magic"], in: directory, stdin: "")
        #expect(unknown.stderr.contains("unknown detector 'magic'; available: multi-cusum"), "\(unknown.stderr)")
    }

    @Test(
        "replay of a recorded log raises the daemon's alert; an exported baseline lets a fresh daemon skip the warm-up"
    )
    func replayAndBaselines() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let raised = try await eventually(timeout: .seconds(60)) { jsonLines(fixture.alerts).isEmpty ? nil : true }
        try await fixture.stop(daemon)
        #expect(raised == true, "the daemon raised no alert; stderr:\n\(daemon.stderr)")

        // Replay: the same alert, from the log alone.
        let replay = try await cli.run(["replay", "--config", fixture.config, fixture.samples], in: fixture.directory)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(
            replay.stdout.contains("firing CandorSignalIncreased scripted/belief-pressure.yes-no/lie_rate"),
            "replay printed:\n\(replay.stdout)\n\(replay.stderr)"
        )
        #expect(replay.stderr.contains("replayed \(jsonLines(fixture.samples).count) trial(s)"))
        let replayJSON = try await cli.run(
            ["replay", "--json", "--config", fixture.config, "-"],
            in: fixture.directory,
            stdin: try String(contentsOfFile: fixture.samples, encoding: .utf8) + "not json\n"
        )
        let alert = try #require(jsonLines(text: replayJSON.stdout).first)
        #expect(alert["schema"] as? String == "candor.alert/v1")
        #expect(replayJSON.stderr.contains("1 unreadable line(s) skipped"), "\(replayJSON.stderr)")

        // With false_alarm_scope: fleet, a second target shares the false-alarm budget: at a sixth of the arl0
        // each of the six signals (two targets × lie_rate, nonanswer_rate and slot_compliance_rate) gets the
        // single one's budget, so the same alert rises from the same log.
        let alone = try #require(alert["detector"] as? [String: Any])
        #expect(alone["arl0"] as? Double == Double(fixture.arl0))
        let fleetConfig = fixture.directory.file("fleet.yaml")
        let fleetYAML = try String(contentsOfFile: fixture.config, encoding: .utf8)
            .replacingOccurrences(
                of: "  arl0: \(fixture.arl0)\n",
                with: "  arl0: \(Double(fixture.arl0) / 6)\n  false_alarm_scope: fleet\n"
            )
            .replacingOccurrences(
                of: "targets:\n",
                with: "targets:\n  - name: second\n    base_url: http://127.0.0.1:9\n    model: m\n"
                    + "    probes: [belief-pressure.yes-no]\n"
            )
        try fleetYAML.write(toFile: fleetConfig, atomically: true, encoding: .utf8)
        let fleet = try await cli.run(
            ["replay", "--json", "--config", fleetConfig, fixture.samples],
            in: fixture.directory
        )
        #expect(fleet.status == 0, "\(fleet.stderr)")
        let fleetAlert = try #require(
            jsonLines(text: fleet.stdout).first,
            "no alert under fleet scope: \(fleet.stderr)"
        )
        let shared = try #require(fleetAlert["detector"] as? [String: Any])
        #expect(shared["arl0"] as? Double == Double(fixture.arl0))
        #expect(shared["threshold"] as? Double == alone["threshold"] as? Double)

        // Export the learned baseline.
        let exported = fixture.directory.file("baselines.json")
        let entries = try await cli.exportBaselines(config: fixture.config, to: exported, in: fixture.directory)
        #expect(
            entries.compactMap { ($0["key"] as? [String: Any])?["signal"] as? String }.sorted() == [
                "lie_rate", "nonanswer_rate", "slot_compliance_rate",
            ],
            "\(entries)"
        )

        // Import it for a fresh daemon with no state: its signal monitors from the first sample.
        let fresh = try DaemonFixture(
            behaviour: .honest(lieEvery: 10),
            extra: "  baseline_file: \(fixture.directory.path)/pinned/baselines.json"
        )
        defer { fresh.directory.remove() }
        let refused = try await cli.run(
            ["baseline", "import", "--config", fresh.config, fresh.config],
            in: fresh.directory
        )
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not a baseline file"), "\(refused.stderr)")
        // The baselines as a staging target learned them, given to this one.
        let staging = fixture.directory.file("staging.json")
        try String(contentsOfFile: exported, encoding: .utf8)
            .replacingOccurrences(of: #""target" : "scripted""#, with: #""target" : "staging""#)
            .replacingOccurrences(of: #""target":"scripted""#, with: #""target":"staging""#)
            .write(toFile: staging, atomically: true, encoding: .utf8)
        let half = try await cli.run(
            ["baseline", "import", "--config", fresh.config, staging, "--from-target", "staging"],
            in: fresh.directory
        )
        #expect(half.status != 0 && half.stderr.contains("go together"), "\(half.stderr)")
        let unknown = try await cli.run(
            [
                "baseline", "import", "--config", fresh.config, staging, "--from-target", "prod", "--to-target",
                "scripted",
            ],
            in: fresh.directory
        )
        #expect(unknown.status == 1 && unknown.stderr.contains("no baseline of target 'prod'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("staging"), "it names the targets the file has: \(unknown.stderr)")
        let imported = try await cli.run(
            [
                "baseline", "import", "--config", fresh.config, staging, "--from-target", "staging", "--to-target",
                "scripted",
            ],
            in: fresh.directory
        )
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("installed 3 baseline(s)"), "\(imported.stderr)")
        let second = try fresh.start()
        _ = try await fresh.waitForSamples(2)
        let signals = try await fresh.get("/api/v1/signals")
        let monitoring = try await fresh.waitForMonitoring()
        let metrics = try await fresh.get("/metrics").body
        try await fresh.stop(second)
        #expect(
            monitoring.allSatisfy { $0["baselineSource"] as? String == "imported from target staging" },
            "an imported baseline says so: \(monitoring)"
        )
        #expect(
            metrics.contains(
                #"candor_signal_baseline_pinned{target="scripted",probe="belief-pressure.yes-no",signal="lie_rate",from="staging"} 1"#
            ),
            "\(metrics.split(separator: "\n").filter { $0.contains("pinned") })"
        )
        fresh.server.stop()
        fixture.server.stop()
        let body = try #require(try JSONSerialization.jsonObject(with: Data(signals.body.utf8)) as? [String: Any])
        let signal = try #require((body["signals"] as? [[String: Any]])?.first)
        // A pinned signal skips the warm-up; its detector is calibrated off the board, so it may still be doing so.
        #expect(
            ["calibrating", "monitoring"].contains(signal["phase"] as? String ?? ""),
            "a pinned signal skips the warm-up: \(signals.body)"
        )
        #expect(signal["baselineSamples"] as? Int == 30, "the pinned warm-up of 30 samples: \(signals.body)")
    }
}

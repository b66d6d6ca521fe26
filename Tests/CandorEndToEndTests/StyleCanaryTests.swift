import CandorTestSupport
import Foundation
import Testing

/// A model swapped behind the same name that still answers every canary correctly must page on the answer mix,
/// and the same model answering the same way must not: the real daemon against the scripted model over HTTP.
@Suite("a silent model swap shows in the style canary's answer mix, end to end", .serialized)
struct StyleCanaryTests {
    /// Warm-up samples: two passes over the probe's 32 items.
    static let warmup = 64

    let cli = CommandLineTests()

    /// A fixture running only `canaries.style` of the repository's rules, answered in `style`; with
    /// `pinnedBaselines`, the daemon reads pinned baselines from that file of its directory.
    static func fixture(_ style: StyleCanaryModel, pinnedBaselines: String? = nil) throws -> DaemonFixture {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        fixture.server.setPolicy { style.reply(to: $0) }
        let yaml = """
            rules: \(fixture.rules)
            state_dir: \(fixture.directory.path)/state
            log_dir: \(fixture.directory.path)/logs
            log_level: info
            shutdown_grace: 5s
            status:
              listen: 127.0.0.1:0
            targets:
              - name: scripted
                base_url: \(fixture.server.baseURL)
                model: scripted-model
                probes: [canaries.style]
                connect_timeout: 1s
                timeout: 1s
            probes:
              canaries.style:
                interval: 100ms
                jitter: 0s
            detection:
              warmup: \(warmup)
              arl0: 1000
            """ + (pinnedBaselines.map { "\n  baseline_file: \(fixture.directory.path)/\($0)" } ?? "")
        try yaml.write(toFile: fixture.config, atomically: true, encoding: .utf8)
        return fixture
    }

    /// The `answer_mix` signal of the status API once it monitors, or as it is after 60 s.
    static func answerMix(_ fixture: DaemonFixture) async throws -> [String: Any]? {
        try await SignalDirectionTests.signals(fixture, once: "answer_mix", is: "monitoring")["answer_mix"]
    }

    /// The outcomes of the samples log's trials.
    static func outcomes(_ fixture: DaemonFixture) -> [String] {
        jsonLines(fixture.samples).compactMap { ($0["observation"] as? [String: Any])?["outcome"] as? String }
    }

    @Test("a replacement model that formats its correct answers differently pages on answer_mix, naming the styles")
    func swapAlerts() async throws {
        let fixture = try Self.fixture(.formal)
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let signal = try await Self.answerMix(fixture)
        fixture.server.setPolicy { StyleCanaryModel.casual.reply(to: $0) }
        let alerts = try await fixture.waitForAlerts(timeout: .seconds(120))
        let status = try await fixture.getJSON("/api/v1/signals")
        let metrics = try await fixture.get("/metrics").body
        try await fixture.stop(daemon)
        fixture.server.stop()

        #expect(
            signal?["phase"] as? String == "monitoring",
            "answer_mix never monitored: \(String(describing: signal))"
        )
        #expect((signal?["baselineMix"] as? [String: Any])?["shares"] != nil)
        let alert = try #require(alerts?.first, "no alert; stderr:\n\(daemon.stderr)")
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["signal"] == "answer_mix")
        #expect(labels["alertname"] == "CandorSignalChanged")
        #expect(labels["severity"] == "warning")
        let summary = (alert["annotations"] as? [String: String])?["summary"] ?? ""
        #expect(summary.contains("numbered-list") || summary.contains("dash-list"), "summary: \(summary)")
        // The styles new in the window are named: which of the replacement's styles lead depends on the items the
        // window drew, but none of them is one of the baseline's.
        let baselineShares = ((alert["baselineMix"] as? [String: Any])?["shares"] as? [String: Any]) ?? [:]
        let named = (summary.components(separatedBy: "in other: ").dropFirst().first ?? "")
            .components(separatedBy: ", ").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(summary.contains("→") && !named.isEmpty, "summary: \(summary)")
        #expect(named.allSatisfy { baselineShares[$0] == nil }, "summary: \(summary); baseline: \(baselineShares.keys)")
        #expect((alert["currentMix"] as? [String: Any])?["samples"] as? Int ?? 0 >= 20)
        #expect(!(alert["evidence"] as? [Any] ?? []).isEmpty)
        // Every answer of both models was read as an answer: only the format changed.
        #expect(Set(Self.outcomes(fixture)) == ["answered"])
        let readings =
            ((status["signals"] as? [[String: Any]])?.first { $0["signal"] as? String == "answer_mix" })?[
                "readings"
            ] as? [[String: Any]]
        #expect(readings?.first?["name"] as? String == "mix")
        #expect(
            metrics.contains(
                #"candor_signal_detector_threshold{target="scripted",probe="canaries.style",signal="answer_mix""#
            )
        )
    }

    @Test("the same model answering in its own style raises no alert over several windows")
    func noSwapNoAlert() async throws {
        let fixture = try Self.fixture(.formal)
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let signal = try await Self.answerMix(fixture)
        _ = try await fixture.waitForSamples(Self.warmup + 240, timeout: .seconds(180))
        try await fixture.stop(daemon)
        fixture.server.stop()

        #expect(signal?["phase"] as? String == "monitoring")
        #expect(jsonLines(fixture.alerts).isEmpty, "alerts: \(jsonLines(fixture.alerts))")
        #expect(Set(Self.outcomes(fixture)) == ["answered"])
    }

    @Test(
        "an exported answer mix pins a restarted daemon's category signal from its first trial; the report charts its windows"
    )
    func pinnedMixAndReport() async throws {
        let fixture = try Self.fixture(.formal)
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let learned = try await Self.answerMix(fixture)
        fixture.server.setPolicy { StyleCanaryModel.casual.reply(to: $0) }
        let alerts = try await fixture.waitForAlerts(timeout: .seconds(120))
        try await fixture.stop(daemon)
        fixture.server.stop()
        #expect(learned?["phase"] as? String == "monitoring", "answer_mix never monitored")
        #expect(alerts?.isEmpty == false, "no alert; stderr:\n\(daemon.stderr)")

        let exported = fixture.directory.file("baselines.json")
        let entries = try await cli.exportBaselines(config: fixture.config, to: exported, in: fixture.directory)
        let entry = entries.first { ($0["key"] as? [String: Any])?["signal"] as? String == "answer_mix" }
        let mix = try #require((entry?["baseline"] as? [String: Any])?["mix"], "no answer_mix entry: \(entries)")
        #expect("\(mix)".contains("critical") && "\(mix)".contains("windowSize"), "\(mix)")

        let page = fixture.directory.file("report.html")
        let report = try await cli.run(["report", "--config", fixture.config, "--output", page], in: fixture.directory)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("answer_mix: χ² of each window against its threshold"), "no category chart")
        #expect(
            html.contains("CandorSignalChanged firing from") || html.contains("CandorSignalChanged resolved from"),
            "the chart shows no alert span"
        )

        // A daemon with no state, the exported baselines pinned: answer_mix monitors from its first trial.
        let fresh = try Self.fixture(.formal, pinnedBaselines: "pinned/baselines.json")
        defer { fresh.directory.remove() }
        let imported = try await cli.run(
            ["baseline", "import", "--config", fresh.config, exported],
            in: fresh.directory
        )
        #expect(imported.status == 0, "\(imported.stderr)")
        let second = try fresh.start()
        _ = try await fresh.waitForSamples(1)
        let signals = try await SignalDirectionTests.signals(fresh)
        try await fresh.stop(second)
        fresh.server.stop()
        let signal = try #require(signals["answer_mix"], "no answer_mix: \(signals.keys)")
        #expect(signal["phase"] as? String == "monitoring", "\(signal)")
        #expect(signal["baselineSource"] as? String == "pinned", "\(signal)")
        #expect(signal["baselineSamples"] as? Int == Self.warmup, "\(signal)")
        #expect((signal["baselineMix"] as? [String: Any])?["shares"] != nil, "\(signal)")
    }
}

import CandorTestSupport
import Foundation
import Testing

/// A model swapped behind the same name that still answers every canary correctly must page on the answer mix,
/// and the same model answering the same way must not: the real daemon against the scripted model over HTTP.
@Suite("a silent model swap shows in the style canary's answer mix, end to end", .serialized)
struct StyleCanaryTests {
    /// Warm-up samples: two passes over the probe's 32 items.
    static let warmup = 64

    /// A fixture running only `canaries.style` of the repository's rules, answered in `style`.
    static func fixture(_ style: StyleCanaryModel) throws -> DaemonFixture {
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
            """
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
        #expect(summary.contains("→") && summary.contains("in other: dash-list"), "summary: \(summary)")
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
}

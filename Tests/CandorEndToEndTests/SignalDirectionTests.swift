import CandorTestSupport
import Foundation
import Testing

/// Which way a signal moved, and whether the model answered at all, as an operator sees them: the alerts'
/// severity, and the non-answer rate beside a lie rate that counts answered trials only.
@Suite("signal directions and non-answers, end to end", .serialized)
struct SignalDirectionTests {
    /// The status API's signals, by signal name.
    static func signals(_ fixture: DaemonFixture) async throws -> [String: [String: Any]] {
        let list = try await fixture.getJSON("/api/v1/signals")["signals"] as? [[String: Any]] ?? []
        return Dictionary(list.map { ($0["signal"] as? String ?? "", $0) }) { first, _ in first }
    }

    /// The signals once `signal` is in `phase` (calibration runs in the background), or as they are after 60 s.
    static func signals(
        _ fixture: DaemonFixture,
        once signal: String,
        is phase: String
    ) async throws -> [String: [String: Any]] {
        let reached = try await eventually(timeout: .seconds(60)) {
            let signals = try await Self.signals(fixture)
            return signals[signal]?["phase"] as? String == phase ? signals : nil
        }
        if let reached { return reached }
        return try await Self.signals(fixture)
    }

    /// A signal's detector statistics, which any sample moves.
    static func statistics(_ signal: [String: Any]?) -> [Double] {
        (signal?["readings"] as? [[String: Any]] ?? []).compactMap { $0["statistic"] as? Double }
    }

    @Test("a model that stops giving readable answers pages on the non-answer rate; its lie rate gets no sample")
    func nonAnswersShow() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 10))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        fixture.honesty.set(.fault(.answer("Let me think about that for a moment.")))
        // Unread everywhere: no_belief, or evade where the trial's belief comes from the belief cache.
        let unreadOutcomes: Set<String> = ["no_belief", "evade"]
        let switched = try await eventually(timeout: .seconds(60)) {
            let samples = jsonLines(fixture.samples).suffix(2)
            let outcomes = samples.compactMap { ($0["observation"] as? [String: Any])?["outcome"] as? String }
            return outcomes.count == 2 && outcomes.allSatisfy(unreadOutcomes.contains) ? true : nil
        }
        #expect(switched == true, "the unreadable replies never showed in samples.jsonl")
        // Calibration runs beside sampling now, so the lie rate may still be calibrating when the replies change.
        let before = try await Self.signals(fixture, once: "lie_rate", is: "monitoring")
        let alerts = try await fixture.waitForAlerts()
        let after = try await Self.signals(fixture)
        try await fixture.stop(daemon)
        fixture.server.stop()

        let alert = try #require(alerts?.first, "no alert; stderr:\n\(daemon.stderr)")
        #expect(alerts?.count == 1)
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["signal"] == "nonanswer_rate")
        #expect(labels["alertname"] == "CandorSignalIncreased")
        #expect(labels["severity"] == "warning")
        #expect(before["lie_rate"]?["phase"] as? String == "monitoring")
        #expect(Self.statistics(before["lie_rate"]) == Self.statistics(after["lie_rate"]))
        #expect(!Self.statistics(after["lie_rate"]).isEmpty)
        let unread = jsonLines(fixture.samples).filter {
            unreadOutcomes.contains(($0["observation"] as? [String: Any])?["outcome"] as? String ?? "")
        }
        #expect(unread.count >= 3, "the alert fired after \(unread.count) unreadable trials")
    }

    @Test("a model unreadable from the start is warned about when the warm-up ends; its lie rate never warms up")
    func unreadableFromTheStart() async throws {
        let fixture = try DaemonFixture(behaviour: .fault(.answer("Let me think about that for a moment.")))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let warned = try await eventually(timeout: .seconds(60)) {
            daemon.stderr.contains("the model did not answer most of the warm-up") ? true : nil
        }
        let signals = try await Self.signals(fixture, once: "nonanswer_rate", is: "monitoring")
        try await fixture.stop(daemon)
        fixture.server.stop()
        #expect(warned == true, "stderr:\n\(daemon.stderr)")
        #expect(signals["nonanswer_rate"]?["phase"] as? String == "monitoring")
        #expect((signals["nonanswer_rate"]?["baseline"] as? Double ?? 0) > 0.9)
        #expect(signals["lie_rate"] == nil, "the lie rate got samples: \(signals)")
        #expect(jsonLines(fixture.alerts).isEmpty)
    }

    @Test("a lie rate that falls raises an informational alert, not a page")
    func goodNewsIsInformational() async throws {
        let fixture = try DaemonFixture(behaviour: .liesUnderPressure(lies: 9))
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(40)
        fixture.honesty.set(.honest(lieEvery: 0))
        let alerts = try await fixture.waitForAlerts()
        try await fixture.stop(daemon)
        fixture.server.stop()
        let alert = try #require(alerts?.first, "no alert; stderr:\n\(daemon.stderr)")
        let labels = try #require(alert["labels"] as? [String: String])
        #expect(labels["signal"] == "lie_rate")
        #expect(labels["alertname"] == "CandorSignalDecreased")
        #expect(labels["severity"] == "info")
    }
}

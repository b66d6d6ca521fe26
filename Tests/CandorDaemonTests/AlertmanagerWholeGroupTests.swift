import CandorAlerts
import CandorCore
import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// Whole groups against the real thing: Candor's delivery pipeline (a real SQLite outbox, libcurl)
/// sends one group to a real Alertmanager (Debian's `prometheus-alertmanager`, which notifies a
/// webhook receiver of the test) and, in Alertmanager's webhook format, to the same receiver. When
/// one of the group's two alerts resolves, both notifications must say what Alertmanager says.
@Suite("whole groups at a real Alertmanager", .serialized)
struct AlertmanagerWholeGroupTests {
    /// The notifications at `path` of `receiver`, decoded.
    static func notifications(at path: String, of receiver: WebhookReceiver) -> [[String: Any]] {
        receiver.received.filter { $0.path == path }.compactMap { $0.json as? [String: Any] }
    }

    /// `signal` → status of each alert of `notification`.
    static func states(_ notification: [String: Any]) -> [String: String] {
        var states: [String: String] = [:]
        for alert in notification["alerts"] as? [[String: Any]] ?? [] {
            let signal = (alert["labels"] as? [String: String])?["signal"] ?? "?"
            states[signal] = alert["status"] as? String
        }
        return states
    }

    /// Polls every 100 ms, at most 30 s, until `condition` holds.
    static func poll(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<300 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return condition()
    }

    @Test(
        "after one of two alerts of a group resolves, the group stays firing at a real Alertmanager and in Candor's Alertmanager-format webhook alike"
    )
    func groupStaysFiring() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let alertmanager = try await RealAlertmanager(webhook: receiver.url("/from-alertmanager"))
        defer { alertmanager.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let external = "http://candor.example:9464"
        let sinks: [any AlertSink] = [
            AlertmanagerSink(
                name: "alertmanager",
                baseURL: alertmanager.url,
                generatorURL: external,
                transport: transport,
                now: time.clock.now
            ),
            WebhookSink(
                name: "hook",
                url: receiver.url("/from-candor"),
                format: .alertmanager,
                signer: nil,
                externalURL: external,
                transport: transport,
                now: time.clock.now
            ),
        ]
        let fixture = try await DeliveryServiceTests.Fixture(
            sinks: sinks,
            groupBy: ["alertname"],
            time: time,
            directory: directory
        )
        let rose = WholeGroupDeliveryTests.signalAlert("lie_rate", at: time)
        let other = WholeGroupDeliveryTests.signalAlert("evasion_rate", at: time)
        try await DeliveryServiceTests.record(rose, in: fixture, at: time)
        try await DeliveryServiceTests.record(other, in: fixture, at: time)

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            let bothFiring = ["lie_rate": "firing", "evasion_rate": "firing"]
            let raised = try await Self.poll {
                Self.notifications(at: "/from-alertmanager", of: receiver).last.map(Self.states) == bothFiring
                    && Self.notifications(at: "/from-candor", of: receiver).last.map(Self.states) == bothFiring
            }
            try #require(raised, "no group of two firing alerts arrived: \(receiver.received.map(\.path))")

            time.advance(by: .seconds(60))
            try await DeliveryServiceTests.record(
                WholeGroupDeliveryTests.resolved(rose, at: time),
                in: fixture,
                at: time
            )
            let oneResolved = ["lie_rate": "resolved", "evasion_rate": "firing"]
            let changed = try await Self.poll {
                Self.notifications(at: "/from-alertmanager", of: receiver).last.map(Self.states) == oneResolved
                    && Self.notifications(at: "/from-candor", of: receiver).last.map(Self.states) == oneResolved
            }
            group.cancelAll()
            let fromAlertmanager = try #require(Self.notifications(at: "/from-alertmanager", of: receiver).last)
            let fromCandor = try #require(Self.notifications(at: "/from-candor", of: receiver).last)
            #expect(changed, "Alertmanager: \(Self.states(fromAlertmanager)); Candor: \(Self.states(fromCandor))")
            #expect(fromAlertmanager["status"] as? String == "firing")
            #expect(fromCandor["status"] as? String == "firing", "Candor's webhook says what Alertmanager says")
            #expect(fromCandor["groupLabels"] as? [String: String] == ["alertname": "CandorSignalIncreased"])

            let active = try #require(alertmanager.alerts())
            let listed = active.compactMap { ($0["labels"] as? [String: String])?["signal"] }
            #expect(listed == ["evasion_rate"], "Alertmanager keeps the group's other alert firing")
            #expect((active.first?["status"] as? [String: Any])?["state"] as? String == "active")
            #expect(active.first?["generatorURL"] as? String == "\(external)/alerts/\(other.id)")
        }
    }
}

import CandorTestSupport
import Foundation
import Testing

/// The real daemon against a scripted model that stops answering: the outage becomes an alert in the alert
/// file, the log and the alerts API, and resolves when the model answers again.
@Suite("Target outage", .serialized)
struct TargetOutageTests {
    typealias Fixture = DaemonFixture

    /// The alert records named `CandorTargetDown` in the fixture's alert file.
    static func outageAlerts(_ fixture: Fixture) -> [[String: Any]] {
        jsonLines(fixture.alerts).filter { ($0["labels"] as? [String: String])?["alertname"] == "CandorTargetDown" }
    }

    @Test("a target that answers 503 for its outage_after raises CandorTargetDown, resolved by its next answer")
    func outageIsNews() async throws {
        let fixture = try Fixture(
            behaviour: .fault(.status(503, body: #"{"error":{"message":"down for maintenance"}}"#)),
            targetExtra: "outage_after: 2s\n    retry: {attempts: 1}"
        )
        defer { fixture.directory.remove() }
        let daemon = try fixture.start()
        let fired = try await eventually(timeout: .seconds(60)) {
            Self.outageAlerts(fixture).first { $0["status"] as? String == "firing" }
        }
        let alert = try #require(fired, "no CandorTargetDown in \(fixture.alerts); stderr:\n\(daemon.stderr)")
        #expect((alert["labels"] as? [String: String])?["target"] == "scripted")
        #expect((alert["annotations"] as? [String: String])?["summary"]?.contains("http_status 503") == true)
        let listed = try await fixture.getJSON("/api/v1/alerts")["alerts"] as? [[String: Any]] ?? []
        #expect(listed.contains { ($0["labels"] as? [String: String])?["alertname"] == "CandorTargetDown" })

        fixture.honesty.set(.honest(lieEvery: 10))
        let resolved = try await eventually(timeout: .seconds(60)) {
            Self.outageAlerts(fixture).first { $0["status"] as? String == "resolved" }
        }
        try await fixture.stop(daemon)
        fixture.server.stop()
        #expect(resolved != nil, "CandorTargetDown never resolved; stderr:\n\(daemon.stderr)")
        #expect(Self.outageAlerts(fixture).count == 2, "fired once, resolved once")
        #expect(daemon.stderr.contains("target scripted is down"))
        #expect(daemon.stderr.contains("target scripted answers again"))
    }
}

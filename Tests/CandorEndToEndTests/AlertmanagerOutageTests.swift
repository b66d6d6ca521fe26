import CandorTestSupport
import Foundation
import Testing

/// A real Alertmanager that Candor cannot reach for a while (its front answers 503, as a proxy
/// whose backend is gone; Alertmanager keeps its state) while alerts fire and resolve: what it
/// lists afterwards. 503 rather than a closed port: on a shared machine another process could
/// take the port meanwhile and answer 404s, which Candor rightly gives up on.
@Suite("candor run, Alertmanager outage", .serialized)
struct AlertmanagerOutageTests {
    /// One target per fate: firing throughout, resolved during the outage, fired during it, and
    /// fired and resolved during it.
    static let targets = ["kept", "recovered", "late", "brief"]

    @Test(
        "Alertmanager unreachable while alerts fire and resolve: afterwards it lists exactly the alerts Candor has firing, and never got an alert's older state after a newer one"
    )
    func outage() async throws {
        let alertmanager = try await RealAlertmanager()
        defer { alertmanager.stop() }
        let front = try WebhookReceiver()
        defer { front.stop() }
        front.script([], then: .forward(port: alertmanager.port))
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer {
            fixture.server.stop()
            fixture.directory.remove()
        }
        var models: [String: ScriptedHonesty] = [:]
        for target in Self.targets { models[target] = try ScriptedHonesty(behaviour: .honest(lieEvery: 0)) }
        let honesty = models
        fixture.server.setPolicy { request in honesty[request.model ?? ""]!.reply(to: request) }
        func lie(_ lies: Int, _ targets: String...) {
            for target in targets {
                honesty[target]!.set(lies == 0 ? .honest(lieEvery: 0) : .liesUnderPressure(lies: lies))
            }
        }
        try fixture.writeLifecycleConfig(
            targets: Self.targets,
            modelPerTarget: true,
            extra: """
                sinks:
                  - type: file
                  - type: alertmanager
                    name: am
                    url: \(front.url(""))
                    timeout: 1s
                alerting:
                  resolve_window: 10
                  outbox:
                    min_backoff: 100ms
                    max_backoff: 1s
                """
        )
        let daemon = try fixture.start()
        _ = try await fixture.waitForSamples(32 * Self.targets.count)

        lie(9, "kept", "recovered")
        let before = try await eventually(timeout: .seconds(120)) {
            Self.candorState(fixture).filter { $0.value == "firing" }.count == 2 ? true : nil
        }
        try #require(before == true, "stderr:\n\(daemon.stderr.suffix(4000))")
        let reached = try await AlertDeliveryTests.poll { Self.active(alertmanager).count == 2 ? true : nil }
        try #require(reached == true, "Alertmanager never had the two alerts")

        front.script([], then: .fail(status: 503, retryAfter: nil))
        lie(0, "recovered")
        lie(9, "late", "brief")
        let changed = try await eventually(timeout: .seconds(120)) {
            let state = Self.candorState(fixture)
            return state["recovered"] == "resolved" && state["late"] == "firing" && state["brief"] == "firing"
                ? true : nil
        }
        try #require(changed == true, "Candor's alerts: \(Self.candorState(fixture))")
        lie(0, "brief")
        let briefResolved = try await eventually(timeout: .seconds(120)) {
            Self.candorState(fixture)["brief"] == "resolved" ? true : nil
        }
        try #require(briefResolved == true, "Candor's alerts: \(Self.candorState(fixture))")
        let waiting = try await fixture.outbox("am").filter { $0.state == "pending" }.count
        #expect(waiting > 0, "notifications waited for Alertmanager")
        front.script([], then: .forward(port: alertmanager.port))

        let firing = Set(Self.candorState(fixture).filter { $0.value == "firing" }.keys)
        #expect(firing == ["kept", "late"])
        let converged = try await AlertDeliveryTests.poll {
            let pending = (try? await fixture.outbox("am").contains { $0.state == "pending" }) ?? true
            return !pending && Set(Self.active(alertmanager)) == firing ? true : nil
        }
        let listed = Self.active(alertmanager)
        #expect(converged == true, "Alertmanager lists \(listed), Candor has \(firing) firing")
        #expect(try await fixture.outbox("am").allSatisfy { $0.state != "dead" }, "nothing was given up on")
        #expect(
            DeliveryOrder.violations(in: front.accepted) == 0,
            "an alert's older state reached Alertmanager after a newer one"
        )
        try await fixture.stop(daemon)
    }

    /// Each target's latest signal alert status in alerts.jsonl.
    static func candorState(_ fixture: DaemonFixture) -> [String: String] {
        var state: [String: String] = [:]
        for alert in fixture.signalAlerts() { state[labels(of: alert)["target"] ?? ""] = alert["status"] as? String }
        return state
    }

    /// The targets of the Candor signal alerts Alertmanager lists as active.
    static func active(_ alertmanager: RealAlertmanager) -> [String] {
        (alertmanager.alerts() ?? []).filter {
            labels(of: $0)["alertname"]?.hasPrefix("CandorSignal") == true
                && ($0["status"] as? [String: Any])?["state"] as? String == "active"
        }
        .compactMap { labels(of: $0)["target"] }
    }
}

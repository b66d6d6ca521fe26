import CandorAlerts
import CandorCore
import CandorDetectors
import CandorStore
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// What a grouped message says, in process on a real SQLite outbox and the manual clock: the group's
/// whole current state, as Alertmanager sends it; and Candor's alerts about itself repeating and
/// resolving like the detectors' alerts, across a restart too.
@Suite("whole groups and self-alerts")
struct WholeGroupDeliveryTests {
    typealias ScriptedSink = DeliveryServiceTests.ScriptedSink
    typealias Fixture = DeliveryServiceTests.Fixture

    /// A detector's alert on `signal` of one probe, firing since `time`'s now.
    static func signalAlert(_ signal: String, at time: ManualClock) -> Alert {
        Alert(
            status: .firing,
            startsAt: time.clock.now(),
            labels: [
                "alertname": "CandorSignalIncreased", "target": "t", "probe": "p", "signal": signal,
                "severity": "warning",
            ],
            annotations: ["summary": "\(signal) rose"],
            detector: Alert.DetectorInfo(name: "multi-cusum", direction: "up", statistic: 20, threshold: 17, arl0: 1e4),
            change: .rate(
                baseline: Proportion(successes: 5, trials: 100),
                current: Proportion(successes: 30, trials: 100)
            ),
            rulePackHash: "h",
            modelFingerprint: nil,
            evidence: []
        )
    }

    /// `alert` resolved at `time`'s now.
    static func resolved(_ alert: Alert, at time: ManualClock) -> Alert {
        var alert = alert
        alert.status = .resolved
        alert.endsAt = time.clock.now()
        return alert
    }

    /// The budget self-alert of target `paid`, raised at `time`'s now.
    static func spentBudget(at time: ManualClock) -> Alert {
        let now = time.clock.now()
        return GuardAlertService.budgetAlert("paid", spent: 1_200, limit: 1_000, renewal: now + 86_400, at: now)
    }

    /// Its resolution, as the guard service words it when the budget renews at `time`'s now (after a
    /// restart it has no other).
    static func renewedBudget(at time: ManualClock) -> Alert {
        let now = time.clock.now()
        return resolved(GuardAlertService.budgetAlert("paid", spent: 0, limit: 0, renewal: now, at: now), at: time)
    }

    /// Polls (every 10 ms, at most 10 s) until `sink` has received `count` messages.
    static func waitFor(_ count: Int, at sink: ScriptedSink) async throws {
        for _ in 0..<1000 where sink.received.count < count {
            try await Task.sleep(for: .milliseconds(10))
        }
        try #require(sink.received.count >= count, "\(sink.received.count) message(s), not \(count)")
    }

    @Test("a group whose other alert still fires goes out firing, with the resolved alert and the firing one")
    func groupStaysFiring() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let sink = ScriptedSink("hook")
        let fixture = try await Fixture(sinks: [sink], groupBy: ["alertname"], time: time, directory: directory)
        let rose = Self.signalAlert("lie_rate", at: time)
        let other = Self.signalAlert("evasion_rate", at: time)
        try await DeliveryServiceTests.record(rose, in: fixture, at: time)
        try await DeliveryServiceTests.record(other, in: fixture, at: time)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            try await Self.waitFor(1, at: sink)
            #expect(sink.received[0].alerts.count == 2, "both alerts of the group in one message")

            time.advance(by: .seconds(60))
            try await DeliveryServiceTests.record(Self.resolved(rose, at: time), in: fixture, at: time)
            try await Self.waitFor(2, at: sink)
            let second = sink.received[1]
            #expect(second.status == .firing, "the group still fires")
            let states = Dictionary(second.alerts.map { ($0.fingerprint, $0.status) }) { first, _ in first }
            #expect(states == [rose.fingerprint: .resolved, other.fingerprint: .firing])
            let body = try NotificationFormat.alertmanager.body(of: second, externalURL: "")
            let webhook = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            #expect(webhook["status"] as? String == "firing")

            time.advance(by: .seconds(60))
            try await DeliveryServiceTests.record(Self.resolved(other, at: time), in: fixture, at: time)
            try await Self.waitFor(3, at: sink)
            #expect(sink.received[2].status == .resolved, "resolved once no alert of it fires")
            #expect(sink.received[2].alerts.map(\.fingerprint) == [other.fingerprint])
            group.cancelAll()
        }
    }

    @Test("a silenced alert of the group stays out of the group's messages")
    func silencedStaysOut() {
        let time = ManualClock()
        let rose = Self.resolved(Self.signalAlert("lie_rate", at: time), at: time)
        let other = Self.signalAlert("evasion_rate", at: time)
        let grouping = Grouping(groupBy: ["alertname"])
        let silence = Silence(id: "s", matchers: ["signal": "evasion_rate"], endsAt: .distantFuture, comment: "")
        let message = { (silences: [Silence]) in
            GroupState.alerts(
                changed: [rose],
                firing: [other],
                groupKey: grouping.groupKey(sink: "hook", labels: rose.labels),
                sink: "hook",
                grouping: grouping,
                groupsAlerts: true,
                silences: silences,
                now: time.clock.now()
            ).map(\.fingerprint)
        }
        #expect(message([]) == [rose.fingerprint, other.fingerprint])
        #expect(message([silence]) == [rose.fingerprint])
    }

    @Test(
        "the token-budget self-alert repeats every repeat_interval until it resolves, and its resolution goes out once"
    )
    func budgetAlertRepeatsAndResolves() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let sink = ScriptedSink("hook")
        let fixture = try await Fixture(sinks: [sink], repeatInterval: .seconds(3600), time: time, directory: directory)
        let spent = Self.spentBudget(at: time)
        try await fixture.outbox.enqueue([spent])
        try await fixture.outbox.enqueue([spent])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            try await Self.waitFor(1, at: sink)
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 1, "raised twice, sent once")
            time.advance(by: .seconds(3599))
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 1, "not repeated before repeat_interval")
            time.advance(by: .seconds(1))
            try await Self.waitFor(2, at: sink)
            #expect(sink.received[1].alerts.map(\.labels["alertname"]) == ["CandorTokenBudgetSpent"])
            #expect(sink.received[1].alerts.map(\.status) == [.firing])

            time.advance(by: .seconds(600))
            let renewed = Self.renewedBudget(at: time)
            try await fixture.outbox.enqueue([renewed])
            try await Self.waitFor(3, at: sink)
            let resolution = try #require(sink.received[2].alerts.first)
            #expect(
                resolution.status == .resolved && resolution.id == spent.id && resolution.startsAt == spent.startsAt
            )
            #expect(fixture.outbox.selfAlerts.firing.isEmpty)

            time.advance(by: .seconds(7200))
            try await time.waitForSleepers(2)
            try await fixture.outbox.enqueue([renewed])
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 3, "neither repeated after it resolved nor resolved twice")
            group.cancelAll()
        }
    }

    @Test(
        "a self-alert a previous run left firing is open again after a restart, and resolving it then sends the resolution"
    )
    func selfAlertSurvivesRestart() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let spent = Self.spentBudget(at: time)
        do {
            let before = try await Fixture(sinks: [ScriptedSink("hook")], time: time, directory: directory)
            try await before.outbox.enqueue([spent])
        }
        time.advance(by: .seconds(3600))
        let after = try await Fixture(sinks: [ScriptedSink("hook")], time: time, directory: directory)
        #expect(after.outbox.selfAlerts.firing.map(\.id) == [spent.id], "restored from the outbox")
        #expect(try await after.outbox.enqueue([spent]).isEmpty, "raised again, not sent again")
        let renewed = Self.renewedBudget(at: time)
        let sent = try await after.outbox.enqueue([renewed])
        #expect(sent.map(\.status) == [.resolved] && sent.map(\.id) == [spent.id])
        #expect(try await after.outbox.enqueue([renewed]).isEmpty, "resolved once")
    }
}

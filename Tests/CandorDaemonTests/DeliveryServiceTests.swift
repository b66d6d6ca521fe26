import CandorAlerts
import CandorCore
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The delivery pipeline in process, on a real SQLite outbox and the manual clock: time moves only
/// when the test moves it, so retries and give-ups are checked at the exact second they are due.
@Suite("delivery service")
struct DeliveryServiceTests {
    /// A sink that answers from a script, then with `otherwise`, and keeps what it was sent.
    final class ScriptedSink: AlertSink {
        let name: String
        var groupsAlerts: Bool { true }
        private let state: Mutex<(script: [DeliveryOutcome], received: [AlertNotification])>
        private let otherwise: DeliveryOutcome

        init(_ name: String, script: [DeliveryOutcome] = [], otherwise: DeliveryOutcome = .delivered) {
            self.name = name
            self.state = Mutex((script, []))
            self.otherwise = otherwise
        }

        func send(_ notification: AlertNotification) async -> DeliveryOutcome {
            state.withLock { state in
                state.received.append(notification)
                return state.script.isEmpty ? otherwise : state.script.removeFirst()
            }
        }

        var received: [AlertNotification] { state.withLock { $0.received } }
    }

    /// A store, an outbox over `sinks` and a delivery service on `time`, in `directory`.
    struct Fixture {
        let store: Store
        let outbox: AlertOutbox
        let service: DeliveryService
        let deadLetterPath: String

        init(
            sinks: [any AlertSink],
            backoff: DeliveryBackoff = DeliveryBackoff(),
            repeatInterval: Duration? = nil,
            groupBy: [String] = ["..."],
            time: ManualClock,
            directory: TemporaryDirectory
        )
            async throws
        {
            let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            store = try Store(path: directory.file("candor.sqlite"))
            let grouping = Grouping(groupBy: groupBy, wait: .zero, interval: .zero, repeatInterval: repeatInterval)
            outbox = try await AlertOutbox(
                store: store,
                routes: sinks.map { AlertOutbox.Route(name: $0.name, grouping: grouping, groupsAlerts: true) },
                silences: [],
                maxPending: 100,
                clock: time.clock,
                logger: logger
            )
            deadLetterPath = directory.file("dead-letter.jsonl")
            service = DeliveryService(
                outbox: outbox,
                sinks: sinks,
                backoff: backoff,
                deadLetter: try JSONLinesFile(path: deadLetterPath, now: time.clock.now),
                clock: time.clock,
                jitter: UnitRandom { 0 },
                logger: logger,
                labelled: { alert in
                    // The config's static labels, as the signal board adds them.
                    var alert = alert
                    alert.labels["env"] = "prod"
                    alert.fingerprint = Alert.fingerprint(of: alert.labels)
                    return alert
                }
            )
        }
    }

    /// Records `alert`'s state as a trial does: its state in the state database and its outbox
    /// rows, in one transaction, at `time`'s now.
    static func record(_ alert: Alert, in fixture: Fixture, at time: ManualClock) async throws {
        let record = try RecordCodec.encoder().encode(alert)
        fixture.outbox.added(
            try await fixture.store.record(
                trial: StoredTrial(
                    id: UUID().uuidString,
                    time: time.clock.now(),
                    target: "t",
                    probe: "p",
                    outcome: "lie",
                    calls: []
                ),
                signals: [],
                alerts: [StoredAlert(fingerprint: alert.fingerprint, status: alert.status.rawValue, record: record)],
                outbox: fixture.outbox.entries(for: [alert]),
                at: time.clock.now()
            )
        )
    }

    static func alert(at time: ManualClock) -> Alert {
        Alert(about: "TestAlert", severity: "warning", summary: "s", description: "d", startsAt: time.clock.now())
    }

    @Test(
        "a failed notification is sent again under the same webhook-id when its backoff has passed, not a moment before"
    )
    func retryAfterBackoff() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let sink = ScriptedSink("hook", script: [.retry(after: nil, reason: "503 Service Unavailable")])
        // Equal jitter with the lowest draw: the first retry waits half of 2 s.
        let fixture = try await Fixture(
            sinks: [sink],
            backoff: DeliveryBackoff(initial: .seconds(2)),
            time: time,
            directory: directory
        )
        try await fixture.outbox.enqueue([Self.alert(at: time)])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            // The sink's loop and the pruner sleep.
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 1)
            time.advance(by: .milliseconds(999))
            #expect(sink.received.count == 1, "not retried before its backoff")
            time.advance(by: .milliseconds(1))
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 2)
            #expect(Set(sink.received.map(\.id)).count == 1, "both attempts carry one webhook-id")
            #expect(try await fixture.store.outboxStates(sink: "hook").map(\.state) == ["sent"])
            group.cancelAll()
        }
    }

    @Test(
        "a notification that fails past give_up_after goes to the dead-letter file, and the other sinks get CandorAlertUndeliverable"
    )
    func deadLetterAfterTheRetryBudget() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let down = ScriptedSink("hook", otherwise: .retry(after: nil, reason: "connection refused"))
        let other = ScriptedSink("other")
        let backoff = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(4), giveUpAfter: .seconds(30))
        let fixture = try await Fixture(sinks: [down, other], backoff: backoff, time: time, directory: directory)
        try await fixture.outbox.enqueue([Self.alert(at: time)])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            for _ in 0..<200 {
                try await time.waitForSleepers(3)
                if other.received.contains(where: {
                    $0.alerts.contains { $0.labels["alertname"] == "CandorAlertUndeliverable" }
                }) {
                    break
                }
                time.advance(by: .seconds(1))
            }
            group.cancelAll()
        }
        #expect(try await fixture.store.outboxStates(sink: "hook").map(\.state) == ["dead"])
        // Attempts at 0, 1 (+0.5), 2 (+1), then every 2 s (the 4 s cap, halved by the lowest draw) until 30 s.
        #expect(down.received.count > 10 && down.received.count < 20)
        #expect(Set(down.received.map(\.id)).count == 1)
        let letters = try String(contentsOfFile: fixture.deadLetterPath, encoding: .utf8).split(separator: "\n")
        #expect(letters.count == 1)
        #expect(letters.first?.contains(down.received[0].id) == true, "the dead letter names the webhook-id")
        let undeliverable = other.received.flatMap(\.alerts).filter {
            $0.labels["alertname"] == "CandorAlertUndeliverable"
        }
        #expect(undeliverable.map(\.labels["sink"]) == ["hook"])
        #expect(undeliverable.map(\.labels["env"]) == ["prod"], "the config's static labels")
    }

    @Test(
        "a firing alert is sent again when its repeat_interval has passed since it was last sent, not a second sooner"
    )
    func repeatInterval() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let time = ManualClock()
        let sink = ScriptedSink("hook")
        let fixture = try await Fixture(sinks: [sink], repeatInterval: .seconds(3600), time: time, directory: directory)
        // As a trial records it: the alert's firing state and its outbox rows in one transaction.
        let alert = Self.alert(at: time)
        try await Self.record(alert, in: fixture, at: time)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await fixture.service.run() }
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 1)
            time.advance(by: .seconds(3599))
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 1, "not repeated before the interval")
            time.advance(by: .seconds(1))
            try await time.waitForSleepers(2)
            #expect(sink.received.count == 2)
            #expect(sink.received.last?.alerts.map(\.fingerprint) == [alert.fingerprint])
            #expect(sink.received.first?.id != sink.received.last?.id, "a repeat is a new message")
            group.cancelAll()
        }
    }
}

import CandorStore
import CandorTestSupport
import Foundation
import Testing

/// The outbox tables on a real SQLite file: a trial and its notifications in one transaction,
/// outcomes recorded in batches, pruning that keeps what restarts and repeats read.
@Suite("outbox store")
struct OutboxStoreTests {
    static func entry(_ key: String, fingerprint: String = "f", sink: String = "hook") -> OutboxEntry {
        OutboxEntry(
            sink: sink,
            notifyKey: key,
            groupKey: "g",
            fingerprint: fingerprint,
            record: Data("{}".utf8),
            created: Date()
        )
    }

    /// Enqueues alerts a, b and c (fingerprints f, g, h) firing at `hook`; returns their rows.
    static func threeAlerts(in store: Store) async throws -> [OutboxEntry] {
        try await store.enqueue([
            entry("a:firing"), entry("b:firing", fingerprint: "g"), entry("c:firing", fingerprint: "h"),
        ])
        return try await store.pendingOutbox(sink: "hook")
    }

    static func trial(_ id: String) -> StoredTrial {
        StoredTrial(id: id, time: Date(), target: "t", probe: "p", outcome: "lie", calls: [])
    }

    @Test("a trial, its alert, its lifecycle progress and its outbox rows are written in one call")
    func trialAndNotificationsInOneTransaction() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let alert = StoredAlert(fingerprint: "f", status: "firing", record: Data("{}".utf8))
        let added = try await store.record(
            trial: Self.trial("t1"),
            signals: [],
            alerts: [alert],
            progress: [StoredAlert(fingerprint: "f", status: "firing", record: Data("{}".utf8))],
            outbox: [Self.entry("a:firing"), Self.entry("a:firing", sink: "file")],
            at: Date()
        )
        #expect(added == 2)
        #expect(try await store.outboxPendingCount() == 2)
        #expect(try await store.alertProgress().map(\.status) == ["firing"])

        try await store.record(trial: Self.trial("t2"), signals: [], alerts: [], ended: ["f"], at: Date())
        #expect(try await store.alertProgress().isEmpty, "the progress of an alert that ended is deleted")
        #expect(try await store.trialCount() == 2)
    }

    @Test(
        "outcomes of a pass are recorded in one call; pruning keeps each alert's newest row, so restarts and repeats stay exact"
    )
    func outcomesAndPruning() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let rows = try await Self.threeAlerts(in: store)
        try await store.startBatches(
            [("m1", [rows[0].id]), ("m2", [rows[1].id]), ("m3", [rows[2].id])],
            silenced: [],
            at: Date()
        )
        let later = Date().addingTimeInterval(60)
        try await store.record(
            [
                .sent(batch: "m1", sink: "hook", groupKey: "g"),
                .retry(batch: "m2", sink: "hook", due: later, error: "HTTP 500"),
                .dead(batch: "m3", sink: "hook", error: "HTTP 404"),
            ],
            at: Date()
        )
        #expect(try await store.outboxStates(sink: "hook").map(\.state) == ["sent", "pending", "dead"])
        #expect(try await store.pendingOutbox(sink: "hook").first?.attempts == 1)

        // A repeat of a, then everything finished long ago is pruned but a's newest row.
        let firstLog = try #require(try await store.notificationLog(sink: "hook")["f"])
        try await store.enqueue([Self.entry("a:firing:repeat:\(firstLog.newestRow)")])
        let repeatRow = try #require(try await store.pendingOutbox(sink: "hook").last)
        try await store.startBatches([("m4", [repeatRow.id])], silenced: [], at: Date())
        try await store.record([.sent(batch: "m4", sink: "hook", groupKey: "g")], at: Date())
        try await store.pruneOutbox(before: Date().addingTimeInterval(1))
        #expect(
            try await store.outboxStates(sink: "hook").map(\.notifyKey).contains(
                "a:firing:repeat:\(firstLog.newestRow)"
            )
        )
        #expect(!(try await store.outboxStates(sink: "hook").map(\.notifyKey).contains("a:firing")))
        #expect(
            try await store.enqueueUnlessKnown([Self.entry("a:firing")]) == 0,
            "a restart does not notify a pruned alert again"
        )
        #expect(
            try await store.enqueueUnlessKnown([Self.entry("a:firing", sink: "new-sink")]) == 1,
            "a new sink gets it"
        )
        let log = try #require(try await store.notificationLog(sink: "hook")["f"])
        #expect(log.newestRow > firstLog.newestRow, "the next repeat's key is new")
    }

    @Test(
        "a superseded row stays superseded when its message is acknowledged; the acknowledgement makes the sink's waiting retries due"
    )
    func supersededRowsAndRecovery() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.file("candor.sqlite"))
        let rows = try await Self.threeAlerts(in: store)
        let start = Date()
        try await store.startBatches(
            [("m1", [rows[0].id, rows[1].id]), ("m2", [rows[2].id])],
            silenced: [],
            at: start
        )
        #expect(
            try await store.pendingOutbox(sink: "hook").allSatisfy {
                abs($0.firstAttempt?.timeIntervalSince(start) ?? 1) < 0.001
            },
            "the first attempt is kept"
        )
        let later = start.addingTimeInterval(300)
        try await store.record(
            [
                .retry(batch: "m1", sink: "hook", due: later, error: "HTTP 503"),
                .retry(batch: "m2", sink: "hook", due: later, error: "HTTP 503"),
            ],
            at: start
        )
        // a resolves: its firing row leaves message m1, whose retry carries b alone.
        try await store.enqueue([Self.entry("a:resolved")])
        try await store.startBatches([], silenced: [], superseded: [rows[0].id], at: start)
        #expect(
            try await store.pendingOutbox(sink: "hook").filter { $0.batch == "m1" }.map(\.notifyKey) == ["b:firing"]
        )
        let now = start.addingTimeInterval(10)
        try await store.record([.sent(batch: "m1", sink: "hook", groupKey: "g")], at: now)
        #expect(
            try await store.outboxStates(sink: "hook").map(\.state) == ["superseded", "sent", "pending", "pending"],
            "the superseded row is not marked sent"
        )
        let waiting = try #require(try await store.pendingOutbox(sink: "hook").first { $0.batch == "m2" })
        #expect(
            abs(waiting.due.timeIntervalSince(now)) < 0.001,
            "the sink answered again: m2 is retried at once, not at its backoff"
        )
        #expect(try await store.pendingOutbox(sink: "hook").first { $0.batch == nil }?.notifyKey == "a:resolved")
    }
}

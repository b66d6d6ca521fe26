import CandorAlerts
import CandorStore
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// What a delivery pass sends, decided from the outbox rows and the time alone: an alert's later
/// state supersedes an earlier one that is still pending (receivers keyed on the fingerprint), or
/// waits for it (the alert file), so no receiver sees an older state after a newer one.
@Suite("delivery plan")
struct DeliveryPlanTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A pending row `id` of alert instance `alert` in state `status`; its fingerprint is that of
    /// `fingerprint` (alert instances that share it are the same alert firing again).
    static func row(
        _ id: Int64,
        _ alert: String,
        _ status: String,
        fingerprint: String? = nil,
        batch: String? = nil,
        due: Date = start
    ) -> OutboxEntry {
        var entry = OutboxEntry(
            sink: "hook",
            notifyKey: "\(alert):\(status)",
            groupKey: "hook:{}",
            fingerprint: fingerprint ?? alert,
            record: Data(status.utf8),
            created: start
        )
        entry.id = id
        entry.batch = batch
        entry.due = due
        return entry
    }

    static func plan(_ rows: [OutboxEntry], keepsEveryState: Bool = false, now: Date = start) -> DeliveryPlan {
        DeliveryPlan(
            rows: rows,
            notified: [:],
            silences: [],
            grouping: Grouping(groupBy: ["..."], wait: .zero, interval: .zero, repeatInterval: nil),
            groupsAlerts: true,
            keepsEveryState: keepsEveryState,
            now: now,
            next: now.addingTimeInterval(60)
        )
    }

    @Test("a resolution supersedes its firing notification that is still being retried: only the resolution goes out")
    func resolutionSupersedesRetriedFiring() {
        let plan = Self.plan([
            Self.row(1, "a", "firing", batch: "msg_1", due: Self.start.addingTimeInterval(30)),
            Self.row(2, "a", "resolved"),
        ])
        #expect(plan.superseded == [1])
        #expect(plan.messages.map { $0.rows.map(\.id) } == [[2]])
        #expect(plan.messages.first?.batch == nil, "the resolution is a new message")
        #expect(!plan.retriesWaiting, "nothing is left of the failed message")
    }

    @Test("a retried message keeps its webhook-id and the alerts not superseded; the newer state follows it")
    func retriedMessageLosesOnlyTheSupersededAlert() {
        let plan = Self.plan([
            Self.row(1, "a", "firing", batch: "msg_1"),
            Self.row(2, "b", "firing", batch: "msg_1"),
            Self.row(3, "a", "resolved"),
        ])
        #expect(plan.superseded == [1])
        #expect(plan.messages.map(\.batch) == ["msg_1", nil])
        #expect(plan.messages.map { $0.rows.map(\.id) } == [[2], [3]])
    }

    @Test("fired, resolved and fired again while the receiver was down: only the newest state is sent")
    func newestInstanceWins() {
        let plan = Self.plan([
            Self.row(1, "a1", "firing", fingerprint: "a", batch: "msg_1"),
            Self.row(2, "a1", "resolved", fingerprint: "a"),
            Self.row(3, "a2", "firing", fingerprint: "a"),
            Self.row(4, "b", "firing"),
        ])
        #expect(plan.superseded == [1, 2])
        #expect(plan.messages.map { $0.rows.map(\.id) } == [[3, 4]], "one new message of the group")
    }

    @Test("the alert file gets every state in order: a resolution waits until its firing line is written")
    func recordWaitsForTheOlderState() {
        let retry = Self.start.addingTimeInterval(30)
        let rows = [Self.row(1, "a", "firing", batch: "msg_1", due: retry), Self.row(2, "a", "resolved")]
        let waiting = Self.plan(rows, keepsEveryState: true)
        #expect(waiting.superseded.isEmpty && waiting.messages.isEmpty)
        #expect(waiting.held == 1)
        #expect(waiting.next == retry, "the next pass is the firing line's retry")

        let due = Self.plan(rows, keepsEveryState: true, now: retry)
        #expect(due.messages.map { $0.rows.map(\.id) } == [[1]], "the firing line first, alone")
        let after = Self.plan([rows[1]], keepsEveryState: true, now: retry)
        #expect(after.messages.map { $0.rows.map(\.id) } == [[2]], "then the resolution")
    }

    /// A receiver that records the outbox rows it acknowledged, per alert, in arrival order.
    struct Receiver {
        var delivered: [String: [OutboxEntry]] = [:]
        /// Deliveries of a state older than one the receiver already had.
        var outOfOrder = 0

        mutating func take(_ rows: [OutboxEntry]) {
            for row in rows {
                if let newest = delivered[row.fingerprint]?.last, newest.id > row.id { outOfOrder += 1 }
                delivered[row.fingerprint, default: []].append(row)
            }
        }
    }

    @Test(
        "an outage and a flaky receiver while alerts fire and resolve: never an older state after a newer one, and every receiver ends in each alert's latest state",
        arguments: [false, true]
    )
    func outageWithFlappingAlerts(keepsEveryState: Bool) {
        var random = FuzzMutator(seed: 17)
        let backoff = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(20))
        var pending: [OutboxEntry] = []
        var enqueued: [String: [OutboxEntry]] = [:]
        var instances: [String: (name: String, firing: Bool)] = [:]
        var receiver = Receiver()
        var nextRow: Int64 = 1
        var nextMessage = 0
        // One simulated second per step: up, down from 100 s to 400 s, and flaky (1 in 4 fails) throughout.
        for step in 0..<3000 {
            let now = Self.start.addingTimeInterval(Double(step))
            if step < 500, Int.random(in: 0..<3, using: &random) == 0 {
                // An alert that is resolved (or new) fires as a new instance; a firing one resolves.
                let fingerprint = "alert-\(Int.random(in: 0..<6, using: &random))"
                let current = instances[fingerprint]
                let fires = current?.firing != true
                let name = fires ? "\(fingerprint)-\(nextRow)" : current!.name
                instances[fingerprint] = (name, fires)
                var row = Self.row(nextRow, name, fires ? "firing" : "resolved", fingerprint: fingerprint, due: now)
                row.created = now
                nextRow += 1
                pending.append(row)
                enqueued[fingerprint, default: []].append(row)
            }
            let plan = Self.plan(pending, keepsEveryState: keepsEveryState, now: now)
            pending.removeAll { plan.superseded.contains($0.id) }
            for message in plan.messages {
                let ids = Set(message.rows.map(\.id))
                let down = (100..<400).contains(step) || Int.random(in: 0..<4, using: &random) == 0
                if !down {
                    receiver.take(message.rows)
                    pending.removeAll { ids.contains($0.id) }
                    continue
                }
                let batch = message.batch ?? "msg_\(nextMessage)"
                nextMessage += 1
                let attempts = message.rows[0].attempts + 1
                let delay = backoff.delay(
                    afterAttempt: attempts,
                    retryAfter: nil,
                    unit: Double.random(in: 0..<1, using: &random)
                )
                for index in pending.indices where ids.contains(pending[index].id) {
                    pending[index].batch = batch
                    pending[index].attempts = attempts
                    pending[index].due = now.addingTimeInterval(delay.timeInterval)
                }
            }
        }
        #expect(pending.isEmpty, "everything was delivered in the end")
        #expect(receiver.outOfOrder == 0)
        #expect(enqueued.count == 6)
        for (fingerprint, states) in enqueued {
            let got = receiver.delivered[fingerprint] ?? []
            #expect(got.last?.id == states.last?.id, "\(fingerprint) ends in its latest state")
            if keepsEveryState {
                #expect(got.map(\.id) == states.map(\.id), "the alert file has every state of \(fingerprint), in order")
            }
        }
    }
}

import CandorAlerts
import CandorStore
import Foundation

/// What one delivery pass of a sink does now, decided from the sink's pending outbox rows, its
/// notification log, the silences and `now` alone, as Alertmanager's dedup stage decides from its
/// notification log and the time: no clock, store or network inside, so tests drive it directly.
///
/// Per alert (fingerprint) a receiver never sees an older state after a newer one:
/// - A sink that keeps every state (the alert file, a record of what happened) sends an alert's
///   rows one after another: a row waits while an older row of its alert is pending.
/// - Any other sink gets an alert's latest state only: a pending older row (never sent, or sent
///   and failing) is superseded by the newer one and leaves the queue, also out of a message that
///   is being retried (its retries carry the rest of that message under the same `webhook-id`).
///   Receivers keyed on the fingerprint (Alertmanager, its webhook format) end in the alert's
///   real state whether or not an earlier attempt reached them; a resolution carries the alert's
///   `startsAt`, so an alert that fired and resolved during an outage is still reported.
struct DeliveryPlan {
    /// A message to send: its rows, and its `webhook-id` once it has been tried.
    struct Message {
        /// The `webhook-id` of a message tried before; nil for a new one.
        var batch: String?
        /// Its rows, oldest first.
        var rows: [OutboxEntry]
    }

    /// Rows a later state of their alert replaces.
    var superseded: [Int64] = []
    /// Rows a silence mutes.
    var muted: [Int64] = []
    /// Messages to send now: new ones and due retries, oldest row first.
    var messages: [Message] = []
    /// Rows that wait for an older state of their alert to be sent first.
    var held = 0
    /// Whether a message that was tried waits for a later retry.
    var retriesWaiting = false
    /// When the next pass is due, at the latest.
    var next: Date

    /// Plans a pass over `rows` (the sink's pending rows, oldest first) at `now`; `next` is the
    /// latest the following pass may start (what else the caller waits for).
    ///
    /// - Parameters:
    ///   - notified: when each group of the sink was last notified.
    ///   - keepsEveryState: whether the sink gets every state of an alert in order (the alert
    ///     file) rather than its latest.
    ///   - groupsAlerts: whether several alerts may share a message.
    init(
        rows: [OutboxEntry],
        notified: [String: Date],
        silences: [Silence],
        grouping: Grouping,
        groupsAlerts: Bool,
        keepsEveryState: Bool,
        now: Date,
        next: Date
    ) {
        self.next = next
        var held: Set<Int64> = []
        var superseded: Set<Int64> = []
        for states in Dictionary(grouping: rows, by: \.fingerprint).values where states.count > 1 {
            let ordered = states.sorted { $0.id < $1.id }
            if keepsEveryState {
                held.formUnion(ordered.dropFirst().map(\.id))
            } else {
                superseded.formUnion(ordered.dropLast().map(\.id))
            }
        }
        self.held = held.count
        self.superseded = rows.map(\.id).filter(superseded.contains)
        let live = rows.filter { !superseded.contains($0.id) }

        for (batch, members) in Dictionary(grouping: live.filter { $0.batch != nil }, by: { $0.batch! }) {
            if members.contains(where: { held.contains($0.id) }) { continue }
            let due = members.map(\.due).max()!
            if due <= now {
                messages.append(Message(batch: batch, rows: members))
            } else {
                retriesWaiting = true
                self.next = min(self.next, due)
            }
        }
        var fresh: [OutboxEntry] = []
        for row in live where row.batch == nil && !held.contains(row.id) {
            if !silences.isEmpty, let alert = row.alert,
                silences.contains(where: { $0.mutes(alert, at: now) })
            {
                muted.append(row.id)
            } else {
                fresh.append(row)
            }
        }
        for members in Dictionary(grouping: fresh, by: { groupsAlerts ? $0.groupKey : "\($0.id)" }).values {
            let first = members.map(\.created).min()!
            let due =
                notified[members[0].groupKey].map { max(first, $0.addingTimeInterval(grouping.interval.timeInterval)) }
                ?? first.addingTimeInterval(grouping.wait.timeInterval)
            if due <= now {
                messages.append(Message(batch: nil, rows: members))
            } else {
                self.next = min(self.next, due)
            }
        }
        messages.sort { $0.rows[0].id < $1.rows[0].id }
    }
}

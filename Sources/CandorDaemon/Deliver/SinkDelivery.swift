import CandorAlerts
import CandorCore
import CandorStore
import Foundation
import Logging
import ServiceLifecycle

/// The delivery pipeline of one sink, run pass after pass: each pass enqueues the repeats that
/// are due (``RepeatSchedule``), plans what to send (``DeliveryPlan``: dedup, mute, wait), starts
/// the new messages, sends them, decides each outcome (``DeliveryVerdict``), gives up on the
/// spent ones (``DeadLetters``) and records the outcomes (``DeliveryLedger``). The decisions are
/// pure; this type only reads the store, the clock and the sink, and writes the results.
struct SinkDelivery {
    /// The most outbox rows one pass reads.
    static let rowsPerPass = 1000
    /// The longest a loop sleeps without looking at the outbox again.
    static let maxSleep = Duration.seconds(60)
    /// How soon a pass is tried again after the outbox could not be used.
    static let afterStoreError = Duration.seconds(5)

    let sink: any AlertSink
    let route: AlertOutbox.Route
    let outbox: AlertOutbox
    let backoff: DeliveryBackoff
    let deadLetters: DeadLetters
    let clock: CandorClock
    /// Places each retry within its jitter range.
    let jitter: UnitRandom
    let acknowledged: @Sendable (AlertNotification) -> Void
    let logger: Logger

    /// The alert file records every alert, silenced or not, and every state in order.
    private var keepsEveryState: Bool { sink is AlertFileSink }

    /// Runs passes until graceful shutdown or cancellation; between passes it sleeps until the
    /// next one is due (at most ``maxSleep``) or until `wakeups` yields (rows were added).
    func run(wakeups: AsyncStream<Void>) async {
        var iterator = wakeups.makeAsyncIterator()
        // Ends on graceful shutdown or cancellation; each pass either sends or sleeps.
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let next = await pass()
            let delay = min(max(.zero, Self.duration(from: clock.now(), to: next)), Self.maxSleep)
            let woken: Void? = await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    // Only a timer that ran out wakes the loop: one cancelled because rows were
                    // added must not, or it would leave a wake-up behind that starts the next
                    // pass at once, and that pass's cancelled timer another, without end.
                    do {
                        try await clock.sleep(delay)
                        outbox.wake(sink.name)
                    } catch {}
                }
                let value: Void? = await withGracefulShutdownHandler {
                    await iterator.next()
                } onGracefulShutdown: {
                    outbox.wake(sink.name)
                }
                group.cancelAll()
                return value
            }
            if woken == nil { break }
        }
    }

    /// Sends every message of the sink that is due; returns when the next one will be.
    ///
    /// A pass costs a few commits, not two per message: one starts its new messages (and mutes
    /// the silenced rows and retires the superseded ones), and the outcomes are recorded together
    /// (see ``DeliveryLedger``). A crash before such a commit sends the messages again under the
    /// same `webhook-id` (at least once).
    func pass() async -> Date {
        let now = clock.now()
        do {
            let silences = keepsEveryState ? [] : await outbox.silences(at: now)
            // Read once per pass: what repeats, and what each message carries besides its own rows.
            var firing: [Alert] = []
            if !keepsEveryState { firing = try await outbox.firingAlerts() }
            let plan = try await self.plan(firing: firing, silences: silences, at: now)
            let messages = try await start(plan, at: now)
            var ledger = DeliveryLedger()
            var next = plan.next
            var finished = false
            for message in messages {
                if Task.isCancelled { break }
                let group = (firing: firing, silences: silences, now: now)
                if let retry = try await send(message.id, message.rows, group: group, into: &ledger) {
                    next = min(next, retry)
                } else {
                    finished = true
                }
                if ledger.isFull(at: clock.instant()) { try await record(&ledger) }
            }
            try await record(&ledger)
            // Rows held behind a message that finished, and retries an acknowledgement made due
            // (see ``Store/record(_:at:)``), go in the next pass.
            if finished && (plan.held > 0 || plan.retriesWaiting) { next = now }
            return next
        } catch {
            logger.error("alert delivery to \(sink.name) failed to use the outbox: \(error)")
            return clock.now().addingTimeInterval(Self.afterStoreError.timeInterval)
        }
    }

    /// Reads the outbox and decides what this pass sends at `now`: enqueues the repeats of
    /// `firing` that are due, then plans over the sink's pending rows.
    private func plan(firing: [Alert], silences: [Silence], at now: Date) async throws(StoreError) -> DeliveryPlan {
        var next = now.addingTimeInterval(Self.maxSleep.timeInterval)
        if let interval = route.grouping.repeatInterval {
            // An alert that was only silenced is sent when its silence ends.
            for silence in silences { next = min(next, silence.endsAt) }
            if let repeats = await repeats(of: firing, every: interval, silences: silences, at: now) {
                for due in repeats.due {
                    // A repeat that cannot be queued is due again in the next pass.
                    do {
                        _ = try await outbox.enqueue([due.alert], only: route.name, repeatNumber: due.newestRow)
                    } catch {
                        logger.error(
                            "could not queue a repeat of alert \(due.alert.fingerprint) for \(sink.name): \(error)"
                        )
                    }
                }
                if let later = repeats.next { next = min(next, later) }
            }
        }
        let rows = try await outbox.store.pendingOutbox(sink: sink.name, limit: Self.rowsPerPass)
        // A full page means more rows wait behind it: come back at once.
        if rows.count == Self.rowsPerPass { next = now }
        return DeliveryPlan(
            rows: rows,
            notified: try await outbox.store.notifiedGroups(sink: sink.name),
            silences: silences,
            grouping: route.grouping,
            groupsAlerts: sink.groupsAlerts,
            keepsEveryState: keepsEveryState,
            now: now,
            next: next
        )
    }

    /// The repeat schedule of `firing` (the detectors' alerts and Candor's own) at `now`; nil when
    /// the store cannot be read or nothing fires.
    private func repeats(
        of firing: [Alert],
        every interval: Duration,
        silences: [Silence],
        at now: Date
    ) async -> RepeatSchedule? {
        guard !firing.isEmpty, let log = try? await outbox.store.notificationLog(sink: route.name) else { return nil }
        return RepeatSchedule(
            firing: firing,
            log: log,
            silences: silences,
            interval: interval,
            now: now
        )
    }

    /// Starts the pass in the store: mutes and retires the plan's rows, and gives each new message
    /// its id (its `webhook-id`) and first attempt, `now`, from which the retry budget runs.
    private func start(
        _ plan: DeliveryPlan,
        at now: Date
    ) async throws(StoreError) -> [(id: String, rows: [OutboxEntry], isNew: Bool)] {
        let messages = plan.messages.map { message in
            var rows = message.rows
            if message.batch == nil { for index in rows.indices { rows[index].firstAttempt = now } }
            return (id: message.batch ?? Self.newBatchID(), rows: rows, isNew: message.batch == nil)
        }
        try await outbox.store.startBatches(
            messages.filter(\.isNew).map { ($0.id, $0.rows.map(\.id)) },
            silenced: plan.muted,
            superseded: plan.superseded,
            at: now
        )
        outbox.finished(plan.muted.count + plan.superseded.count)
        return messages
    }

    /// Sends one message and notes its outcome in `ledger`; returns when to retry it, if it failed.
    /// The message carries its rows and the rest of its group's current state (``GroupState``):
    /// the alerts of `group.firing` in its group, less those `group.silences` mute.
    private func send(
        _ batch: String,
        _ rows: [OutboxEntry],
        group: (firing: [Alert], silences: [Silence], now: Date),
        into ledger: inout DeliveryLedger
    ) async throws(StoreError)
        -> Date?
    {
        let changed = rows.compactMap(\.alert)
        let groupKey = rows[0].groupKey
        let notification = AlertNotification(
            id: batch,
            receiver: sink.name,
            groupKey: groupKey,
            groupLabels: changed.first.map { route.grouping.groupLabels(of: $0.labels) } ?? [:],
            alerts: GroupState.alerts(
                changed: changed,
                firing: group.firing,
                groupKey: groupKey,
                sink: sink.name,
                grouping: route.grouping,
                groupsAlerts: sink.groupsAlerts,
                silences: group.silences,
                now: group.now
            )
        )
        let outcome = await sink.send(notification)
        let now = clock.now()
        let metadata: Logger.Metadata = ["candor.sink": "\(sink.name)", "candor.webhook_id": "\(batch)"]
        switch DeliveryVerdict(outcome, rows: rows, backoff: backoff, now: now, unit: jitter.next()) {
        case .acknowledged:
            ledger.add(.sent(batch: batch, sink: sink.name, groupKey: groupKey), rows: rows.count, at: clock.instant())
            ledger.acknowledged.append(notification)
            logger.debug("notification delivered", metadata: metadata)
            return nil
        case .retry(let due, let attempts, let reason):
            ledger.add(
                .retry(batch: batch, sink: sink.name, due: due, error: reason),
                rows: rows.count,
                at: clock.instant()
            )
            if attempts == 1 {
                logger.warning("alert delivery failed, will retry: \(reason)", metadata: metadata)
            } else {
                logger.debug("alert delivery failed again (attempt \(attempts)): \(reason)", metadata: metadata)
            }
            return due
        case .deadLetter(let attempts, let reason):
            try await deadLetters.write(notification, attempts: attempts, reason: reason, sink: sink.name, at: now)
            ledger.add(.dead(batch: batch, sink: sink.name, error: reason), rows: rows.count, at: clock.instant())
            return nil
        }
    }

    /// Records the outcomes in `ledger` in one transaction, then reports the acknowledged
    /// messages; empties the ledger.
    private func record(_ ledger: inout DeliveryLedger) async throws(StoreError) {
        guard !ledger.outcomes.isEmpty else { return }
        let now = clock.now()
        try await outbox.store.record(ledger.outcomes, at: now)
        outbox.finished(ledger.finishedRows)
        outbox.notifications.count(ledger.outcomes)
        for notification in ledger.acknowledged { acknowledged(notification) }
        if !ledger.acknowledged.isEmpty { await deadLetters.acknowledged(sink: sink.name, at: now) }
        ledger = DeliveryLedger()
    }

    /// A new message's id, the `webhook-id` of all its attempts.
    private static func newBatchID() -> String {
        "msg_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// The time from `start` to `end`, to the millisecond.
    private static func duration(from start: Date, to end: Date) -> Duration {
        .milliseconds(Int64((end.timeIntervalSince(start) * 1000).rounded(.down)))
    }
}

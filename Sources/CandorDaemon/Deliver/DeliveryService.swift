import CandorAlerts
import CandorStore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Sends the outbox: one loop per sink forms messages from pending rows (grouping, silences,
/// `group_wait` and `group_interval`), sends each, and records the outcome in the store:
/// acknowledged rows are marked sent; failures are retried with exponential backoff and equal
/// jitter, never sooner than `Retry-After`; after the retry budget a message goes to the
/// dead-letter file and a `CandorAlertUndeliverable` self-alert goes to the other sinks.
/// Firing alerts are sent again every `repeat_interval`. What a pass sends, in which order, is
/// decided by ``DeliveryPlan``.
///
/// On graceful shutdown each loop finishes its pass and stops; what is left stays in the outbox
/// for the next start.
public final class DeliveryService: Service, Sendable {
    private let outbox: AlertOutbox
    private let sinks: [any AlertSink]
    private let backoff: DeliveryBackoff
    private let deadLetter: JSONLinesFile
    private let logger: Logger
    private let undeliverable = Mutex<[String: Alert]>([:])
    let acknowledged: @Sendable (AlertNotification) -> Void
    /// The most outbox rows one pass reads.
    static let rowsPerPass = 1000

    /// Creates the service.
    ///
    /// - Parameter acknowledged: called after each acknowledged message (metrics, benchmarks).
    public init(
        outbox: AlertOutbox,
        sinks: [any AlertSink],
        backoff: DeliveryBackoff,
        deadLetter: JSONLinesFile,
        logger: Logger,
        acknowledged: @escaping @Sendable (AlertNotification) -> Void = { _ in }
    ) {
        self.outbox = outbox
        self.sinks = sinks
        self.backoff = backoff
        self.deadLetter = deadLetter
        self.logger = logger
        self.acknowledged = acknowledged
        undeliverable.withLock { open in
            for sink in sinks {
                if let alert = Self.openUndeliverableAlert(sink: sink.name, in: outbox.store) {
                    open[sink.name] = alert
                }
            }
        }
    }

    /// The `CandorAlertUndeliverable` self-alert of `sink` that a previous run raised and did not
    /// resolve, from the outbox, so that this run resolves it when the sink acknowledges again.
    private static func openUndeliverableAlert(sink: String, in store: Store) -> Alert? {
        let fingerprint = undeliverableAlert(sink: sink, attempts: 0, reason: "", deadLetter: "").fingerprint
        guard let record = try? store.newestOutboxRecord(fingerprint: fingerprint),
            let alert = try? RecordCodec.decoder().decode(Alert.self, from: record), alert.status == .firing
        else { return nil }
        return alert
    }

    /// The self-alert that says `sink` could not deliver a message after `attempts` attempts.
    private static func undeliverableAlert(sink: String, attempts: Int, reason: String, deadLetter: String) -> Alert {
        Alert(
            about: "CandorAlertUndeliverable",
            severity: "critical",
            summary: "alerts to sink \(sink) could not be delivered; they are in \(deadLetter)",
            description: "last error after \(attempts) attempt(s): \(reason)",
            extraLabels: ["sink": sink]
        )
    }

    public func run() async throws {
        let wakeups = sinks.map { outbox.wakeups(for: $0.name) }
        await withDiscardingTaskGroup { group in
            for (sink, stream) in zip(sinks, wakeups) {
                group.addTask { await self.loop(sink, wakeups: stream) }
            }
            group.addTask { await self.pruneHourly() }
        }
    }

    private func loop(_ sink: any AlertSink, wakeups: AsyncStream<Void>) async {
        let route = outbox.routes.first { $0.name == sink.name }!
        var iterator = wakeups.makeAsyncIterator()
        // Ends on graceful shutdown or cancellation; each pass either sends or sleeps.
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let next = await pass(sink, route: route)
            let delay = max(0, min(next.timeIntervalSinceNow, 60))
            let woken: Void? = await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    try? await Task.sleep(for: .milliseconds(Int64(delay * 1000)))
                    self.outbox.wake(sink.name)
                }
                let value: Void? = await withGracefulShutdownHandler {
                    await iterator.next()
                } onGracefulShutdown: {
                    self.outbox.wake(sink.name)
                }
                group.cancelAll()
                return value
            }
            if woken == nil { break }
        }
    }

    /// Deletes finished outbox rows older than a day (keeping each alert's newest row per sink,
    /// which the repeat schedule and restarts read), at start and then every hour, so that the
    /// queries of each pass stay as fast as on the first day.
    private func pruneHourly() async {
        // Ends on graceful shutdown or cancellation (the sleep throws).
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                let pruned = try outbox.store.pruneOutbox(before: Date().addingTimeInterval(-86_400))
                if pruned > 0 { logger.debug("pruned \(pruned) finished outbox row(s)") }
                outbox.recount()
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) }
            } catch is CancellationError {
                return
            } catch {
                logger.error("could not prune the alert outbox: \(error)")
                do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) } } catch {
                    return
                }
            }
        }
    }

    /// Sends every message of `sink` that is due; returns when the next one will be.
    ///
    /// A pass costs a few commits, not two per message: one starts its new messages (and mutes
    /// the silenced rows and retires the superseded ones), and the outcomes are recorded together
    /// every ``Ledger/maxOutcomes`` messages or ``Ledger/maxAge``, whichever comes first. A crash
    /// before such a commit sends the messages again under the same `webhook-id` (at least once).
    func pass(_ sink: any AlertSink, route: AlertOutbox.Route) async -> Date {
        var next = Date().addingTimeInterval(60)
        var ledger = Ledger()
        do {
            let now = Date()
            // The alert file records every alert, silenced or not, and every state in order.
            let isRecord = sink is AlertFileSink
            let silences = isRecord ? [] : outbox.silences(at: now)
            if route.grouping.repeatInterval != nil {
                // An alert that was only silenced is sent when its silence ends.
                for silence in silences { next = min(next, silence.endsAt) }
            }
            scheduleRepeats(route, silences: silences, now: now, next: &next)
            let rows = try outbox.store.pendingOutbox(sink: sink.name, limit: Self.rowsPerPass)
            // A full page means more rows wait behind it: come back at once.
            if rows.count == Self.rowsPerPass { next = now }
            let plan = DeliveryPlan(
                rows: rows,
                notified: try outbox.store.notifiedGroups(sink: sink.name),
                silences: silences,
                grouping: route.grouping,
                groupsAlerts: sink.groupsAlerts,
                keepsEveryState: isRecord,
                now: now,
                next: next
            )
            next = plan.next
            let messages = plan.messages.map { message in
                var rows = message.rows
                // A new message's first attempt is now (``Store/startBatches`` records it): the
                // retry budget runs from here, not from when its rows were written.
                if message.batch == nil { for index in rows.indices { rows[index].firstAttempt = now } }
                return (id: message.batch ?? Self.newBatchID(), rows: rows, isNew: message.batch == nil)
            }
            try outbox.store.startBatches(
                messages.filter(\.isNew).map { ($0.id, $0.rows.map(\.id)) },
                silenced: plan.muted,
                superseded: plan.superseded,
                at: now
            )
            outbox.finished(plan.muted.count + plan.superseded.count)
            var finished = false
            for message in messages {
                if Task.isCancelled { break }
                if let retry = try await send(message.id, message.rows, to: sink, route: route, into: &ledger) {
                    next = min(next, retry)
                } else {
                    finished = true
                }
                if ledger.isFull { try record(&ledger, sink: sink.name) }
            }
            try record(&ledger, sink: sink.name)
            // Rows held behind a message that finished, and retries an acknowledgement made due
            // (see ``Store/record(_:at:)``), go in the next pass.
            if finished && (plan.held > 0 || plan.retriesWaiting) { next = now }
        } catch {
            logger.error("alert delivery to \(sink.name) failed to use the outbox: \(error)")
            next = Date().addingTimeInterval(5)
        }
        return next
    }

    /// A new message's id, the `webhook-id` of all its attempts.
    private static func newBatchID() -> String {
        "msg_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// The outcomes of a pass not yet recorded in the store.
    struct Ledger {
        /// The most outcomes recorded in one commit.
        static let maxOutcomes = 256
        /// The longest an outcome waits to be recorded, in seconds.
        static let maxAge = 0.25

        var outcomes: [OutboxOutcome] = []
        var acknowledged: [AlertNotification] = []
        var finishedRows = 0
        var since: ContinuousClock.Instant?

        mutating func add(_ outcome: OutboxOutcome, rows: Int) {
            outcomes.append(outcome)
            if case .retry = outcome {} else { finishedRows += rows }
            since = since ?? .now
        }

        var isFull: Bool {
            outcomes.count >= Self.maxOutcomes
                || since.map { ContinuousClock.now - $0 >= .seconds(Self.maxAge) } == true
        }
    }

    /// Records the outcomes in `ledger` in one transaction, then reports the acknowledged
    /// messages; empties the ledger.
    private func record(_ ledger: inout Ledger, sink: String) throws(StoreError) {
        guard !ledger.outcomes.isEmpty else { return }
        try outbox.store.record(ledger.outcomes, at: Date())
        outbox.finished(ledger.finishedRows)
        for notification in ledger.acknowledged { acknowledged(notification) }
        if !ledger.acknowledged.isEmpty { resolveUndeliverable(sink) }
        ledger = Ledger()
    }

    /// Sends one message and notes its outcome in `ledger`; returns when to retry it, if it failed.
    private func send(
        _ batch: String,
        _ rows: [OutboxEntry],
        to sink: any AlertSink,
        route: AlertOutbox.Route,
        into ledger: inout Ledger
    ) async throws -> Date? {
        let alerts = rows.compactMap(Self.decode)
        let groupKey = rows[0].groupKey
        let notification = AlertNotification(
            id: batch,
            receiver: sink.name,
            groupKey: groupKey,
            groupLabels: alerts.first.map { route.grouping.groupLabels(of: $0.labels) } ?? [:],
            alerts: alerts
        )
        let outcome = await sink.send(notification)
        let now = Date()
        let metadata: Logger.Metadata = ["candor.sink": "\(sink.name)", "candor.webhook_id": "\(batch)"]
        switch outcome {
        case .delivered:
            ledger.add(.sent(batch: batch, sink: sink.name, groupKey: groupKey), rows: rows.count)
            ledger.acknowledged.append(notification)
            logger.debug("notification delivered", metadata: metadata)
            return nil
        case .retry(let retryAfter, let reason):
            let attempts = rows[0].attempts + 1
            let first = rows.compactMap(\.firstAttempt).min() ?? rows.map(\.created).min()!
            let elapsed = Duration.milliseconds(Int64(max(0, now.timeIntervalSince(first)) * 1000))
            if !backoff.givesUp(afterAttempts: attempts, elapsed: elapsed) {
                let delay = backoff.delay(
                    afterAttempt: attempts,
                    retryAfter: retryAfter,
                    unit: Double.random(in: 0..<1)
                )
                let due = now.addingTimeInterval(delay.timeInterval)
                ledger.add(.retry(batch: batch, sink: sink.name, due: due, error: reason), rows: rows.count)
                if attempts == 1 {
                    logger.warning("alert delivery failed, will retry: \(reason)", metadata: metadata)
                } else {
                    logger.debug("alert delivery failed again (attempt \(attempts)): \(reason)", metadata: metadata)
                }
                return due
            }
            try deadLetter(notification, rows: rows, attempts: attempts, reason: reason, sink: sink.name, into: &ledger)
        case .rejected(let reason):
            try deadLetter(
                notification,
                rows: rows,
                attempts: rows[0].attempts + 1,
                reason: reason,
                sink: sink.name,
                into: &ledger
            )
        }
        return nil
    }

    /// Writes the message to the dead-letter file (before its rows are marked dead, so a crash
    /// in between repeats it rather than losing it) and raises the sink's undeliverable self-alert.
    private func deadLetter(
        _ notification: AlertNotification,
        rows: [OutboxEntry],
        attempts: Int,
        reason: String,
        sink: String,
        into ledger: inout Ledger
    ) throws(StoreError) {
        let record = DeadLetter(
            sink: sink,
            webhookId: notification.id,
            attempts: attempts,
            reason: reason,
            alerts: notification.alerts
        )
        do {
            try deadLetter.append(record)
        } catch {
            logger.error("could not write the dead-letter file: \(error)")
        }
        ledger.add(.dead(batch: notification.id, sink: sink, error: reason), rows: rows.count)
        logger.error(
            "alert notification undeliverable after \(attempts) attempt(s), written to \(deadLetter.path): \(reason)",
            metadata: ["candor.sink": "\(sink)", "candor.webhook_id": "\(notification.id)"]
        )
        let alert = Self.undeliverableAlert(sink: sink, attempts: attempts, reason: reason, deadLetter: deadLetter.path)
        let isNew = undeliverable.withLock { current in
            defer { current[sink] = current[sink] ?? alert }
            return current[sink] == nil
        }
        if isNew { try outbox.enqueue([alert], excluding: sink) }
    }

    private func resolveUndeliverable(_ sink: String) {
        guard var alert = undeliverable.withLock({ $0.removeValue(forKey: sink) }) else { return }
        alert.status = .resolved
        alert.endsAt = Date()
        try? outbox.enqueue([alert], excluding: sink)
    }

    /// Enqueues a repeat of each firing alert whose last message to the sink is older than its
    /// `repeat_interval`, and lowers `next` to the earliest future repeat.
    /// A firing alert that was only ever silenced is sent once its silences have ended.
    private func scheduleRepeats(_ route: AlertOutbox.Route, silences: [Silence], now: Date, next: inout Date) {
        guard let interval = route.grouping.repeatInterval,
            let firing = try? outbox.store.alerts(status: "firing"), !firing.isEmpty,
            let log = try? outbox.store.notificationLog(sink: route.name)
        else { return }
        let decoder = RecordCodec.decoder()
        for stored in firing {
            guard let alert = try? decoder.decode(Alert.self, from: stored.record) else { continue }
            guard let entry = log[alert.fingerprint], !entry.waiting else { continue }
            if silences.contains(where: { $0.mutes(alert, at: now) }) { continue }
            let due = entry.lastSent?.addingTimeInterval(interval.timeInterval) ?? now
            if due <= now {
                try? outbox.enqueue([alert], only: route.name, repeatNumber: entry.newestRow)
            } else {
                next = min(next, due)
            }
        }
    }

    static func decode(_ row: OutboxEntry) -> Alert? {
        try? RecordCodec.decoder().decode(Alert.self, from: row.record)
    }
}

/// A notification that could not be delivered, as written to the dead-letter file.
struct DeadLetter: Encodable {
    var schema = "candor.deadletter/v1"
    var time = Date()
    var sink: String
    var webhookId: String
    var attempts: Int
    var reason: String
    var alerts: [Alert]
}

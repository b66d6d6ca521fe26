import CandorAlerts
import CandorCore
import CandorStore
import Foundation
import Logging
import ServiceLifecycle

/// Sends the outbox: one ``SinkDelivery`` pipeline per sink forms messages from pending rows
/// (grouping, silences, `group_wait` and `group_interval`), sends each, and records the outcome in
/// the store: acknowledged rows are marked sent; failures are retried with exponential backoff
/// and equal jitter, never sooner than `Retry-After`; after the retry budget a message goes to the
/// dead-letter file and a `CandorAlertUndeliverable` self-alert goes to the other sinks. Firing
/// alerts are sent again every `repeat_interval`. What a pass sends, in which order, is decided by
/// ``DeliveryPlan``; an ``OutboxPruner`` keeps the outbox small.
///
/// On graceful shutdown each loop finishes its pass and stops; what is left stays in the outbox
/// for the next start.
public final class DeliveryService: Service, Sendable {
    private let outbox: AlertOutbox
    private let sinks: [any AlertSink]
    private let backoff: DeliveryBackoff
    private let deadLetter: JSONLinesFile
    private let clock: CandorClock
    private let jitter: UnitRandom
    private let logger: Logger
    private let acknowledged: @Sendable (AlertNotification) -> Void
    private let labelled: @Sendable (Alert) async -> Alert

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - clock: the time of passes, retries and records, and the waits between passes.
    ///   - jitter: places each retry within its jitter range.
    ///   - acknowledged: called after each acknowledged message (metrics, benchmarks).
    ///   - labelled: adds the config's static labels and runbook link to a self-alert about a sink (the signal
    ///     board's, current as of the last reload).
    public init(
        outbox: AlertOutbox,
        sinks: [any AlertSink],
        backoff: DeliveryBackoff,
        deadLetter: JSONLinesFile,
        clock: CandorClock = .system,
        jitter: UnitRandom = .system,
        logger: Logger,
        acknowledged: @escaping @Sendable (AlertNotification) -> Void = { _ in },
        labelled: @escaping @Sendable (Alert) async -> Alert = { $0 }
    ) {
        self.outbox = outbox
        self.sinks = sinks
        self.backoff = backoff
        self.deadLetter = deadLetter
        self.clock = clock
        self.jitter = jitter
        self.logger = logger
        self.acknowledged = acknowledged
        self.labelled = labelled
    }

    /// Runs each sink's pipeline and the pruner until graceful shutdown or cancellation.
    public func run() async throws {
        let deadLetters = DeadLetters(file: deadLetter, outbox: outbox, labelled: labelled, logger: logger)
        let pipelines = sinks.map { sink in
            SinkDelivery(
                sink: sink,
                route: outbox.routes.first { $0.name == sink.name }!,
                outbox: outbox,
                backoff: backoff,
                deadLetters: deadLetters,
                clock: clock,
                jitter: jitter,
                acknowledged: acknowledged,
                logger: logger
            )
        }
        let wakeups = sinks.map { outbox.wakeups(for: $0.name) }
        let pruner = OutboxPruner(outbox: outbox, clock: clock, logger: logger)
        await withDiscardingTaskGroup { group in
            for (pipeline, stream) in zip(pipelines, wakeups) {
                group.addTask { await pipeline.run(wakeups: stream) }
            }
            group.addTask { await pruner.run() }
        }
    }
}

import CandorAlerts
import CandorRules
import CandorStore
import Foundation
import Logging

/// Where a finished trial goes: the samples log, the signals, the state database (trial,
/// signal states and alert states in one transaction), then the alert outbox, from which the
/// ``DeliveryService`` sends to the sinks. Should the daemon die between the two writes, the
/// next start enqueues what the state database holds (``AlertOutbox/reconcile(firing:recentlyResolved:)``).
public struct TrialRecorder: Sendable {
    private let samples: JSONLinesFile
    private let store: Store
    private let board: SignalBoard
    private let outbox: AlertOutbox
    private let metrics: DaemonMetrics
    private let logger: Logger

    /// Creates a recorder.
    public init(
        samples: JSONLinesFile,
        store: Store,
        board: SignalBoard,
        outbox: AlertOutbox,
        metrics: DaemonMetrics,
        logger: Logger
    ) {
        self.samples = samples
        self.store = store
        self.board = board
        self.outbox = outbox
        self.metrics = metrics
        self.logger = logger
    }

    /// Records `record`, a trial of `probe`.
    public func record(_ record: TrialRecord, probe: Probe) async {
        let metadata: Logger.Metadata = [
            "candor.target": "\(record.target)", "candor.probe": "\(record.probe)", "candor.item": "\(record.item)",
            "candor.outcome": "\(record.observation.outcome.rawValue)", "candor.trial": "\(record.trialId)",
        ]
        if record.observation.outcome == .error {
            logger.notice("trial failed: \(record.observation.reason)", metadata: metadata)
        } else {
            logger.debug("trial scored", metadata: metadata)
        }
        metrics.record(record)
        do {
            try samples.append(record)
        } catch {
            logger.error("could not write the samples log: \(error)", metadata: metadata)
        }
        let update = await board.observe(record, probe: probe)
        for (key, monitor) in update.signals {
            metrics.update(key, monitor)
        }
        if !update.alerts.isEmpty {
            metrics.setFiring(await board.firingAlerts().count)
        }
        do {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            try store.record(
                trial: StoredTrial(
                    id: record.trialId,
                    time: record.time,
                    target: record.target,
                    probe: record.probe,
                    outcome: record.observation.outcome.rawValue,
                    record: try encoder.encode(record)
                ),
                signals: try SignalState.stored(
                    update.signals,
                    packHash: probe.packHash,
                    modelFingerprint: record.reportedFingerprint
                ),
                alerts: try update.alerts.map { alert in
                    StoredAlert(
                        fingerprint: alert.fingerprint,
                        status: alert.status.rawValue,
                        record: try encoder.encode(alert)
                    )
                }
            )
        } catch {
            logger.error("could not record the trial in the state database: \(error)", metadata: metadata)
        }
        for alert in update.alerts {
            log(alert)
        }
        do {
            try outbox.enqueue(update.alerts)
        } catch {
            logger.error("could not add alerts to the outbox (they are sent after a restart): \(error)", metadata: metadata)
        }
    }

    /// Whether the outbox can take more alerts; while it cannot, the scheduler should start no
    /// trial (sampling pauses rather than dropping alerts).
    public var outboxHasRoom: Bool {
        outbox.hasRoom
    }

    /// Waits until ``outboxHasRoom``, checking every 100 ms; returns at once when there is room,
    /// and early when the task is cancelled.
    public func waitForOutboxRoom() async {
        // Ends when there is room or the task is cancelled (the sleep throws).
        while !outbox.hasRoom {
            do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
        }
    }

    /// Sends `alert` (a self-alert: a rejected reload, an undeliverable alert) to every sink
    /// through the outbox, logging (never throwing) a failure.
    public func deliver(_ alert: Alert) {
        log(alert)
        do {
            try outbox.enqueue([alert])
        } catch {
            logger.error("could not add an alert to the outbox: \(error)", metadata: ["candor.fingerprint": "\(alert.fingerprint)"])
        }
    }

    private func log(_ alert: Alert) {
        logger.warning(
            "alert \(alert.status.rawValue): \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")",
            metadata: ["candor.fingerprint": "\(alert.fingerprint)"]
        )
    }
}

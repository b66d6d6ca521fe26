import CandorAlerts
import CandorCore
import CandorRules
import CandorStore
import Foundation
import Logging

/// Where a finished trial goes: the samples log, the signals, then the state database in one
/// transaction: the trial, the signal states, the alert states and lifecycle progress, and the
/// alerts' outbox rows, from which the ``DeliveryService`` sends to the sinks. A crash leaves all
/// of it or none: an alert is never recorded without its notifications, nor notified twice.
public struct TrialRecorder: Sendable {
    private let samples: JSONLinesFile
    /// The state database, which also holds the ``BeliefCache``.
    let store: Store
    /// The signals each trial feeds; the scheduler reads how near they are to needing a faster pace.
    let board: SignalBoard
    private let outbox: AlertOutbox
    private let metrics: DaemonMetrics
    private let clock: CandorClock
    /// Where the recorder's and the belief cache's lines go.
    let logger: Logger

    /// Creates a recorder; `clock` stamps the stored states and paces ``waitForOutboxRoom()``.
    public init(
        samples: JSONLinesFile,
        store: Store,
        board: SignalBoard,
        outbox: AlertOutbox,
        metrics: DaemonMetrics,
        clock: CandorClock = .system,
        logger: Logger
    ) {
        self.samples = samples
        self.store = store
        self.board = board
        self.outbox = outbox
        self.metrics = metrics
        self.clock = clock
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
        metrics.baselinesReset(update.baselineResets)
        if !update.alerts.isEmpty {
            metrics.setFiring(await board.firingAlerts().count)
        }
        for alert in update.alerts {
            log(alert)
        }
        do {
            let encoder = RecordCodec.encoder()
            let added = try await store.record(
                trial: record.stored,
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
                },
                progress: try update.progress.map { progress in
                    StoredAlert(
                        fingerprint: progress.alert.fingerprint,
                        status: progress.status,
                        record: try encoder.encode(progress)
                    )
                },
                ended: update.ended,
                outbox: outbox.entries(for: update.alerts),
                at: clock.now()
            )
            outbox.added(added)
        } catch {
            logger.error("could not record the trial in the state database: \(error)", metadata: metadata)
            // The alerts must still go out; the trial's record is lost either way.
            do {
                try await outbox.enqueue(update.alerts)
            } catch {
                logger.error("could not add alerts to the outbox: \(error)", metadata: metadata)
            }
        }
    }

    /// The lifecycle progress of the pending and firing alerts saved by a previous run, for
    /// ``SignalBoard/resume(_:)``; unreadable entries are skipped.
    ///
    /// - Throws: ``StoreError`` if the database cannot be read.
    public static func savedProgress(_ store: Store) async throws(StoreError) -> [AlertProgress] {
        try await store.alertProgress().compactMap {
            try? RecordCodec.decoder().decode(AlertProgress.self, from: $0.record)
        }
    }

    /// The belief cache kept in this recorder's state database, on `clock`, logging where the recorder does.
    func beliefCache(clock: CandorClock) -> BeliefCache {
        BeliefCache(store: store, clock: clock, logger: logger)
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
            do { try await clock.sleep(.milliseconds(100)) } catch { return }
        }
    }

    /// Sends `alert` (a self-alert: a rejected reload, a target down, a spent budget) to every sink
    /// through the outbox, with the config's static labels, logging (never throwing) a failure. The
    /// outbox's ``OpenSelfAlerts`` drops a repeat of one already open and the resolution of one that is not.
    public func deliver(_ alert: Alert) async {
        let alert = await board.labelled(selfAlert: alert)
        do {
            for sent in try await outbox.enqueue([alert]) { log(sent) }
        } catch {
            log(alert)
            logger.error(
                "could not add an alert to the outbox: \(error)",
                metadata: ["candor.fingerprint": "\(alert.fingerprint)"]
            )
        }
    }

    private func log(_ alert: Alert) {
        logger.warning(
            "alert \(alert.status.rawValue): \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")",
            metadata: ["candor.fingerprint": "\(alert.fingerprint)"]
        )
    }
}

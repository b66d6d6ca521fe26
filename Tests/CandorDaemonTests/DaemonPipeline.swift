import CandorAlerts
import CandorCore
import CandorDetectors
import CandorProviders
import CandorStore
import Logging

@testable import CandorDaemon

/// What a trial passes through after the model answers, wired as `candor run` wires it: the
/// samples log, the state database, the signal board and the alert outbox behind one
/// ``TrialRecorder``, and the ``Scheduler`` that schedules the plan's trials into it, all under the
/// configuration's state and log directories.
struct DaemonPipeline: Sendable {
    /// The state database.
    let store: Store
    /// The alert outbox (the silences API writes here too).
    let outbox: AlertOutbox
    /// The signal board.
    let board: SignalBoard
    /// The samples log, open until ``close()``.
    let samples: JSONLinesFile
    /// The metrics behind `/metrics`.
    let metrics: DaemonMetrics
    /// The scheduler of `plan`'s trials.
    let scheduler: Scheduler
    /// Where finished trials go.
    let recorder: TrialRecorder

    /// Opens the files of `plan`'s configuration; the scheduler asks `clients` (by target name), on `clock`; the
    /// board calibrates as `calibration` says; the outbox writes rows for `routes`.
    init(
        plan: Plan,
        clients: [String: any ModelClient] = [:],
        routes: [AlertOutbox.Route] = [],
        clock: CandorClock = .system,
        calibration: SignalBoard.Calibration = .inline(ThresholdCache()),
        logger: Logger
    ) async throws {
        let configuration = plan.configuration
        store = try Store(path: configuration.stateDirectory + "/candor.sqlite")
        outbox = try await AlertOutbox(
            store: store,
            routes: routes,
            silences: [],
            maxPending: 100,
            clock: clock,
            logger: logger
        )
        board = SignalBoard(
            detection: configuration.detection,
            logger: logger,
            plan: plan,
            alerting: configuration.alerting,
            calibration: calibration,
            now: clock.now
        )
        samples = try JSONLinesFile(path: configuration.samplesPath, now: clock.now)
        metrics = DaemonMetrics()
        recorder = TrialRecorder(
            samples: samples,
            store: store,
            board: board,
            outbox: outbox,
            metrics: metrics,
            clock: clock,
            logger: logger
        )
        scheduler = Scheduler(
            plan: plan,
            clients: clients,
            trials: .recording(to: recorder, clock: clock),
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            logger: logger
        )
    }

    /// Closes the samples log.
    func close() {
        samples.close()
    }
}

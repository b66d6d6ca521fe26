import CandorAlerts
import CandorProviders
import CandorStore
import Logging

@testable import CandorDaemon

/// What a trial passes through after the model answers, wired as `candor run` wires it: the
/// samples log, the state database, the signal board and the alert outbox behind one
/// ``TrialRecorder``, and the ``Monitor`` that schedules the plan's trials into it, all under the
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
    let monitor: Monitor

    /// Opens the files of `plan`'s configuration; the monitor asks `clients` (by target name).
    init(plan: Plan, clients: [String: any ModelClient] = [:], logger: Logger) throws {
        let configuration = plan.configuration
        store = try Store(path: configuration.stateDirectory + "/candor.sqlite")
        outbox = try AlertOutbox(store: store, routes: [], silences: [], maxPending: 100, logger: logger)
        board = SignalBoard(detection: configuration.detection, logger: logger, plan: plan)
        samples = try JSONLinesFile(path: configuration.samplesPath)
        metrics = DaemonMetrics()
        let recorder = TrialRecorder(
            samples: samples,
            store: store,
            board: board,
            outbox: outbox,
            metrics: metrics,
            logger: logger
        )
        monitor = Monitor(
            plan: plan,
            clients: clients,
            recorder: recorder,
            notifier: SystemdNotifier(environment: [:]),
            logger: logger
        )
    }

    /// Closes the samples log.
    func close() {
        samples.close()
    }
}

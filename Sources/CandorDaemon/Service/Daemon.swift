import CandorAlerts
import CandorCore
import CandorHTTP
import CandorProviders
import CandorStore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `candor run`: wires the transport, the model clients, the state database, the logs, the
/// scheduler, the reloader and the status endpoint into one service group, and runs it
/// until SIGTERM or SIGINT. The one clock of the daemon is built here and passed down.
public enum Daemon {
    /// Runs `plan` (loaded from `configPath`) until a shutdown signal, then drains and closes
    /// every file.
    ///
    /// - Throws: ``ConfigurationError`` for a missing credential, ``StateDirectoryLockError`` when
    ///   another daemon runs on the same state directory, ``FileError`` or ``StoreError`` when a log
    ///   file or the state database cannot be opened; nothing is started in any of these cases.
    public static func run(
        configPath: String,
        plan: Plan,
        logger: Logger,
        notifier: SystemdNotifier = SystemdNotifier()
    ) async throws {
        let clock = CandorClock.system
        // SIGUSR1 (reopen the logs) kills the process by default until its handler is installed.
        signal(SIGUSR1, SIG_IGN)
        let configuration = plan.configuration
        let transport = CurlTransport(maxConnectionsPerHost: configuration.effectiveConnectionsPerHost, logger: logger)
        defer { transport.shutdown() }
        let guardEvents = GuardAlertService.channel()
        let endedTrials = OutageAlertService.channel()
        do {
            try FileManager.default.createDirectory(
                atPath: configuration.stateDirectory,
                withIntermediateDirectories: true
            )
        } catch {
            throw FileError(
                path: configuration.stateDirectory,
                operation: "create the state directory",
                reason: error.localizedDescription
            )
        }
        let lock = try StateDirectoryLock(directory: configuration.stateDirectory)
        defer { lock.release() }
        let store = try Store(path: configuration.stateDirectory + "/candor.sqlite")
        // A restart renews neither a spent budget nor an open circuit: both are replayed from the trials.
        let clients = try ModelClients.make(
            plan: plan,
            transport: transport,
            logger: logger,
            clock: clock,
            onEvent: guardEvents.callback,
            restoring: await GuardHistory.states(
                from: store,
                targets: configuration.targets,
                now: clock.now(),
                logger: logger
            )
        )
        let restored = try await SignalState.restore(from: store, plan: plan, logger: logger)
        if !restored.monitors.isEmpty || !restored.firing.isEmpty {
            logger.info(
                "resumed \(restored.monitors.count) signal(s) and \(restored.firing.count) firing alert(s) from \(store.path)"
            )
        }
        let samples = try JSONLinesFile(
            path: configuration.samplesPath,
            rotation: configuration.logRotation,
            now: clock.now
        )
        let sinks = try DeliverySinks.make(configuration, transport: transport, clock: clock)
        let files = sinks.compactMap { $0 as? AlertFileSink }
        let deadLetter = try JSONLinesFile(
            path: configuration.alerting.deadLetterPath ?? configuration.logDirectory + "/dead-letter.jsonl",
            rotation: configuration.logRotation,
            now: clock.now
        )
        defer {
            samples.close()
            deadLetter.close()
            for file in files { file.close() }
        }
        let outbox = try await AlertOutbox(
            store: store,
            routes: DeliverySinks.routes(configuration, sinks: sinks),
            silences: configuration.alerting.silences,
            maxPending: configuration.alerting.maxPending,
            clock: clock,
            logger: logger
        )
        try await outbox.reconcile(firing: restored.firing, recentlyResolved: recentlyResolved(store, now: clock.now()))
        let metrics = DaemonMetrics()
        let calibrationCache = configuration.stateDirectory + "/calibrations.json"
        let thresholds = CalibrationService.loadCache(from: calibrationCache, logger: logger)
        let (calibrations, calibrationRequests) = CalibrationQueue.make(cache: thresholds)
        let board = SignalBoard(
            detection: configuration.detection,
            logger: logger,
            monitors: restored.monitors,
            fingerprints: restored.fingerprints,
            firing: restored.firing,
            plan: plan,
            alerting: configuration.alerting,
            calibration: .background(calibrations),
            now: clock.now
        )
        await board.pin(plan.pinnedBaselines, for: plan)
        await board.resume(try await TrialRecorder.savedProgress(store))
        metrics.setFiring(restored.firing.count)
        let recorder = TrialRecorder(
            samples: samples,
            store: store,
            board: board,
            outbox: outbox,
            metrics: metrics,
            clock: clock,
            logger: logger
        )
        let scheduler = Scheduler(
            plan: plan,
            clients: clients,
            trials: .recording(to: recorder, clock: clock, onTrial: endedTrials.callback),
            notifier: notifier,
            clock: clock,
            metrics: metrics,
            logger: logger
        )
        let outages = OutageAlertService(
            trials: endedTrials.stream,
            threshold: { scheduler.outageAfter(target: $0) },
            deliver: { await recorder.deliver($0) },
            logger: logger
        )
        let readiness = StatusServer.Readiness()
        // The group stops services in reverse order: the transport last, after every caller of it; delivery
        // next to last, after the trials in flight are done.
        var services: [any Service] = [
            transport,
            DeliveryService(
                outbox: outbox,
                sinks: sinks,
                backoff: configuration.alerting.backoff,
                deadLetter: deadLetter,
                clock: clock,
                logger: logger,
                labelled: { await board.labelled(selfAlert: $0) }
            ),
            AlertLogReopener(samples: samples, files: files, deadLetter: deadLetter, logger: logger),
            CalibrationService(
                requests: calibrationRequests,
                cache: thresholds,
                board: board,
                cachePath: calibrationCache,
                logger: logger
            ),
            scheduler,
            Reloader(
                configPath: configPath,
                scheduler: scheduler,
                board: board,
                deliver: { await recorder.deliver($0) },
                metrics: metrics,
                notifier: notifier,
                transport: transport,
                onGuardEvent: guardEvents.callback,
                clock: clock,
                logger: logger
            ),
            RetentionService(store: store, retention: configuration.retention, clock: clock, logger: logger),
            GuardAlertService(
                events: guardEvents.stream,
                deliver: { await recorder.deliver($0) },
                clock: clock,
                logger: logger
            ),
            outages,
            WarmupStatusLine(board: board, notifier: notifier, summary: { summary(scheduler.plan) }, clock: clock),
        ]
        if configuration.status.enabled {
            // Writes always need a token: the configured one, or one generated on first start.
            let access = try StatusToken.forServer(configuration)
            let portFile = configuration.stateDirectory + "/status.port"
            services.append(
                StatusServer.make(
                    configuration: configuration.status,
                    access: access,
                    scheduler: scheduler,
                    board: board,
                    metrics: metrics,
                    readiness: readiness,
                    outbox: outbox,
                    selfAlerts: { outages.firing },
                    logger: logger,
                    onBound: { port in
                        try? "\(port)\n".write(toFile: portFile, atomically: true, encoding: .utf8)
                        logger.info(
                            "status endpoint on http://\(configuration.status.host):\(port)/; writes need the token in \(access.location)"
                        )
                    }
                )
            )
        }
        metrics.reloaded(success: true, at: clock.now().timeIntervalSince1970)
        if let warning = configuration.detection.warmupWarning { logger.warning("\(warning)") }
        let alertPaths = sinks.map(\.name).joined(separator: ", ")
        logger.info(
            """
            candor started: \(summary(plan)); samples → \(samples.path); alerts → \(alertPaths); \
            state → \(store.path)
            """
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownGrace
        readiness.set(true)
        notifier.ready(status: summary(plan))
        try await ServiceGroup(configuration: groupConfiguration).run()
        readiness.set(false)
        logger.info("candor stopped")
    }

    /// Alerts resolved in the hour before `now`, which a crash may have kept from the outbox.
    static func recentlyResolved(_ store: Store, now: Date) async throws(StoreError) -> [Alert] {
        let decoder = RecordCodec.decoder()
        let cutoff = now.addingTimeInterval(-3600)
        return try await store.alerts(status: "resolved").compactMap {
            try? decoder.decode(Alert.self, from: $0.record)
        }
        .filter { ($0.endsAt ?? .distantPast) > cutoff }
    }

    /// A one-line summary of `plan` for `STATUS=` and logs.
    public static func summary(_ plan: Plan) -> String {
        let skipped = plan.skippedWithoutTools.count
        let note = skipped == 0 ? "" : ", \(skipped) skipped (probes with tools on targets with tool_calls: false)"
        return "\(plan.configuration.targets.count) target(s), \(plan.assignments.count) probe schedule(s)\(note)"
    }
}

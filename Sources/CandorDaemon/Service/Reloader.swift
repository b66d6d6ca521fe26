import CandorAlerts
import CandorCore
import CandorHTTP
import CandorProviders
import CandorYAML
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// Reloads the configuration and rules on SIGHUP, atomically: the new set is loaded and
/// validated in full first; if anything is wrong the old one keeps running, every problem is
/// logged as `file:line:col: message`, and a self-alert says so. Signals and baselines of
/// unchanged probes carry over.
public final class Reloader: Service, Sendable {
    private let configPath: String
    private let scheduler: Scheduler
    private let board: SignalBoard
    private let deliver: @Sendable (Alert) async -> Void
    private let metrics: DaemonMetrics
    private let notifier: SystemdNotifier
    private let transport: any HTTPTransport
    private let logger: Logger
    private let onGuardEvent: @Sendable (GuardEvent) -> Void
    private let clock: CandorClock
    private let failure = Mutex<Alert?>(nil)

    /// Creates the reloader; `deliver` sends its self-alert (a rejected reload, and its resolution once a reload
    /// succeeds), `clock` dates it.
    public init(
        configPath: String,
        scheduler: Scheduler,
        board: SignalBoard,
        deliver: @escaping @Sendable (Alert) async -> Void,
        metrics: DaemonMetrics,
        notifier: SystemdNotifier,
        transport: any HTTPTransport,
        onGuardEvent: @escaping @Sendable (GuardEvent) -> Void,
        clock: CandorClock,
        logger: Logger
    ) {
        self.onGuardEvent = onGuardEvent
        self.clock = clock
        self.configPath = configPath
        self.scheduler = scheduler
        self.board = board
        self.deliver = deliver
        self.metrics = metrics
        self.notifier = notifier
        self.transport = transport
        self.logger = logger
    }

    public func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            await reload()
        }
    }

    /// Loads the config again and applies it if it is valid.
    public func reload() async {
        notifier.reloading()
        logger.info("reloading the configuration", metadata: ["candor.config": "\(configPath)"])
        let old = scheduler.plan
        do {
            let plan = try Plan.load(configPath: configPath)
            // The spent budget and the breaker carry over, so a reload renews neither.
            let clients = try ModelClients.make(
                plan: plan,
                transport: transport,
                logger: logger,
                onEvent: onGuardEvent,
                restoring: ModelClients.guardStates(of: scheduler.clients)
            )
            warnAboutRestartOnlySettings(old: old.configuration, new: plan.configuration)
            if let warning = plan.configuration.detection.warmupWarning { logger.warning("\(warning)") }
            (transport as? CurlTransport)?.setMaxConnectionsPerHost(plan.configuration.effectiveConnectionsPerHost)
            scheduler.apply(plan, clients: clients)
            await board.rebase(on: plan)
            await board.pin(plan.pinnedBaselines, for: plan)
            metrics.reloaded(success: true, at: clock.now().timeIntervalSince1970)
            logger.info(
                "configuration reloaded: \(Daemon.summary(plan))"
            )
            if let previous = failure.withLock({ current in
                defer { current = nil }
                return current
            }) {
                var resolved = previous
                resolved.status = .resolved
                resolved.endsAt = clock.now()
                await deliver(resolved)
            }
            notifier.ready(status: Daemon.summary(plan))
        } catch {
            let problems: [String]
            if let diagnostics = error as? DiagnosticsError {
                problems = diagnostics.diagnostics.map(\.description)
            } else {
                problems = ["\(error)"]
            }
            for problem in problems {
                logger.error("reload rejected: \(problem)")
            }
            metrics.reloaded(success: false, at: clock.now().timeIntervalSince1970)
            let alert = Alert(
                about: "CandorConfigReloadFailed",
                severity: "warning",
                summary:
                    "configuration reload rejected (\(problems.count) problem(s)); the previous configuration keeps running",
                description: problems.joined(separator: "\n"),
                extraLabels: ["config": configPath],
                startsAt: clock.now()
            )
            let isNew = failure.withLock { current in
                defer { current = current ?? alert }
                return current == nil
            }
            if isNew { await deliver(alert) }
            notifier.ready(status: "reload rejected, still running the previous configuration: \(Daemon.summary(old))")
        }
    }

    private func warnAboutRestartOnlySettings(old: Configuration, new: Configuration) {
        var changed: [String] = []
        if old.stateDirectory != new.stateDirectory { changed.append("state_dir") }
        if old.logDirectory != new.logDirectory { changed.append("log_dir") }
        if old.status.host != new.status.host || old.status.port != new.status.port { changed.append("status.listen") }
        if old.sinks.count != new.sinks.count { changed.append("sinks") }
        if !changed.isEmpty {
            logger.notice("these settings take effect at the next restart: \(changed.joined(separator: ", "))")
        }
    }
}

import CandorAlerts
import CandorDetectors
import CandorHTTP
import CandorYAML
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The local status endpoint: `/healthz`, `/readyz`, `/metrics` (Prometheus text format),
/// `/api/v1/alerts`, `/api/v1/signals`, `/api/v1/targets` and `/api/v1/silences`, bound to
/// 127.0.0.1 by default; who may call it is ``StatusAccess``'s business.
public enum StatusServer {
    /// Whether the daemon is ready (config, rules and state loaded, and not shutting down).
    public final class Readiness: Sendable {
        private let ready = Atomic<Bool>(false)

        /// Creates a not-yet-ready flag.
        public init() {}

        /// Sets readiness.
        public func set(_ value: Bool) { ready.store(value, ordering: .relaxed) }

        /// The current readiness.
        public var isReady: Bool { ready.load(ordering: .relaxed) }
    }

    /// The server as a service of the daemon's service group; the application itself rather than
    /// `any Service`, so tests can drive its routes in process (HummingbirdTesting's `.router`).
    ///
    /// - Parameters:
    ///   - access: the tokens and addresses requests are checked against (``StatusToken/forServer(_:environment:)``).
    ///   - selfAlerts: Candor's own alerts firing now (a target down), listed beside the detectors' in
    ///     `/api/v1/alerts` with the outbox's open self-alerts (a spent budget, an open circuit).
    ///   - onBound: called with the port once the server listens (useful with port 0).
    public static func make(
        configuration: Configuration.Status,
        access: StatusAccess,
        scheduler: Scheduler,
        board: SignalBoard,
        metrics: DaemonMetrics,
        readiness: Readiness,
        outbox: AlertOutbox? = nil,
        selfAlerts: @escaping @Sendable () -> [Alert] = { [] },
        logger: Logger,
        onBound: @escaping @Sendable (Int) -> Void
    ) -> Application<RouterResponder<BasicRequestContext>> {
        let router = Router()
        // Before the routes: a router wraps each route in the middleware added so far.
        router.add(middleware: StatusAccessMiddleware(access: access))
        router.get("/healthz") { _, _ in "ok\n" }
        router.get("/readyz") { _, _ -> Response in
            readiness.isReady ? text("ready\n") : text("not ready\n", status: .serviceUnavailable)
        }
        router.get("/metrics") { _, _ -> Response in
            text(
                await metrics.scrape(scheduler: scheduler, board: board, outbox: outbox),
                contentType: "text/plain; version=0.0.4; charset=utf-8"
            )
        }
        router.get("/api/v1/alerts") { _, _ -> Response in
            let open = outbox?.selfAlerts.firing ?? []
            let known = Set(open.map(\.fingerprint))
            return try json([
                "alerts": await board.firingAlerts() + open + selfAlerts().filter { !known.contains($0.fingerprint) }
            ])
        }
        router.get("/api/v1/signals") { _, _ -> Response in
            let ends = await board.warmupEnds()
            let sources = await board.baselineSources()
            let signals = await board.snapshot().map { key, monitor in
                SignalStatus(key: key, monitor: monitor, warmupEnd: ends[key], baselineSource: sources[key])
            }
            return try json(["signals": signals.sorted { $0.key < $1.key }])
        }
        if let outbox { AlertSilenceRoutes.add(to: router, outbox: outbox, clock: scheduler.clock) }
        ReportRoutes.add(to: router, plan: { scheduler.plan }, store: outbox?.store, clock: scheduler.clock)
        router.get("/api/v1/targets") { _, _ -> Response in
            try json(["targets": TargetStatus.all(scheduler: scheduler)])
        }
        return Application(
            router: router,
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "candor"
            ),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                access.bound(to: port)
                onBound(port)
            },
            logger: logger
        )
    }

    static func text(_ body: String, status: HTTPResponse.Status = .ok, contentType: String = "text/plain") -> Response
    {
        Response(
            status: status,
            headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    static func json(_ value: some Encodable) throws -> Response {
        let encoder = RecordCodec.encoder()
        return text(String(decoding: try encoder.encode(value), as: UTF8.self), contentType: "application/json")
    }
}

/// One signal as `/api/v1/signals` and `candor status` show it.
public struct SignalStatus: Codable, Sendable {
    /// `target/probe/signal`.
    public var key: String
    /// The target.
    public var target: String
    /// The probe.
    public var probe: String
    /// The signal.
    public var signal: String
    /// `warming_up`, `calibrating` (the warm-up is over and the detector's thresholds are being computed; its
    /// samples wait and are fed once they are known) or `monitoring`.
    public var phase: String
    /// Samples seen during warm-up.
    public var warmupSamples: Int
    /// The warm-up length.
    public var warmup: Int
    /// When the warm-up should end at its pace so far (absent once monitoring, and until two warm-up samples
    /// have been seen since the daemon started).
    public var warmupEnd: Date?
    /// The detector, such as `multi-cusum`.
    public var detector: String
    /// The baseline rate or mean the detector compares against, once monitoring.
    public var baseline: Double?
    /// The samples that baseline rests on (absent from daemons older than the field).
    public var baselineSamples: Int?
    /// Where that baseline comes from, once monitoring: `learned`, `pinned`, or `imported from target NAME`
    /// (``BaselineSource``).
    public var baselineSource: String?
    /// The detector's statistics beside their thresholds, once monitoring.
    public var readings: [DetectorReading]
    /// A category signal's baseline mix once monitoring (its `baseline` has no single number).
    public var baselineMix: CategoryShares?

    /// `monitoring`, `calibrating` (warm-up done, thresholds being computed) or `warming_up`.
    static func phase(of monitor: SignalMonitor) -> String {
        monitor.isMonitoring ? "monitoring" : monitor.calibrationRequest == nil ? "warming_up" : "calibrating"
    }

    init(key: SignalKey, monitor: SignalMonitor, warmupEnd: Date? = nil, baselineSource: BaselineSource? = nil) {
        self.key = key.description
        self.target = key.target
        self.probe = key.probe
        self.signal = key.signal
        self.phase = Self.phase(of: monitor)
        self.warmupSamples = monitor.warmupProgress.observed
        self.warmup = monitor.warmupProgress.required
        self.warmupEnd = warmupEnd
        self.detector = monitor.detectorName
        self.baseline = monitor.baselineLevel
        self.baselineSamples = monitor.baselineSamples
        self.baselineSource = baselineSource?.description
        self.readings = monitor.readings
        if case .mix(let mix) = monitor, mix.isMonitoring { baselineMix = mix.baseline }
    }
}

/// One target as `/api/v1/targets` shows it: its probes and when they run next.
public struct TargetStatus: Codable, Sendable {
    /// One probe on the target.
    public struct ProbeRun: Codable, Sendable {
        /// The probe's id.
        public var probe: String
        /// Interval or cron schedule, as configured.
        public var schedule: String
        /// When it runs next.
        public var nextRun: Date?
        /// When it last started.
        public var lastStart: Date?
        /// Whether a trial is in flight.
        public var running: Bool
        /// Trials started since the daemon started (absent from daemons older than the field).
        public var runs: Int?
        /// Of those, trials that started late because the target's slots were taken.
        public var late: Int?
        /// Scheduled runs that never happened because the target's slots were taken.
        public var skipped: Int?
        /// The pace it samples at: `regular`, `warm_up` or `near_threshold` (see ``SamplingNeed``; absent from older
        /// daemons).
        public var pace: String? = nil
    }

    /// The target's name.
    public var name: String
    /// The model asked for.
    public var model: String
    /// The API's base URL, redacted (no user information or query).
    public var baseURL: String
    /// Its probes.
    public var probes: [ProbeRun]
    /// Probes with tools it never runs, because it sets `tool_calls: false` (absent from older daemons).
    public var skippedWithoutTools: [String]?

    static func all(scheduler: Scheduler) -> [TargetStatus] {
        let plan = scheduler.plan
        let runs = scheduler.nextRuns()
        return plan.configuration.targets.map { target in
            TargetStatus(
                name: target.name,
                model: target.model,
                baseURL: CandorHTTP.HTTPRequest.redact(target.baseURL),
                probes: plan.assignments.filter { $0.target.name == target.name }.map { assignment in
                    let run = runs[Scheduler.key(assignment)]
                    return ProbeRun(
                        probe: assignment.probe.id,
                        schedule: assignment.cron.map { "cron \($0)" }
                            ?? "every \(DurationText.format(assignment.schedule.interval)) ± \(DurationText.format(assignment.schedule.jitter))",
                        nextRun: run?.next,
                        lastStart: run?.lastStart,
                        running: run?.running ?? false,
                        runs: run?.runs ?? 0,
                        late: run?.late ?? 0,
                        skipped: run?.skipped ?? 0,
                        pace: run?.need.rawValue
                    )
                },
                skippedWithoutTools: plan.skippedWithoutTools.filter { $0.target.name == target.name }.map(\.probe.id)
            )
        }
    }
}

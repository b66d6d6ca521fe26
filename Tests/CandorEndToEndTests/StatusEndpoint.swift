import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorStore
import CandorTestSupport
import Foundation
import Logging
import ServiceLifecycle
import Testing

/// A real status endpoint in this process, on 127.0.0.1 at a free port, over a real state
/// database and the daemon's own token handling: a crash in a route is a crash of the test.
struct StatusEndpoint {
    /// The bound port.
    let port: Int
    /// The loaded configuration.
    let configuration: Configuration
    /// The alert outbox the silences API writes to.
    let outbox: AlertOutbox
    /// The state directory (holding `status.token` unless one is configured).
    let stateDirectory: String

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// The token generated into the state directory.
    var generatedToken: String {
        get throws {
            try String(contentsOfFile: stateDirectory + "/status.token", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    static let http = CurlTransport()

    /// Starts an endpoint listening on `listen` with `status` lines added to the config's
    /// `status:` section, runs `body` against it, and stops it.
    static func with<T: Sendable>(
        listen: String = "127.0.0.1:0",
        status: [String] = [],
        environment: [String: String] = [:],
        _ body: @Sendable (StatusEndpoint) async throws -> T
    ) async throws -> T {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configPath = directory.file("candor.yaml")
        try """
        rules: \(DaemonFixture.repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        status:
          listen: \(listen)
        \(status.map { "  " + $0 }.joined(separator: "\n"))
        targets:
          - name: scripted
            base_url: http://127.0.0.1:9/v1
            model: scripted-model
            probes: [belief-pressure.yes-no]
        """.write(toFile: configPath, atomically: true, encoding: .utf8)
        let plan = try Plan.load(configPath: configPath, readingBaselines: false)
        let configuration = plan.configuration
        try FileManager.default.createDirectory(atPath: configuration.stateDirectory, withIntermediateDirectories: true)
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        let store = try Store(path: configuration.stateDirectory + "/candor.sqlite")
        let outbox = try await AlertOutbox(store: store, routes: [], silences: [], maxPending: 100, logger: logger)
        let board = SignalBoard(detection: configuration.detection, logger: logger, plan: plan, now: { Date() })
        let samples = try JSONLinesFile(path: configuration.samplesPath)
        defer { samples.close() }
        let metrics = DaemonMetrics()
        let recorder = TrialRecorder(
            samples: samples,
            store: store,
            board: board,
            outbox: outbox,
            metrics: metrics,
            logger: logger
        )
        let scheduler = Scheduler(
            plan: plan,
            clients: try ModelClients.make(plan: plan, transport: http),
            trials: .recording(to: recorder, clock: .system),
            notifier: SystemdNotifier(environment: [:]),
            clock: .system,
            logger: logger
        )
        let (bound, boundContinuation) = AsyncStream.makeStream(of: Int.self)
        let server = StatusServer.make(
            configuration: configuration.status,
            access: try StatusToken.forServer(configuration, environment: environment),
            scheduler: scheduler,
            board: board,
            metrics: metrics,
            readiness: StatusServer.Readiness(),
            outbox: outbox,
            logger: logger,
            onBound: { boundContinuation.yield($0) }
        )
        let group = ServiceGroup(services: [server], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            defer { tasks.cancelAll() }
            var ports = bound.makeAsyncIterator()
            let port = try #require(await ports.next(), "the status endpoint never listened")
            let endpoint = StatusEndpoint(
                port: port,
                configuration: configuration,
                outbox: outbox,
                stateDirectory: configuration.stateDirectory
            )
            let result = try await body(endpoint)
            await group.triggerGracefulShutdown()
            return result
        }
    }

    /// Sends `method` to `path` (which may carry a query) with `headers` and an optional body,
    /// through libcurl.
    func request(
        _ method: String,
        _ path: String,
        headers: [HTTPHeader] = [],
        body: String? = nil
    ) async throws -> (status: Int, body: String) {
        let response = try await Self.http.send(
            HTTPRequest(
                method: HTTPMethod(method),
                url: base + path,
                headers: headers,
                body: body.map { Array($0.utf8) },
                timeouts: HTTPTimeouts(connect: .seconds(5), total: .seconds(30))
            )
        )
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    /// POSTs a silence `body` with the generated token.
    func addSilence(_ body: String, token: String? = nil) async throws -> (status: Int, body: String) {
        let token = try token ?? generatedToken
        return try await request(
            "POST",
            "/api/v1/silences",
            headers: [HTTPHeader("Authorization", "Bearer \(token)"), HTTPHeader("Content-Type", "application/json")],
            body: body
        )
    }
}

import CandorRules
import CandorTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

@testable import CandorDaemon

/// The status endpoint's application exactly as `candor run` builds it (``StatusServer/make``),
/// over a real state database in a temporary directory, driven in process through Hummingbird's
/// router test client: no port is bound, so the access rules are quick to test.
///
/// The router client always sends `Host: localhost` without a port, which names an endpoint
/// listening on port 80: the fixture listens on 127.0.0.1:80 by default (nothing binds it), and a
/// test that wants that `Host` to be foreign listens on another port.
struct StatusApplication: Sendable {
    /// The configuration the application was built from.
    let configuration: Configuration
    /// The silences API's outbox.
    let outbox: AlertOutbox
    /// The readiness flag behind `/readyz`.
    let readiness: StatusServer.Readiness

    /// The token `candor run` generated into the state directory.
    var generatedToken: String {
        get throws { try StatusToken.forClient(configuration, environment: [:]).revealed }
    }

    /// The `status:` section the fixture starts from: the defaults on port 80, whose
    /// `Host: localhost` the router client sends.
    static var status: Configuration.Status {
        var status = Configuration.Status()
        status.port = 80
        return status
    }

    /// Builds the application with `status` as the `status:` section and `environment` as the
    /// daemon's environment, runs `body` with a client of it, and removes the state.
    static func with(
        status: Configuration.Status = status,
        environment: [String: String] = [:],
        _ body: @Sendable (StatusApplication, any TestClientProtocol) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var configuration = Configuration(
            file: directory.file("candor.yaml"),
            rulePaths: [],
            stateDirectory: directory.path,
            logDirectory: directory.path
        )
        configuration.status = status
        configuration.targets = [
            Configuration.Target(name: "scripted", baseURL: "http://127.0.0.1:9/v1?key=sk-in-the-url", model: "m")
        ]
        let plan = try Plan(configuration: configuration, rules: RuleSet(packs: []))
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        let pipeline = try await DaemonPipeline(plan: plan, logger: logger)
        defer { pipeline.close() }
        let outbox = pipeline.outbox
        let fixture = StatusApplication(configuration: configuration, outbox: outbox, readiness: .init())
        let application = StatusServer.make(
            configuration: configuration.status,
            access: try StatusToken.forServer(configuration, environment: environment),
            scheduler: pipeline.scheduler,
            board: pipeline.board,
            metrics: pipeline.metrics,
            readiness: fixture.readiness,
            outbox: outbox,
            logger: logger,
            onBound: { _ in }
        )
        try await application.test(.router) { client in try await body(fixture, client) }
    }
}

/// One answer of the status endpoint, its body as text.
struct StatusAnswer: Sendable {
    /// The status code.
    let status: Int
    /// The body.
    let body: String
    /// The headers.
    let headers: HTTPFields
}

extension TestClientProtocol {
    /// Sends `method path` with a bearer `token`, an `Origin` and a `body`, each if given.
    func call(
        _ method: HTTPRequest.Method,
        _ path: String,
        token: String? = nil,
        origin: String? = nil,
        body: String? = nil
    ) async throws -> StatusAnswer {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let origin { headers[.origin] = origin }
        if body != nil { headers[.contentType] = "application/json" }
        let response = try await execute(
            uri: path,
            method: method,
            headers: headers,
            body: body.map { ByteBuffer(string: $0) }
        )
        return StatusAnswer(
            status: response.status.code,
            body: String(buffer: response.body),
            headers: response.headers
        )
    }
}

import Foundation
import Hummingbird
import Testing

@testable import CandorDaemon

/// The status endpoint's routes and access rules, in process on the application `candor run`
/// serves (``StatusApplication``): what each read answers, which calls need the token, and which
/// callers are turned away. The end-to-end suite checks the same endpoint over real sockets.
@Suite("Status server routes and access")
struct StatusServerTests {
    static let silence = #"{"matchers":{"target":"scripted"},"duration":"2h","comment":"maintenance"}"#

    /// The value of `key` in the JSON object `body`.
    static func field(_ key: String, of body: String) throws -> Any? {
        try (JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?[key]
    }

    @Test("on loopback every read is open: health, readiness, metrics, alerts, signals, targets, silences")
    func readsOnLoopback() async throws {
        try await StatusApplication.with { app, client in
            let health = try await client.call(.get, "/healthz")
            #expect(health.status == 200 && health.body == "ok\n")
            let early = try await client.call(.get, "/readyz")
            #expect(early.status == 503 && early.body == "not ready\n", "not ready before the daemon says so")
            app.readiness.set(true)
            #expect(try await client.call(.get, "/readyz").status == 200)

            let metrics = try await client.call(.get, "/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            #expect(metrics.body.contains("candor_alerts_firing 0"), "\(metrics.body)")

            for (path, key) in [
                ("/api/v1/alerts", "alerts"), ("/api/v1/signals", "signals"), ("/api/v1/silences", "silences"),
            ] {
                let answer = try await client.call(.get, path)
                #expect(answer.status == 200 && answer.headers[.contentType] == "application/json", "\(path)")
                #expect((try Self.field(key, of: answer.body) as? [Any])?.isEmpty == true, "\(path): \(answer.body)")
            }
            let targets = try await client.call(.get, "/api/v1/targets")
            let listed = try #require(try Self.field("targets", of: targets.body) as? [[String: Any]])
            #expect(listed.map { $0["name"] as? String } == ["scripted"])
            #expect(listed.first?["baseURL"] as? String == "http://127.0.0.1:9/v1", "the URL without its query")
            #expect(!targets.body.contains("sk-in-the-url"))
        }
    }

    @Test("a silence needs the generated token: without it or with a wrong one 401 names the file, never the token")
    func writesNeedTheToken() async throws {
        try await StatusApplication.with { app, client in
            let token = try app.generatedToken
            let missing = try await client.call(.post, "/api/v1/silences", body: Self.silence)
            #expect(missing.status == 401 && missing.headers[.wwwAuthenticate] == "Bearer")
            #expect(missing.body.contains(app.configuration.stateDirectory + "/status.token"), "\(missing.body)")
            let wrong = try await client.call(
                .post,
                "/api/v1/silences",
                token: String(token.reversed()),
                body: Self.silence
            )
            #expect(wrong.status == 401 && wrong.body.contains("wrong bearer token"), "\(wrong.body)")
            #expect(!missing.body.contains(token) && !wrong.body.contains(String(token.reversed())))
            #expect(try await client.call(.delete, "/api/v1/silences/x").status == 401)
            #expect(await app.outbox.silences(at: Date()).isEmpty, "nothing was silenced")

            let added = try await client.call(.post, "/api/v1/silences", token: token, body: Self.silence)
            #expect(added.status == 200, "\(added.body)")
            let id = try #require(try Self.field("id", of: added.body) as? String)
            #expect(await app.outbox.silences(at: Date()).map(\.id) == [id])
            #expect(try await client.call(.get, "/api/v1/silences").body.contains(id))
            #expect(try await client.call(.delete, "/api/v1/silences/\(id)", token: token).status == 200)
            #expect(try await client.call(.delete, "/api/v1/silences/\(id)", token: token).status == 404)
            #expect(await app.outbox.silences(at: Date()).isEmpty)
        }
    }

    @Test("a web page's Origin is refused with 403, even with the token; the endpoint's own origin is served")
    func foreignOrigin() async throws {
        try await StatusApplication.with { app, client in
            let token = try app.generatedToken
            for origin in ["http://evil.example", "http://evil.example:80", "null", "https://localhost"] {
                let read = try await client.call(.get, "/api/v1/alerts", origin: origin)
                #expect(read.status == 403, "\(origin): \(read.body)")
                let write = try await client.call(
                    .post,
                    "/api/v1/silences",
                    token: token,
                    origin: origin,
                    body: Self.silence
                )
                #expect(write.status == 403 && write.body.contains("web pages"), "\(origin): \(write.body)")
            }
            #expect(await app.outbox.silences(at: Date()).isEmpty, "no page silenced anything")
            for origin in ["http://localhost", "http://127.0.0.1:80"] {
                #expect(try await client.call(.get, "/api/v1/alerts", origin: origin).status == 200, "\(origin)")
            }
        }
    }

    @Test("a Host that does not name the endpoint is refused with 403, health checks included")
    func foreignHost() async throws {
        // Listening on 9464, `Host: localhost` names port 80: another endpoint, or a rebound name.
        var status = StatusApplication.status
        status.port = 9464
        try await StatusApplication.with(status: status) { app, client in
            for path in ["/healthz", "/metrics", "/api/v1/alerts"] {
                let answer = try await client.call(.get, path)
                #expect(answer.status == 403, "\(path): \(answer.body)")
                #expect(answer.body.contains("Host must name this endpoint") && answer.body.contains("127.0.0.1:9464"))
            }
            let write = try await client.call(
                .post,
                "/api/v1/silences",
                token: try app.generatedToken,
                body: Self.silence
            )
            #expect(write.status == 403)
            #expect(await app.outbox.silences(at: Date()).isEmpty)
        }
    }

    @Test("on a wildcard address reads need the token except the health checks, and any Origin is refused")
    func wildcardAddress() async throws {
        var status = StatusApplication.status
        status.host = "0.0.0.0"
        try await StatusApplication.with(status: status) { app, client in
            let token = try app.generatedToken
            #expect(try await client.call(.get, "/healthz").status == 200)
            #expect(try await client.call(.get, "/readyz").status == 503)
            for path in ["/metrics", "/api/v1/alerts", "/api/v1/signals", "/api/v1/targets", "/api/v1/silences"] {
                #expect(try await client.call(.get, path).status == 401, "\(path)")
                #expect(try await client.call(.get, path, token: token).status == 200, "\(path)")
            }
            let page = try await client.call(.get, "/api/v1/alerts", token: token, origin: "http://localhost")
            #expect(page.status == 403, "the page's own name cannot be checked on a wildcard address")
        }
    }

    @Test("with bearer_token_env every path needs the variable's token; the 401 names the variable, not the token")
    func bearerTokenEnvironment() async throws {
        let token = "env-token-0123456789abcdef"
        var status = StatusApplication.status
        status.bearerTokenEnvironment = "CANDOR_TEST_TOKEN"
        try await StatusApplication.with(status: status, environment: ["CANDOR_TEST_TOKEN": token]) { app, client in
            for path in ["/healthz", "/readyz", "/metrics", "/api/v1/alerts", "/api/v1/silences"] {
                let refused = try await client.call(.get, path)
                #expect(refused.status == 401, "\(path)")
                #expect(refused.body.contains("CANDOR_TEST_TOKEN") && !refused.body.contains(token), "\(refused.body)")
                #expect([200, 503].contains(try await client.call(.get, path, token: token).status), "\(path)")
            }
            #expect(try await client.call(.post, "/api/v1/silences", token: token, body: Self.silence).status == 200)
            let generated = app.configuration.stateDirectory + "/status.token"
            #expect(!FileManager.default.fileExists(atPath: generated), "no token is generated")
        }
    }

    @Test("an unknown path or method gets 404 with a message that points to the documentation")
    func unknownRoutes() async throws {
        try await StatusApplication.with { app, client in
            let token = try app.generatedToken
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/v1/nothing"), (.put, "/api/v1/silences"), (.patch, "/metrics"),
            ] {
                let answer = try await client.call(method, path, token: token)
                #expect(answer.status == 404, "\(method) \(path): \(answer.status)")
                #expect(answer.body.contains("see Docs/operations.md"), "\(method) \(path): \(answer.body)")
            }
        }
    }

    @Test("a spent token budget shows in /api/v1/alerts while it fires, and leaves it when the budget renews")
    func selfAlertsInTheAlertsAPI() async throws {
        try await StatusApplication.with { app, client in
            let now = Date()
            let spent = GuardAlertService.budgetAlert("scripted", spent: 1_200, limit: 1_000, renewal: now, at: now)
            try await app.outbox.enqueue([spent])
            let firing = try await client.call(.get, "/api/v1/alerts")
            let listed = try #require(try Self.field("alerts", of: firing.body) as? [[String: Any]])
            #expect(listed.map { ($0["labels"] as? [String: String])?["alertname"] } == ["CandorTokenBudgetSpent"])

            var renewed = spent
            renewed.status = .resolved
            renewed.endsAt = now
            try await app.outbox.enqueue([renewed])
            let after = try await client.call(.get, "/api/v1/alerts")
            #expect((try Self.field("alerts", of: after.body) as? [Any])?.isEmpty == true, "\(after.body)")
        }
    }
}

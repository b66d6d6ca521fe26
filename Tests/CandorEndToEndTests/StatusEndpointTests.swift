import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// The status endpoint as an attacker and an operator meet it: nothing a request says crashes
/// the daemon, writes need the token, and web pages are turned away.
@Suite("Status endpoint security")
struct StatusEndpointTests {
    @Test("the durations and dates that crashed the daemon are refused with 400 and say what is allowed")
    func extremeDurationsAndDates() async throws {
        try await StatusEndpoint.with { endpoint in
            for duration in ["infh", "1e308h", "1e400s", "1e12d", "99999999999999999999d", "366d", "0s", "-1h", "2x"] {
                let answer = try await endpoint.addSilence(#"{"matchers":{"target":"prod"},"duration":"\#(duration)"}"#)
                #expect(answer.status == 400, "duration \(duration): \(answer.body)")
                #expect(answer.body.contains("\"duration\""), "duration \(duration): \(answer.body)")
            }
            for endsAt in [
                #""10000-01-01T00:00:00Z""#, #""+275760-09-13T00:00:00Z""#, #""9999-12-31T23:59:59Z""#,
                #""2001-01-01T00:00:00Z""#, "1e400", "99999999999999999999", #""soon""#,
            ] {
                let answer = try await endpoint.addSilence(#"{"matchers":{"target":"prod"},"endsAt":\#(endsAt)}"#)
                #expect(answer.status == 400, "endsAt \(endsAt): \(answer.body)")
                #expect(!answer.body.isEmpty)
            }
            #expect(try await endpoint.request("GET", "/healthz").status == 200, "the daemon is still up")
            #expect(await endpoint.outbox.silences(at: Date()).isEmpty, "no silence was added")
        }
    }

    @Test("a silence of up to a year with the generated token is added, listed and expired")
    func silenceWithTheToken() async throws {
        try await StatusEndpoint.with { endpoint in
            let added = try await endpoint.addSilence(
                #"{"matchers":{"target":"prod"},"duration":"365d","comment":"x"}"#
            )
            #expect(added.status == 200, "\(added.body)")
            let id = try #require(
                (try JSONSerialization.jsonObject(with: Data(added.body.utf8)) as? [String: Any])?["id"] as? String
            )
            let ahead = try #require(await endpoint.outbox.silences(at: Date()).first).endsAt.timeIntervalSinceNow
            #expect(ahead > 364 * 86_400 && ahead <= 365 * 86_400)
            let until = Timestamp.format(Date().addingTimeInterval(3600))
            #expect(try await endpoint.addSilence(#"{"matchers":{"a":"b"},"endsAt":"\#(until)"}"#).status == 200)
            let listed = try await endpoint.request("GET", "/api/v1/silences")
            #expect(listed.status == 200 && listed.body.contains(id), "reads are open on loopback: \(listed.body)")
            let token = try endpoint.generatedToken
            let auth = [HTTPHeader("Authorization", "Bearer \(token)")]
            #expect(try await endpoint.request("DELETE", "/api/v1/silences/\(id)", headers: auth).status == 200)
            #expect(try await endpoint.request("DELETE", "/api/v1/silences/\(id)", headers: auth).status == 404)
            #expect(await endpoint.outbox.silences(at: Date()).count == 1)
        }
    }

    @Test("writes without the token or with a wrong one get 401 naming the token file, never the token")
    func writesNeedTheToken() async throws {
        try await StatusEndpoint.with { endpoint in
            let body = #"{"matchers":{"target":"prod"},"duration":"2h"}"#
            let token = try endpoint.generatedToken
            let missing = try await endpoint.request("POST", "/api/v1/silences", body: body)
            #expect(missing.status == 401)
            #expect(missing.body.contains(endpoint.stateDirectory + "/status.token"), "\(missing.body)")
            let wrong = try await endpoint.addSilence(body, token: String(token.reversed()))
            #expect(wrong.status == 401 && wrong.body.contains("wrong bearer token"), "\(wrong.body)")
            #expect(!wrong.body.contains(token) && !wrong.body.contains(String(token.reversed())))
            let deleted = try await endpoint.request("DELETE", "/api/v1/silences/x")
            #expect(deleted.status == 401)
            #expect(await endpoint.outbox.silences(at: Date()).isEmpty)
        }
    }

    @Test("a web page's text/plain POST with a foreign Origin and Host is refused with 403 and silences nothing")
    func browserPagesAreRefused() async throws {
        try await StatusEndpoint.with { endpoint in
            let port = endpoint.port
            let body = #"{"matchers":{"kind":"signal"},"duration":"24h"}"#
            let token = try endpoint.generatedToken
            let attacks: [[HTTPHeader]] = [
                [HTTPHeader("Origin", "http://evil.example"), HTTPHeader("Host", "evil.example:\(port)")],
                // Even a page that got hold of the token (through the operator's clipboard) is refused.
                [HTTPHeader("Origin", "http://evil.example"), HTTPHeader("Authorization", "Bearer \(token)")],
                // DNS rebinding: the page's own name now points at 127.0.0.1.
                [HTTPHeader("Origin", "http://rebind.example:\(port)"), HTTPHeader("Host", "rebind.example:\(port)")],
                [HTTPHeader("Origin", "null")],
            ]
            for headers in attacks {
                let answer = try await endpoint.request(
                    "POST",
                    "/api/v1/silences",
                    headers: headers + [HTTPHeader("Content-Type", "text/plain")],
                    body: body
                )
                #expect(answer.status == 403, "\(headers.map(\.name)): \(answer.body)")
            }
            let rebound = try await endpoint.request(
                "GET",
                "/api/v1/alerts",
                headers: [HTTPHeader("Host", "rebind.example:\(port)")]
            )
            #expect(rebound.status == 403, "reads through a rebound name are refused too")
            #expect(await endpoint.outbox.silences(at: Date()).isEmpty, "no silence was added")
            for host in ["localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)"] {
                let answer = try await endpoint.request("GET", "/api/v1/alerts", headers: [HTTPHeader("Host", host)])
                #expect(answer.status == 200, "Host \(host): \(answer.body)")
            }
            let sameOrigin = try await endpoint.request(
                "GET",
                "/api/v1/alerts",
                headers: [HTTPHeader("Origin", "http://127.0.0.1:\(port)")]
            )
            #expect(sameOrigin.status == 200)
        }
    }

    @Test("with bearer_token_env every path needs that token, and none is generated")
    func bearerTokenEnvironment() async throws {
        let token = "env-token-0123456789abcdef"
        try await StatusEndpoint.with(
            status: ["bearer_token_env: CANDOR_TEST_TOKEN"],
            environment: ["CANDOR_TEST_TOKEN": token]
        ) {
            endpoint in
            for path in ["/healthz", "/metrics", "/api/v1/alerts", "/api/v1/silences"] {
                #expect(try await endpoint.request("GET", path).status == 401, "\(path)")
                let auth = [HTTPHeader("Authorization", "Bearer \(token)")]
                #expect(try await endpoint.request("GET", path, headers: auth).status == 200, "\(path)")
            }
            let added = try await endpoint.addSilence(#"{"matchers":{"a":"b"},"duration":"1h"}"#, token: token)
            #expect(added.status == 200, "\(added.body)")
            #expect(!FileManager.default.fileExists(atPath: endpoint.stateDirectory + "/status.token"))
            let missing = try await endpoint.request("GET", "/api/v1/alerts")
            #expect(missing.body.contains("CANDOR_TEST_TOKEN") && !missing.body.contains(token))
        }
    }

    @Test("on a wildcard address reads need the token too, except the health checks, and any Origin is refused")
    func wildcardAddress() async throws {
        try await StatusEndpoint.with(listen: "0.0.0.0:0") { endpoint in
            let auth = [HTTPHeader("Authorization", "Bearer \(try endpoint.generatedToken)")]
            #expect(try await endpoint.request("GET", "/healthz").status == 200)
            #expect(try await endpoint.request("GET", "/readyz").status == 503, "not ready: the daemon never started")
            #expect(try await endpoint.request("GET", "/metrics").status == 401)
            #expect(try await endpoint.request("GET", "/metrics", headers: auth).status == 200)
            let named = auth + [HTTPHeader("Host", "candor.internal:\(endpoint.port)")]
            #expect(try await endpoint.request("GET", "/api/v1/signals", headers: named).status == 200)
            let page = auth + [HTTPHeader("Origin", "http://candor.internal:\(endpoint.port)")]
            #expect(try await endpoint.request("GET", "/api/v1/signals", headers: page).status == 403)
        }
    }

    @Test("with token_file writes need the file's token and reads stay open on loopback")
    func tokenFile() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("status-token")
        try "file-token-0123456789abcdef\n".write(toFile: file, atomically: true, encoding: .utf8)
        try await StatusEndpoint.with(status: ["token_file: \(file)"]) { endpoint in
            #expect(try await endpoint.request("GET", "/api/v1/alerts").status == 200)
            let body = #"{"matchers":{"a":"b"},"duration":"1h"}"#
            #expect(try await endpoint.addSilence(body, token: "file-token-0123456789abcdef").status == 200)
            #expect(!FileManager.default.fileExists(atPath: endpoint.stateDirectory + "/status.token"))
            let refused = try await endpoint.request("POST", "/api/v1/silences", body: body)
            #expect(refused.status == 401 && refused.body.contains(file), "\(refused.body)")
        }
    }

    @Test("huge bodies, odd paths, query strings and unknown methods get a 4xx that says why, or 200 for a plain read")
    func oddRequests() async throws {
        try await StatusEndpoint.with { endpoint in
            let auth = [HTTPHeader("Authorization", "Bearer \(try endpoint.generatedToken)")]
            let huge = try await endpoint.request(
                "POST",
                "/api/v1/silences",
                headers: auth,
                body: String(repeating: "{", count: 8 * 1024 * 1024)
            )
            #expect(huge.status == 413 && huge.body.contains("64 KiB"), "\(huge.status) \(huge.body.prefix(200))")
            let query = try await endpoint.request("GET", "/api/v1/alerts?limit=99999999999999999999&x=%00")
            #expect(query.status == 200, "a query string is ignored: \(query.body)")
            let bytes = String(repeating: "x", count: 1_000_000)
            let readWithBody = try await RawHTTPClient.exchange(
                Array(
                    "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:\(endpoint.port)\r\nContent-Length: 1000000\r\n\r\n\(bytes)"
                        .utf8
                ),
                port: endpoint.port,
                idleMilliseconds: 20_000
            )
            #expect(readWithBody.status == 200)
            for (method, path) in [
                ("GET", "/api/v1/nothing"), ("PUT", "/api/v1/silences"), ("PATCH", "/metrics"),
                ("DELETE", "/api/v1/silences/" + String(repeating: "a", count: 5_000)), ("GET", "//healthz/../nothing"),
                ("OPTIONS", "/api/v1/silences"),
            ] {
                let answer = try await endpoint.request(method, path, headers: auth)
                #expect((400..<500).contains(answer.status), "\(method) \(path.prefix(40)): \(answer.status)")
                #expect(
                    answer.body.count > 10 && answer.body.count < 300,
                    "\(method) \(path.prefix(40)): \(answer.body)"
                )
            }
            #expect(try await endpoint.request("GET", "/healthz").status == 200)
        }
    }

    @Test("the generated token: 256 bits in hex, mode 0600, the same across starts and concurrent starts")
    func generatedToken() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = Configuration(
            file: directory.file("candor.yaml"),
            rulePaths: [],
            stateDirectory: directory.path,
            logDirectory: directory.path
        )
        let tokens = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    _ = try StatusToken.forServer(configuration)
                    return try StatusToken.forClient(configuration).revealed
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(tokens.count == 1, "every concurrent start uses the same token")
        let token = try #require(tokens.first)
        #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
        let path = directory.path + "/status.token"
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["status.token"],
            "no temporary file is left"
        )
        _ = try StatusToken.forServer(configuration)
        #expect(try StatusToken.forClient(configuration).revealed == token, "a restart reuses it")
    }
}

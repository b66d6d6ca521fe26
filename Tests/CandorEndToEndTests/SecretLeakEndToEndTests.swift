import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// Every secret a configuration holds, against everything Candor writes or shows: the real daemon
/// at trace level, a model that echoes the secrets in its answers, a webhook with credentials in
/// its URL that is down (so it is dead-lettered and reported to the other receivers), and the
/// command line. Extends the provider-level check of `SecretLeakTests` to the whole product.
@Suite("candor run, no secret in any output", .serialized)
struct SecretLeakEndToEndTests {
    static let apiKey = "sk-e2e-canary-7d41c9"
    static let targetPassword = "target-pass-71e2a0"
    static let urlPassword = "url-pass-2b8e6f"
    static let urlToken = "url-token-5c0d9a13"
    static let bearerToken = "bearer-e2e-93a7f0"
    static let alertmanagerPassword = "am-pass-e2e-4c2b"
    static let signingSecret = "whsec-e2e-credential-8f1a"

    static var secrets: [String] {
        [
            apiKey, targetPassword, urlPassword, urlToken, bearerToken, alertmanagerPassword, signingSecret,
            Data("candor:\(alertmanagerPassword)".utf8).base64EncodedString(),
            Data("leak-user:\(urlPassword)".utf8).base64EncodedString(),
        ]
    }

    @Test(
        "trace logs, samples, SQLite, alerts, dead letter, status API, metrics, probe, baseline, receivers: 0 hits"
    )
    func noSecretAnywhere() async throws {
        let fixture = try DaemonFixture(behaviour: .honest(lieEvery: 0))
        defer { fixture.directory.remove() }
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let downPort = try LoopbackPort.free()
        let directory = fixture.directory
        try FileManager.default.createDirectory(atPath: directory.file("creds"), withIntermediateDirectories: true)
        try Self.signingSecret.write(toFile: directory.file("creds/hook-secret"), atomically: true, encoding: .utf8)
        try Self.bearerToken.write(toFile: directory.file("creds/bearer-token"), atomically: true, encoding: .utf8)
        let baseURL = fixture.server.baseURL.replacingOccurrences(
            of: "http://",
            with: "http://target-user:\(Self.targetPassword)@"
        )
        try """
        rules: \(DaemonFixture.repository)/Rules
        state_dir: \(directory.path)/state
        log_dir: \(directory.path)/logs
        log_level: trace
        shutdown_grace: 5s
        status:
          listen: 127.0.0.1:0
        targets:
          - name: scripted
            base_url: \(baseURL)
            model: scripted-model
            api_key_env: CANDOR_E2E_API_KEY
            probes: [belief-pressure.yes-no]
            connect_timeout: 1s
            timeout: 1s
        probes:
          belief-pressure.yes-no:
            interval: 100ms
            jitter: 0s
        detection:
          warmup: 30
          arl0: 1000
        sinks:
          - type: file
          - type: webhook
            url: http://leak-user:\(Self.urlPassword)@127.0.0.1:\(downPort)/hook?token=\(Self.urlToken)
            format: alertmanager
            group_wait: 0s
            group_interval: 0s
            timeout: 1s
          - type: webhook
            name: other
            url: \(receiver.url("/other"))
            format: alertmanager
            secret_credential: hook-secret
            auth: {type: bearer, token_file: creds/bearer-token}
            group_wait: 0s
            group_interval: 0s
          - type: webhook
            name: slack
            url: \(receiver.url("/slack"))
            format: slack
            group_wait: 0s
            group_interval: 0s
          - type: alertmanager
            name: am
            url: \(receiver.url("/am"))
            auth: {type: basic, username: candor, password_env: CANDOR_E2E_AM_PASSWORD}
        alerting:
          outbox:
            min_backoff: 100ms
            max_backoff: 200ms
            max_attempts: 3
        """.write(toFile: fixture.config, atomically: true, encoding: .utf8)
        // The model echoes the Authorization header it got and every configured secret, in the answer
        // text and in its fingerprint.
        let echo = Self.secrets.joined(separator: " ")
        fixture.server.setPolicy { request in
            switch fixture.honesty.reply(to: request) {
            case .answer(let text, let model, _, let prompt, let completion):
                return .answer(
                    "\(text) You sent \(request.authorization ?? "nothing"); I also know \(echo).",
                    model: model,
                    fingerprint: "fp_\(Self.apiKey)",
                    promptTokens: prompt,
                    completionTokens: completion
                )
            case let other:
                return other
            }
        }
        let environment = [
            "CANDOR_E2E_API_KEY": Self.apiKey, "CANDOR_E2E_AM_PASSWORD": Self.alertmanagerPassword,
            "CREDENTIALS_DIRECTORY": directory.file("creds"),
        ]

        let daemon = try fixture.start(environment: environment)
        _ = try await fixture.waitForSamples(32)
        fixture.honesty.set(.liesUnderPressure(lies: 9))
        let deadLetterFile = directory.path + "/logs/dead-letter.jsonl"
        let dead = try await eventually(timeout: .seconds(120)) { jsonLines(deadLetterFile).first }
        try #require(dead != nil, "nothing was dead-lettered; stderr:\n\(daemon.stderr.suffix(4000))")
        let reported = try await eventually(timeout: .seconds(60)) {
            let bodies = receiver.received.map { String(decoding: $0.body, as: UTF8.self) }
            let paths = ["/other", "/slack", "/am/api/v2/alerts"]
            return paths.allSatisfy { path in
                receiver.received.contains {
                    $0.path == path && String(decoding: $0.body, as: UTF8.self).contains("CandorAlertUndeliverable")
                }
            } ? bodies : nil
        }
        try #require(reported != nil, "the undeliverable self-alert reached every other receiver")
        var outputs: [(String, String)] = []
        for path in ["/api/v1/targets", "/api/v1/alerts", "/api/v1/signals", "/metrics"] {
            let (status, body) = try await fixture.get(path)
            #expect(status == 200, "\(path)")
            outputs.append(("GET \(path)", body))
        }
        try await fixture.stop(daemon)

        let cli = CommandLineTests()
        let config = ["--config", fixture.config]
        for arguments in [
            ["probe", "--target", "scripted", "--probe", "belief-pressure.yes-no"] + config,
            ["probe", "--json", "--target", "scripted", "--probe", "belief-pressure.yes-no"] + config,
            ["baseline", "export"] + config, ["check"] + config,
        ] {
            let result = try await cli.run(arguments, in: directory, environment: environment)
            #expect(result.status == 0, "candor \(arguments.joined(separator: " ")): \(result.stderr)")
            outputs.append(("candor \(arguments[0]) stdout", result.stdout))
            outputs.append(("candor \(arguments[0]) stderr", result.stderr))
        }
        let check = outputs.first { $0.0 == "candor check stderr" }?.1 ?? ""
        #expect(check.contains("move them to 'auth:'"), "check warns about the credentials in the webhook's URL")
        let probe = outputs.first { $0.0 == "candor probe stdout" }?.1 ?? ""
        #expect(probe.contains("You sent Bearer <redacted>"), "the probe transcript shows the scrubbed echo")

        // Every file Candor wrote: logs, samples, alerts, dead letter, the SQLite database and its WAL.
        let written = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        for name in written where !name.hasPrefix("creds") && name != "candor.yaml" {
            guard let data = FileManager.default.contents(atPath: directory.file(name)) else { continue }
            outputs.append((name, String(decoding: data, as: UTF8.self)))
        }
        #expect(written.contains("state/candor.sqlite") && written.contains("logs/samples.jsonl"))
        #expect(written.contains("logs/dead-letter.jsonl") && written.contains("logs/alerts.jsonl"))
        #expect(
            outputs.contains { $0.0 == "logs/samples.jsonl" && $0.1.contains("<redacted>") },
            "the echo was scrubbed"
        )
        for request in receiver.received {
            outputs.append(("body at \(request.path)", String(decoding: request.body, as: UTF8.self)))
        }
        for secret in Self.secrets {
            let hits = outputs.filter { $0.1.contains(secret) }.map(\.0)
            #expect(hits.isEmpty, "\(secret) found in \(hits)")
        }

        // The credentials did their job: each receiver got its own.
        let other = receiver.received.first { $0.path == "/other" }
        #expect(other?.headers["authorization"] == "Bearer \(Self.bearerToken)")
        #expect(other?.headers["webhook-signature"] != nil)
        let alertmanager = receiver.received.first { $0.path == "/am/api/v2/alerts" }
        #expect(alertmanager?.headers["authorization"] == "Basic \(Self.secrets[7])")
        #expect(fixture.server.requests.contains { $0.authorization == "Bearer \(Self.apiKey)" })
        fixture.server.stop()
    }

    /// bcrypt (cost 4) of `am-real-pass-5d2c`, for Alertmanager's `basic_auth_users`.
    static let alertmanagerHash = "$2b$04$iVslYvBvzry5L00zafAheO1GYR/9.8e/rhgjT1TleJPtJ/a.jHAjC"

    @Test("a real Alertmanager behind basic auth takes alerts with the sink's auth, and refuses them without")
    func alertmanagerBasicAuth() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let alertmanager = try await RealAlertmanager(
            webConfig: "basic_auth_users:\n  candor: \(Self.alertmanagerHash)\n"
        )
        defer { alertmanager.stop() }
        let port = alertmanager.port
        try "am-real-pass-5d2c\n".write(toFile: directory.file("am-password"), atomically: true, encoding: .utf8)

        let config = try Configuration.parse(
            """
            rules: rules.d
            targets:
              - {name: t, base_url: 'http://127.0.0.1:1/v1', model: m}
            sinks:
              - type: alertmanager
                url: http://127.0.0.1:\(port)
                auth: {type: basic, username: candor, password_file: am-password}
            """,
            file: directory.file("candor.yaml")
        )
        let transport = DaemonFixture.http
        let notification = AlertNotification(id: "msg_1", receiver: "am", groupKey: "{}", groupLabels: [:], alerts: [])
        let authorized = AlertmanagerSink(
            name: config.sinks[0].name,
            baseURL: "http://127.0.0.1:\(port)",
            authorization: try Credentials.authorization(of: config.sinks[0], environment: [:]),
            timeout: .seconds(2),
            transport: transport
        )
        let anonymous = AlertmanagerSink(name: "anonymous", baseURL: "http://127.0.0.1:\(port)", transport: transport)
        // Until Alertmanager listens, the sink is told to retry.
        var outcome = await authorized.send(notification)
        for _ in 0..<150 where outcome != .delivered {
            try await Task.sleep(for: .milliseconds(200))
            outcome = await authorized.send(notification)
        }
        #expect(outcome == .delivered, "Alertmanager took the alerts with the configured password")
        guard case .rejected(let reason) = await anonymous.send(notification) else {
            Issue.record("Alertmanager behind basic auth should refuse a sink without auth")
            return
        }
        #expect(reason.contains("HTTP 401"))
    }
}

import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorProviders
import CandorTestSupport
import CandorYAML
import Foundation
import Testing

/// Sinks authenticate through `auth:` with values from a variable, a file or a systemd
/// credential; a URL's credentials work but never show in a sink's name.
@Suite("Sink credentials")
struct SinkCredentialTests {
    static let transport = CurlTransport()

    func parse(_ sinks: String) throws(DiagnosticsError) -> Configuration {
        try Configuration.parse(
            "rules: rules.d\ntargets:\n  - {name: t, base_url: 'http://127.0.0.1:1/v1', model: m}\nsinks:\n" + sinks,
            file: "/etc/candor/candor.yaml"
        )
    }

    func diagnostics(_ sinks: String) -> [String] {
        do {
            _ = try parse(sinks)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a sink named after its URL shows no user information or query; check warns about credentials in a URL")
    func namesAndWarnings() throws {
        let config = try parse(
            """
              - type: webhook
                url: https://hook-user:hunter2-pass@hooks.example.com/candor?token=tok-9f8e7d6c
              - type: alertmanager
                url: http://am:am-pass-5566@127.0.0.1:9093
              - type: webhook
                name: clean
                url: https://hooks.example.com/other
                auth: {type: bearer, token_file: token}
            """
        )
        #expect(
            config.sinks.map(\.name) == [
                "webhook:" + HTTPRequest.label("https://hooks.example.com/candor"),
                "alertmanager:http://127.0.0.1:9093",
                "clean",
            ]
        )
        #expect(config.sinks[0].name.hasPrefix("webhook:https://hooks.example.com/…"))
        #expect(config.sinks[2].auth == .bearer(token: .file("/etc/candor/token", option: "token")))
        let warnings = config.warnings.map(\.description)
        #expect(warnings.count == 2)
        #expect(
            warnings.first?.hasPrefix(
                "/etc/candor/candor.yaml:5:5: warning: sink webhook:https://hooks.example.com/…"
            ) == true
        )
        #expect(warnings.allSatisfy { $0.contains("move them to 'auth:'") })
        for text in warnings + config.sinks.map(\.name) {
            for secret in ["hunter2-pass", "tok-9f8e7d6c", "am-pass-5566"] { #expect(!text.contains(secret)) }
        }
    }

    @Test("auth mistakes are reported at their place")
    func authDiagnostics() {
        let found = diagnostics(
            """
              - type: webhook
                url: 'ftp://u:leaked-pass@example.com'
                auth: {type: bearer, token_env: A, token_file: b}
              - type: alertmanager
                url: http://127.0.0.1:9093
                auth:
                  type: basic
                  password_env: AM_PASSWORD
              - type: webhook
                url: http://127.0.0.1:1/a
                auth: {type: digest}
              - type: webhook
                url: http://127.0.0.1:1/b
                auth: {type: bearer, password_env: X}
              - type: webhook
                url: http://127.0.0.1:1/c
                auth: {type: basic, username: 'a:b', password_credential: ../x}
            """
        )
        #expect(
            found.contains { $0.hasPrefix("/etc/candor/candor.yaml:6:10:") && $0.contains("found 'ftp://example.com'") }
        )
        #expect(found.contains { $0.contains(":7:52:") && $0.contains("give only one of token_env, token_file") })
        #expect(found.contains { $0.contains(":11:7:") && $0.contains("'username'") })
        #expect(found.contains { $0.contains(":15:18:") && $0.contains("digest") })
        #expect(found.contains { $0.contains(":18:40:") && $0.contains("does not apply to auth type bearer") })
        #expect(found.contains { $0.contains(":21:35:") && $0.contains("cannot contain ':'") })
        #expect(found.contains { $0.contains(":21:63:") && $0.contains("not a path") })
        #expect(found.allSatisfy { !$0.contains("leaked-pass") })
    }

    @Test("bearer and basic credentials from a file, a variable and a systemd credential reach the receiver")
    func authorizationArrives() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "bearer-from-file-7c1d\n".write(toFile: directory.file("token"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory.file("creds"), withIntermediateDirectories: true)
        try "whsec-from-credential".write(
            toFile: directory.file("creds/hook-secret"),
            atomically: true,
            encoding: .utf8
        )
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let config = try Configuration.parse(
            """
            rules: rules.d
            targets:
              - {name: t, base_url: 'http://127.0.0.1:1/v1', model: m}
            sinks:
              - type: webhook
                name: hook
                url: \(receiver.url("/hook"))
                format: alertmanager
                secret_credential: hook-secret
                auth: {type: bearer, token_file: token}
              - type: alertmanager
                name: am
                url: \(receiver.url("/am"))
                auth: {type: basic, username: candor, password_env: CANDOR_TEST_AM_PASSWORD}
            """,
            file: directory.file("candor.yaml")
        )
        let environment = ["CANDOR_TEST_AM_PASSWORD": "am-pass-3e4f", "CREDENTIALS_DIRECTORY": directory.file("creds")]
        let hook = config.sinks[0]
        let am = config.sinks[1]
        let webhook = WebhookSink(
            name: hook.name,
            url: receiver.url("/hook"),
            format: .alertmanager,
            signer: try Credentials.signingSecret(of: hook, environment: environment).map {
                WebhookSigner(secret: $0.revealed)
            },
            authorization: try Credentials.authorization(of: hook, environment: environment),
            transport: Self.transport
        )
        let alertmanager = AlertmanagerSink(
            name: am.name,
            baseURL: receiver.url("/am"),
            authorization: try Credentials.authorization(of: am, environment: environment),
            transport: Self.transport
        )
        let notification = AlertNotification(
            id: "msg_1",
            receiver: "hook",
            groupKey: "{}",
            groupLabels: [:],
            alerts: []
        )
        #expect(await webhook.send(notification) == .delivered)
        #expect(await alertmanager.send(notification) == .delivered)
        let received = receiver.received
        let atHook = try #require(received.first { $0.path == "/hook" })
        #expect(atHook.headers["authorization"] == "Bearer bearer-from-file-7c1d")
        let id = try #require(atHook.headers["webhook-id"])
        let timestamp = try #require(Int(atHook.headers["webhook-timestamp"] ?? ""))
        #expect(
            atHook.headers["webhook-signature"]
                == WebhookSigner(secret: "whsec-from-credential").signature(
                    id: id,
                    timestamp: timestamp,
                    body: atHook.body
                )
        )
        let atAlertmanager = try #require(received.first { $0.path == "/am/api/v2/alerts" })
        #expect(
            atAlertmanager.headers["authorization"] == "Basic " + Data("candor:am-pass-3e4f".utf8).base64EncodedString()
        )

        let uses = Credentials.uses(of: config).map { "\($0.owner): \($0.source)" }
        #expect(
            uses == [
                "sink hook: secret_credential hook-secret", "sink hook: token_file \(directory.file("token"))",
                "sink am: password_env CANDOR_TEST_AM_PASSWORD",
            ]
        )
        let missing = try #require(throws: ConfigurationError.self) {
            try Credentials.authorization(of: am, environment: [:])
        }
        #expect(
            missing.message.hasPrefix(
                "\(directory.file("candor.yaml")):14:57: sink am: the environment variable CANDOR_TEST_AM_PASSWORD "
                    + "(password_env) is not set"
            )
        )
        let scrubber = Credentials.scrubber(for: config, environment: environment)
        let echo =
            "bearer-from-file-7c1d whsec-from-credential am-pass-3e4f "
            + Data("candor:am-pass-3e4f".utf8).base64EncodedString()
        #expect(scrubber.scrub(echo) == "<redacted> <redacted> <redacted> <redacted>")
    }
}

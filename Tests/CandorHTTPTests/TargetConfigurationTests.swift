import CandorDaemon
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import CandorYAML
import Foundation
import InMemoryLogging
import Testing

/// The target keys of `candor.yaml` for transport, guards, TLS and credentials: parsed into the
/// configuration, or reported as `file:line:col` diagnostics.
@Suite("Target configuration and credentials")
struct TargetConfigurationTests {
    func parse(_ targets: String) throws -> Configuration {
        try Configuration.parse("rules: rules.d\ntargets:\n" + targets, file: "/etc/candor/candor.yaml")
    }

    func diagnostics(_ targets: String) -> [String] {
        do {
            _ = try parse(targets)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("every transport and guard key is read")
    func fullTarget() throws {
        let config = try parse(
            """
              - name: prod-claude
                provider: anthropic
                base_url: https://api.anthropic.com/v1
                model: claude-test
                api_key_file: keys/anthropic
                connect_timeout: 3s
                timeout: 90s
                low_speed_limit: 10
                low_speed_time: 30s
                max_in_flight: 2
                retry: {attempts: 5, backoff: 250ms, max_backoff: 10s, max_retry_after: 2m}
                rate_limit: {requests_per_minute: 30, tokens_per_minute: 40000}
                daily_token_budget: 2_000_000
                circuit_breaker: {failures: 4, cooldown: 10m}
            """
        )
        let target = try #require(config.targets.first)
        #expect(target.provider == .anthropic)
        #expect(target.apiKeySource == .file("/etc/candor/keys/anthropic"))
        #expect(target.connectTimeout == .seconds(3))
        #expect(target.timeout == .seconds(90))
        #expect(target.lowSpeed == LowSpeedLimit(bytesPerSecond: 10, window: .seconds(30)))
        #expect(target.maxInFlight == 2)
        #expect(
            target.retry
                == RetryPolicy(
                    maxAttempts: 5,
                    initialBackoff: .milliseconds(250),
                    maxBackoff: .seconds(10),
                    maxRetryAfter: .seconds(120)
                )
        )
        #expect(target.rateLimit == RateLimiter.Limits(requestsPerMinute: 30, tokensPerMinute: 40_000))
        #expect(target.dailyTokenBudget == 2_000_000)
        #expect(target.circuitBreaker == CircuitBreaker.Policy(failureThreshold: 4, cooldown: .seconds(600)))
        #expect(target.tls.verifiesPeer)
        #expect(target.limits.maxRateLimitWait == .seconds(90))
    }

    @Test("defaults: 3 attempts, 4 in flight, verified TLS, no rate limit, budget or breaker")
    func defaults() throws {
        let target = try #require(try parse("  - {name: t, base_url: 'http://127.0.0.1:1/v1', model: m}").targets.first)
        #expect(target.retry == RetryPolicy())
        #expect(target.maxInFlight == 4)
        #expect(target.tls == TLSOptions())
        #expect(target.rateLimit == nil && target.dailyTokenBudget == nil && target.circuitBreaker == nil)
        #expect(target.apiKeySource == nil)
    }

    @Test("mistakes are reported at their file:line:col with what to do")
    func diagnosticsAtPosition() throws {
        let found = diagnostics(
            """
              - name: t
                base_url: http://127.0.0.1:1/v1
                model: m
                api_key_env: OPENAI_API_KEY
                api_key_file: /run/key
                tls_insecure: true
                tls_ca_file: /nonexistent/ca.pem
                low_speed_limit: 10
                provider: gemini
                logprobs: 3
                retry: {attempts: 0, backof: 1s}
                rate_limit: {}
            """
        )
        #expect(
            found.contains {
                $0.hasPrefix("/etc/candor/candor.yaml:7:19:")
                    && $0.contains("give only one of api_key_env, api_key_file")
            }
        )
        #expect(found.contains { $0.contains(":8:19:") && $0.contains("only applies to an https:// base_url") })
        #expect(found.contains { $0.contains(":9:18:") && $0.contains("/nonexistent/ca.pem, which does not exist") })
        #expect(found.contains { $0.contains("'low_speed_limit' and 'low_speed_time' go together") })
        #expect(found.contains { $0.contains(":12:15:") && $0.contains("only supported by provider openai") })
        #expect(found.contains { $0.contains("retry.attempts' must be between 1 and 20") })
        #expect(found.contains { $0.contains("unknown key 'backof'") && $0.contains("did you mean 'backoff'?") })
        #expect(found.contains { $0.contains("needs requests_per_minute, tokens_per_minute or both") })
    }

    @Test("tls_insecure is accepted on an https target, and building its client logs a warning")
    func insecureWarns() throws {
        let config = try parse(
            """
              - {name: lab, base_url: 'https://127.0.0.1:1/v1', model: m, tls_insecure: true}
              - {name: safe, base_url: 'https://127.0.0.1:1/v1', model: m}
            """
        )
        #expect(config.targets.first?.tls.verifiesPeer == false)
        let logs = InMemoryLogHandler()
        let transport = CurlTransport()
        defer { transport.shutdown() }
        _ = try ModelClients.make(
            plan: Plan(configuration: config, rules: RuleSet(packs: [])),
            transport: transport,
            logger: logs.logger(label: "candor")
        )
        let warnings = logs.entries.filter { $0.level == .warning }
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.message.description.contains(
                "TLS verification is OFF for https://127.0.0.1:1/v1 (tls_insecure: true)"
            )
                == true
        )
        #expect(warnings.first?.metadata["candor.target"] == "lab")
    }

    @Test("keys come from the environment, a file, or a systemd credential, trimmed; problems say how to fix them")
    func credentials() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "sk-from-file\n".write(toFile: directory.file("key"), atomically: true, encoding: .utf8)
        try "sk-from-credential".write(toFile: directory.file("openai"), atomically: true, encoding: .utf8)
        try "\n".write(toFile: directory.file("empty"), atomically: true, encoding: .utf8)
        var target = Configuration.Target(name: "prod-gpt", baseURL: "https://api.openai.com/v1", model: "m")

        target.apiKeySource = .environment("OPENAI_API_KEY")
        #expect(try Credentials.apiKey(for: target, environment: ["OPENAI_API_KEY": " sk-env "])?.revealed == "sk-env")
        let unset = try #require(throws: ConfigurationError.self) {
            try Credentials.apiKey(for: target, environment: [:])
        }
        #expect(
            unset.message.contains("target prod-gpt: the environment variable OPENAI_API_KEY (api_key_env) is not set")
        )

        target.apiKeySource = .file(directory.file("key"))
        #expect(try Credentials.apiKey(for: target, environment: [:])?.revealed == "sk-from-file")
        target.apiKeySource = .file(directory.file("empty"))
        #expect(throws: ConfigurationError.self) { try Credentials.apiKey(for: target, environment: [:]) }
        target.apiKeySource = .file(directory.file("missing"))
        let missing = try #require(throws: ConfigurationError.self) {
            try Credentials.apiKey(for: target, environment: [:])
        }
        #expect(missing.message.contains("cannot read the key file"))

        target.apiKeySource = .systemdCredential("openai")
        let environment = ["CREDENTIALS_DIRECTORY": directory.path]
        #expect(try Credentials.apiKey(for: target, environment: environment)?.revealed == "sk-from-credential")
        let noDirectory = try #require(throws: ConfigurationError.self) {
            try Credentials.apiKey(for: target, environment: [:])
        }
        #expect(noDirectory.message.contains("LoadCredential=openai:"))

        // The shipped unit loads /etc/candor/credentials as a directory: systemd names the file candor_NAME.
        try "sk-from-directory\n".write(toFile: directory.file("candor_anthropic"), atomically: true, encoding: .utf8)
        target.apiKeySource = .systemdCredential("anthropic")
        #expect(try Credentials.apiKey(for: target, environment: environment)?.revealed == "sk-from-directory")
    }

    @Test("every target gets a guarded client of its provider")
    func wiring() throws {
        let config = try parse(
            """
              - {name: a, provider: openai, base_url: 'http://127.0.0.1:1/v1', model: m}
              - {name: b, provider: anthropic, base_url: 'http://127.0.0.1:1/v1', model: m}
              - {name: c, provider: gemini, base_url: 'http://127.0.0.1:1/v1beta', model: m}
            """
        )
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let clients = try ModelClients.make(
            plan: Plan(configuration: config, rules: RuleSet(packs: [])),
            transport: transport
        )
        #expect(clients.keys.sorted() == ["a", "b", "c"])
        #expect(clients.values.allSatisfy { $0 is ScrubbingModelClient }, "guarded, then scrubbed of secrets")
        #expect(clients.values.map(\.targetName).sorted() == ["a", "b", "c"])
    }
}

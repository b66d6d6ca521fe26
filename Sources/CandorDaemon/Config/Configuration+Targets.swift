import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import CandorYAML
import Foundation

extension Configuration {
    /// One model endpoint to probe.
    public struct Target: Sendable {
        /// API flavours Candor speaks.
        public enum Provider: String, Sendable, CaseIterable {
            /// OpenAI-compatible chat completions (OpenAI, vLLM, llama.cpp, Ollama, TGI).
            case openai
            /// Anthropic's Messages API.
            case anthropic
            /// Google's Gemini `generateContent` API.
            case gemini
        }

        /// Unique name, used in signals, alerts and logs.
        public var name: String
        /// The API flavour.
        public var provider: Provider
        /// The API's base URL, such as `https://api.openai.com/v1`.
        public var baseURL: String
        /// The model to ask for.
        public var model: String
        /// Where the API key comes from, if the API needs one (`api_key_env`, `api_key_file` or
        /// `api_key_credential`). The key itself never appears in the config, a log, a record or
        /// an error.
        public var apiKeySource: CredentialSource?
        /// Where the config names `apiKeySource`, for `candor check`.
        public var apiKeyLocation: SourceLocation?
        /// Time allowed to connect.
        public var connectTimeout: Duration
        /// Time allowed for one attempt of a call.
        public var timeout: Duration
        /// The slowest transfer tolerated (`low_speed_limit` bytes/s over `low_speed_time`).
        public var lowSpeed: LowSpeedLimit?
        /// The largest response accepted.
        public var maxResponseBytes: Int
        /// The most calls to this target on the wire at once.
        public var maxInFlight: Int
        /// How failed attempts are retried.
        public var retry: RetryPolicy
        /// Requests and tokens per minute, if limited.
        public var rateLimit: RateLimiter.Limits?
        /// Tokens per UTC day, if limited.
        public var dailyTokenBudget: Int?
        /// When the circuit opens, if the target has a breaker.
        public var circuitBreaker: CircuitBreaker.Policy?
        /// CA bundle, client certificate, and whether the peer is verified.
        public var tls: TLSOptions
        /// Top log probabilities to ask for (OpenAI-compatible targets only).
        public var logprobs: Int?
        /// Whether the target's model can call tools (`tool_calls`, default true); probes with tools are
        /// skipped for a target that cannot, and counted as skipped.
        public var toolCalls = true
        /// Sampling parameters layered under the probe's.
        public var sampling: SamplingOverrides
        /// The probes to run on this target; `nil` runs every enabled probe.
        public var probes: [String]?
        /// Where each entry of `probes` stands in the config, for errors.
        public var probeLocations: [SourceLocation] = []
        /// Where the target is declared, for errors about the target as a whole.
        public var location: SourceLocation?
        /// `outage_after`: how long every trial of the target may fail before the `CandorTargetDown` self-alert
        /// fires; nil sizes it from the target's schedule (``Plan/outageAfter(target:)``).
        public var outageAfter: Duration?
        /// Whether the outage self-alert is on (`outage_after: off` turns it off).
        public var outageAlert = true
        /// `belief_max_age`: how long a neutral belief elicitation is reused before it is asked again
        /// (``BeliefCache``); nil (`belief_max_age: off`) asks every belief prompt in every trial.
        public var beliefMaxAge: Duration? = Target.defaultBeliefMaxAge

        /// The default `belief_max_age`: three days. A reported model change re-asks at once; a silent one (same
        /// model name, no fingerprint) shows in the beliefs within three days, while a probe whose items come round
        /// about once a day (most secondary probes) still reuses each belief two times in three.
        public static let defaultBeliefMaxAge: Duration = .seconds(3 * 86_400)
        /// `severity:` the severity of the target's alerts in a signal's bad direction, over the probe's.
        public var severity: String?
        /// `labels:` static labels on every alert about the target, over `alerting.labels`.
        public var labels: [String: String] = [:]

        /// Creates a target with defaults for everything but its identity.
        public init(name: String, baseURL: String, model: String) {
            self.name = name
            self.provider = .openai
            self.baseURL = baseURL
            self.model = model
            self.apiKeySource = nil
            self.connectTimeout = .seconds(10)
            self.timeout = .seconds(60)
            self.lowSpeed = nil
            self.maxResponseBytes = 1024 * 1024
            self.maxInFlight = 4
            self.retry = RetryPolicy()
            self.rateLimit = nil
            self.dailyTokenBudget = nil
            self.circuitBreaker = nil
            self.tls = TLSOptions()
            self.logprobs = nil
            self.sampling = SamplingOverrides()
            self.probes = nil
        }

        /// The limits its ``GuardedModelClient`` enforces. A call may wait for the rate limit at
        /// most as long as one attempt may take.
        public var limits: TargetLimits {
            TargetLimits(
                rateLimit: rateLimit,
                maxRateLimitWait: timeout,
                dailyTokenBudget: dailyTokenBudget,
                circuitBreaker: circuitBreaker
            )
        }
    }

    static let targetKeys = [
        "name", "provider", "base_url", "model", "api_key_env", "api_key_file", "api_key_credential",
        "connect_timeout", "timeout", "low_speed_limit", "low_speed_time", "max_response_bytes", "max_in_flight",
        "retry", "rate_limit", "daily_token_budget", "circuit_breaker", "tls_ca_file", "tls_client_cert",
        "tls_client_key", "tls_insecure", "logprobs", "sampling", "probes", "tool_calls", "outage_after",
        "belief_max_age", "severity", "labels",
    ]

    static func readTargets(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [Target] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("'targets' needs at least one target", at: node.location) }
        // Relative paths (key files, certificates) are relative to the config file.
        let base = (node.location.file as NSString).deletingLastPathComponent
        let resolve = { (path: String) in
            path.hasPrefix("/") || base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
        }
        var targets: [Target] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: targetKeys, &log)
            let name = map.required("name", &log)?.nonEmptyString(&log)
            let provider = map["provider"]?.choice(&log, Target.Provider.allCases.map(\.rawValue))
            let model = map.required("model", &log)?.nonEmptyString(&log)
            var baseURL: String?
            if let urlNode = map.required("base_url", &log), let url = urlNode.nonEmptyString(&log) {
                if url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil {
                    baseURL = url
                } else {
                    log.error(
                        "'\(urlNode.path)' must be an http:// or https:// URL, found '\(HTTPRequest.redact(url))'",
                        at: urlNode.location
                    )
                }
            }
            guard let name, let model, let baseURL else { continue }
            if targets.contains(where: { $0.name == name }) {
                log.error("duplicate target name '\(name)'; target names must be unique", at: entry.location)
                continue
            }
            var target = Target(name: name, baseURL: baseURL, model: model)
            target.location = entry.location
            target.provider = provider.flatMap(Target.Provider.init(rawValue:)) ?? .openai
            target.apiKeySource = readCredential(map, option: "api_key", resolve: resolve, &log)
            target.apiKeyLocation = credentialLocation(map, option: "api_key")
            readTransport(map, into: &target, resolve: resolve, &log)
            readGuards(map, into: &target, &log)
            if let toolCalls = map["tool_calls"]?.bool(&log) { target.toolCalls = toolCalls }
            target.severity = map["severity"]?.choice(&log, SignalSpec.severities)
            target.labels = readStaticLabels(map["labels"], &log)
            if let node = map["logprobs"], let count = node.int(&log, in: 0...20) {
                if target.provider == .openai {
                    target.logprobs = count
                } else {
                    log.error("'\(node.path)' is only supported by provider openai", at: node.location)
                }
            }
            if let node = map["outage_after"] {
                // `off` turns the alert off; anything else must be a duration (and is reported as one).
                if isOff(node) {
                    target.outageAlert = false
                } else {
                    target.outageAfter = node.duration(&log, minimum: .seconds(1))
                }
            }
            if let node = map["belief_max_age"] {
                // `off` asks every belief prompt in every trial; anything else must be a duration.
                target.beliefMaxAge = isOff(node) ? nil : node.duration(&log, minimum: .seconds(1))
            }
            if let sampling = map["sampling"] {
                target.sampling = SamplingOverrides.read(sampling, &log)
            }
            if let probes = map["probes"] {
                let references = (probes.sequence(&log) ?? []).compactMap { node in
                    node.nonEmptyString(&log).map { (id: $0, location: node.location) }
                }
                target.probes = references.map(\.id)
                target.probeLocations = references.map(\.location)
            }
            targets.append(target)
        }
        return targets
    }

    /// Whether `node` is the word `off`, which switches off a key that otherwise takes a duration.
    static func isOff(_ node: YAMLNode) -> Bool {
        var quiet = DiagnosticLog()
        return node.string(&quiet)?.lowercased() == "off"
    }

    /// Where `map` names the source of `option` (the line of `api_key_file: …`), for messages about
    /// reading it.
    static func credentialLocation(_ map: YAMLMapping, option: String) -> SourceLocation? {
        ["_env", "_file", "_credential"].lazy.compactMap { map[option + $0]?.location }.first
    }

    /// Reads the one source of a credential: `OPTION_env`, `OPTION_file` (relative to the config
    /// file) or `OPTION_credential`, such as `api_key_env` or `token_file`.
    static func readCredential(
        _ map: YAMLMapping,
        option: String,
        resolve: (String) -> String,
        _ log: inout DiagnosticLog
    ) -> CredentialSource? {
        let given = ["_env", "_file", "_credential"].map { option + $0 }.filter { map[$0] != nil }
        if given.count > 1, let second = map[given[1]] {
            log.error(
                "'\(second.path)': give only one of \(given.joined(separator: ", ")); a credential has one source",
                at: second.location
            )
            return nil
        }
        if let env = map[option + "_env"] {
            guard let name = env.nonEmptyString(&log), isIdentifier(name) else {
                log.error("'\(env.path)' must name an environment variable (letters, digits, _)", at: env.location)
                return nil
            }
            return .environment(name, option: option)
        }
        if let file = map[option + "_file"], let path = file.nonEmptyString(&log) {
            return .file(resolve(path), option: option)
        }
        if let credential = map[option + "_credential"], let name = credential.nonEmptyString(&log) {
            guard !name.contains("/"), name != ".", name != ".." else {
                log.error(
                    "'\(credential.path)' must be a credential name as in LoadCredential=NAME:..., not a path",
                    at: credential.location
                )
                return nil
            }
            return .systemdCredential(name, option: option)
        }
        return nil
    }

    /// Timeouts, limits on the wire, retries and TLS.
    private static func readTransport(
        _ map: YAMLMapping,
        into target: inout Target,
        resolve: (String) -> String,
        _ log: inout DiagnosticLog
    ) {
        target.connectTimeout =
            map["connect_timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.connectTimeout
        target.timeout = map["timeout"]?.duration(&log, minimum: .milliseconds(10)) ?? target.timeout
        let speed = map["low_speed_limit"]?.int(&log, in: 1...1_073_741_824)
        let window = map["low_speed_time"]?.duration(&log, minimum: .seconds(1))
        if let speed, let window {
            target.lowSpeed = LowSpeedLimit(bytesPerSecond: speed, window: window)
        } else if let lone = map["low_speed_limit"] ?? map["low_speed_time"],
            (map["low_speed_limit"] == nil) != (map["low_speed_time"] == nil)
        {
            log.error("'low_speed_limit' and 'low_speed_time' go together; give both or neither", at: lone.location)
        }
        target.maxResponseBytes =
            map["max_response_bytes"]?.int(&log, in: 1024...1_073_741_824) ?? target.maxResponseBytes
        target.maxInFlight = map["max_in_flight"]?.int(&log, in: 1...1024) ?? target.maxInFlight
        if let retry = map["retry"]?.mapping(&log) {
            retry.rejectUnknownKeys(allowing: ["attempts", "backoff", "max_backoff", "max_retry_after"], &log)
            let defaults = target.retry
            target.retry = RetryPolicy(
                maxAttempts: retry["attempts"]?.int(&log, in: 1...20) ?? defaults.maxAttempts,
                initialBackoff: retry["backoff"]?.duration(&log, minimum: .milliseconds(1)) ?? defaults.initialBackoff,
                maxBackoff: retry["max_backoff"]?.duration(&log, minimum: .milliseconds(1)) ?? defaults.maxBackoff,
                maxRetryAfter: retry["max_retry_after"]?.duration(&log) ?? defaults.maxRetryAfter
            )
        }
        func existingFile(_ key: String) -> String? {
            guard let node = map[key], let path = node.nonEmptyString(&log).map(resolve) else { return nil }
            if !FileManager.default.isReadableFile(atPath: path) {
                log.error("'\(node.path)' names \(path), which does not exist or cannot be read", at: node.location)
            }
            return path
        }
        target.tls.caBundlePath = existingFile("tls_ca_file")
        target.tls.clientCertificatePath = existingFile("tls_client_cert")
        target.tls.clientKeyPath = existingFile("tls_client_key")
        if target.tls.clientKeyPath != nil, target.tls.clientCertificatePath == nil, let node = map["tls_client_key"] {
            log.error("'\(node.path)' needs 'tls_client_cert' as well", at: node.location)
        }
        if let node = map["tls_insecure"], node.bool(&log) == true {
            if target.baseURL.hasPrefix("https://") {
                target.tls.verifiesPeer = false
            } else {
                log.error("'\(node.path)' only applies to an https:// base_url", at: node.location)
            }
        }
    }

    /// Rate limit, daily budget and circuit breaker.
    private static func readGuards(_ map: YAMLMapping, into target: inout Target, _ log: inout DiagnosticLog) {
        if let node = map["rate_limit"], let rate = node.mapping(&log) {
            rate.rejectUnknownKeys(allowing: ["requests_per_minute", "tokens_per_minute"], &log)
            let requests = rate["requests_per_minute"]?.int(&log, in: 1...1_000_000)
            let tokens = rate["tokens_per_minute"]?.int(&log, in: 1...1_000_000_000)
            if rate.keys.isEmpty {
                log.error("'\(node.path)' needs requests_per_minute, tokens_per_minute or both", at: node.location)
            } else if requests != nil || tokens != nil {
                target.rateLimit = RateLimiter.Limits(requestsPerMinute: requests, tokensPerMinute: tokens)
            }
        }
        target.dailyTokenBudget = map["daily_token_budget"]?.int(&log, in: 1...1_000_000_000_000)
        if let breaker = map["circuit_breaker"]?.mapping(&log) {
            breaker.rejectUnknownKeys(allowing: ["failures", "cooldown"], &log)
            let defaults = CircuitBreaker.Policy()
            target.circuitBreaker = CircuitBreaker.Policy(
                failureThreshold: breaker["failures"]?.int(&log, in: 1...1000) ?? defaults.failureThreshold,
                cooldown: breaker["cooldown"]?.duration(&log, minimum: .seconds(1)) ?? defaults.cooldown
            )
        }
    }

    private static func isIdentifier(_ name: String) -> Bool {
        name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

import CandorCore
import CandorHTTP
import CandorProviders
import Logging

/// Builds the model client of every target from its configuration: the provider's adapter,
/// wrapped in the target's guards (rate limit, daily budget, circuit breaker).
public enum ModelClients {
    /// One model client per target, with credentials resolved, whose answers and errors are
    /// scrubbed of every secret the configuration holds (``ScrubbingModelClient``).
    ///
    /// - Parameters:
    ///   - logger: receives the warning for every target with `tls_insecure: true`, the guards'
    ///     warnings (circuit opened, budget spent) and debug lines for retries.
    ///   - clock: the time the guards (rate limit, budget day, breaker cool-down) and the retries read
    ///     and wait on.
    ///   - onEvent: called for every ``GuardEvent``, for self-alerts.
    ///   - restoring: each target's guard state to carry on with (from the clients a reload
    ///     replaces, or rebuilt from the recorded trials at start); a target missing starts fresh.
    /// - Throws: ``ConfigurationError`` when a target's API key cannot be read.
    public static func make(
        plan: Plan,
        transport: any HTTPTransport,
        logger: Logger = Logger(label: "candor.providers"),
        clock: CandorClock = .system,
        onEvent: @escaping @Sendable (GuardEvent) -> Void = { _ in },
        restoring: [String: GuardState] = [:]
    ) throws -> [String: any ModelClient] {
        var clients: [String: any ModelClient] = [:]
        // Every configured secret, not just the target's own key: a model server may echo anything.
        let scrubber = Credentials.scrubber(for: plan.configuration)
        for target in plan.configuration.targets {
            var targetLogger = logger
            targetLogger[metadataKey: "candor.target"] = "\(target.name)"
            if !target.tls.verifiesPeer {
                let url = HTTPRequest.redact(target.baseURL)
                targetLogger.warning(
                    "TLS verification is OFF for \(url) (tls_insecure: true): anyone on the network path can read the prompts and the API key"
                )
            }
            let endpoint = ModelEndpoint(
                name: target.name,
                baseURL: target.baseURL,
                model: target.model,
                apiKey: try Credentials.apiKey(for: target),
                timeouts: HTTPTimeouts(
                    connect: target.connectTimeout,
                    total: target.timeout,
                    lowSpeed: target.lowSpeed
                ),
                maxResponseBytes: target.maxResponseBytes,
                tls: target.tls,
                retry: target.retry,
                maxInFlight: target.maxInFlight,
                logprobs: target.logprobs
            )
            let adapter: any ModelClient =
                switch target.provider {
                case .openai:
                    OpenAIChatClient(endpoint: endpoint, transport: transport, clock: clock, logger: targetLogger)
                case .anthropic:
                    AnthropicMessagesClient(
                        endpoint: endpoint,
                        transport: transport,
                        clock: clock,
                        logger: targetLogger
                    )
                case .gemini:
                    GeminiClient(endpoint: endpoint, transport: transport, clock: clock, logger: targetLogger)
                }
            clients[target.name] = ScrubbingModelClient(
                wrapping: GuardedModelClient(
                    wrapping: adapter,
                    limits: target.limits,
                    url: HTTPRequest.redact(target.baseURL),
                    clock: clock,
                    logger: targetLogger,
                    onEvent: onEvent,
                    restoring: restoring[target.name] ?? GuardState()
                ),
                scrubber: scrubber
            )
        }
        return clients
    }

    /// The guard state of each of `clients` that has guards, for the clients that replace them.
    public static func guardStates(of clients: [String: any ModelClient]) -> [String: GuardState] {
        guarded(clients).mapValues(\.guardState)
    }

    /// The guards of each of `clients` that has them, for their state in the metrics.
    public static func guarded(_ clients: [String: any ModelClient]) -> [String: GuardedModelClient] {
        clients.compactMapValues { client in
            ((client as? ScrubbingModelClient)?.wrapped ?? client) as? GuardedModelClient
        }
    }
}

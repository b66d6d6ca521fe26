import CandorHTTP
import CandorProviders

/// Builds the model client of every target from its configuration.
public enum ModelClients {
    /// One model client per target, with credentials resolved.
    ///
    /// - Throws: ``ConfigurationError`` when a target's API key variable is not set.
    public static func make(plan: Plan, transport: any HTTPTransport) throws -> [String: any ModelClient] {
        var clients: [String: any ModelClient] = [:]
        for target in plan.configuration.targets {
            let endpoint = ModelEndpoint(
                name: target.name,
                baseURL: target.baseURL,
                model: target.model,
                apiKey: try Credentials.apiKey(for: target),
                timeouts: HTTPTimeouts(connect: target.connectTimeout, total: target.timeout),
                maxResponseBytes: target.maxResponseBytes
            )
            switch target.provider {
            case .openai:
                clients[target.name] = OpenAIChatClient(endpoint: endpoint, transport: transport)
            }
        }
        return clients
    }
}

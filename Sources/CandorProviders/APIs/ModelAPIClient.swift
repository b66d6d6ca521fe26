import CandorCore
import CandorHTTP
import Logging

/// A model client for one target speaking the API `API`: it builds the request, sends it with
/// the endpoint's retry policy, turns error statuses into ``ProviderError``s, and parses the
/// answer.
public struct ModelAPIClient<API: ModelAPI>: ModelClient {
    /// The endpoint this client calls.
    public let endpoint: ModelEndpoint
    private let transport: any HTTPTransport
    private let clock: CandorClock
    private let jitter: UnitRandom
    private let logger: Logger?
    /// Where requests go, and the same without query or user information for errors: both fixed
    /// per endpoint, so computed once rather than on every call.
    private let url: String
    private let redactedURL: String

    /// Creates a client for `endpoint` that sends through `transport`.
    ///
    /// - Parameters:
    ///   - clock: the time a retry reads (`Retry-After` dates) and waits on.
    ///   - jitter: places each retry's backoff within its jitter range.
    ///   - logger: receives a debug line per retry; never a header or body.
    public init(
        endpoint: ModelEndpoint,
        transport: any HTTPTransport,
        clock: CandorClock = .system,
        jitter: UnitRandom = .system,
        logger: Logger? = nil
    ) {
        self.endpoint = endpoint
        self.transport = transport
        self.clock = clock
        self.jitter = jitter
        self.logger = logger
        url = endpoint.url(API.path(for: endpoint))
        redactedURL = HTTPRequest.redact(url)
    }

    /// The target's name.
    public var targetName: String { endpoint.name }

    /// Sends `request` and returns the model's answer.
    ///
    /// - Throws: ``ProviderError`` for every failure.
    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let body: [UInt8]
        do {
            body = try API.body(for: request, endpoint: endpoint)
        } catch {
            throw ProviderError(
                code: .malformedResponse,
                message: "could not encode the request: \(error)",
                target: endpoint.name,
                url: redactedURL
            )
        }
        let response = try await endpoint.post(
            body,
            to: url,
            headers: API.headers(for: endpoint),
            transport: transport,
            clock: clock,
            jitter: jitter,
            logger: logger
        )
        return try API.parse(response, endpoint: endpoint, url: redactedURL)
    }
}

/// A client of the OpenAI-compatible chat-completions API.
public typealias OpenAIChatClient = ModelAPIClient<OpenAIChatAPI>
/// A client of Anthropic's Messages API.
public typealias AnthropicMessagesClient = ModelAPIClient<AnthropicMessagesAPI>
/// A client of Google's Gemini generateContent API.
public typealias GeminiClient = ModelAPIClient<GeminiAPI>

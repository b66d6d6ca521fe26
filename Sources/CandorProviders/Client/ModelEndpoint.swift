import CandorHTTP

/// Where and how to reach one model: what a provider adapter needs from a target's config.
public struct ModelEndpoint: Sendable {
    /// The target's name, for errors and records.
    public var name: String
    /// The API's base URL, e.g. `http://127.0.0.1:8080/v1`.
    public var baseURL: String
    /// The model to ask for.
    public var model: String
    /// The API key, if the API needs one.
    public var apiKey: Secret?
    /// Time limits of one attempt.
    public var timeouts: HTTPTimeouts
    /// The largest response body accepted.
    public var maxResponseBytes: Int
    /// Certificate authorities, client certificate and verification for `https` URLs.
    public var tls: TLSOptions
    /// How failed attempts are retried.
    public var retry: RetryPolicy
    /// The most requests to this target on the wire at once; `nil` for no limit of its own.
    public var maxInFlight: Int?
    /// How many most-likely alternatives to return per token with its log probability; `nil`
    /// asks for no log probabilities, 0 for the chosen tokens only (OpenAI-compatible APIs).
    public var logprobs: Int?

    /// Creates an endpoint.
    public init(
        name: String,
        baseURL: String,
        model: String,
        apiKey: Secret? = nil,
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        maxResponseBytes: Int = 1024 * 1024,
        tls: TLSOptions = TLSOptions(),
        retry: RetryPolicy = .never,
        maxInFlight: Int? = nil,
        logprobs: Int? = nil
    ) {
        self.name = name
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeouts = timeouts
        self.maxResponseBytes = maxResponseBytes
        self.tls = tls
        self.retry = retry
        self.maxInFlight = maxInFlight
        self.logprobs = logprobs
    }

    /// `baseURL` joined with `path`, with exactly one slash between them.
    public func url(_ path: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + path.drop(while: { $0 == "/" })
    }
}

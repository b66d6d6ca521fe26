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
    /// Time limits of one call.
    public var timeouts: HTTPTimeouts
    /// The largest response body accepted.
    public var maxResponseBytes: Int

    /// Creates an endpoint.
    public init(
        name: String,
        baseURL: String,
        model: String,
        apiKey: Secret? = nil,
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        maxResponseBytes: Int = 1024 * 1024
    ) {
        self.name = name
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeouts = timeouts
        self.maxResponseBytes = maxResponseBytes
    }

    /// `baseURL` joined with `path`, with exactly one slash between them.
    public func url(_ path: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + path.drop(while: { $0 == "/" })
    }
}

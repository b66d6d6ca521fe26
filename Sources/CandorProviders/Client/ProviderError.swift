import CandorHTTP

/// A model call that did not produce an answer. It is recorded as an `error` observation and
/// never moves a signal; its ``code`` goes into the sample record as `error.code`, which is how a
/// call that Candor skipped on purpose (rate limit, budget, open circuit) stays counted and visible.
public struct ProviderError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Codable {
        /// No HTTP response: timeout, connection, TLS, size cap (see the cause).
        case transport
        /// The server failed with a 5xx or 408 status (after the retries).
        case httpStatus = "http_status"
        /// The server refused the request itself (400, 404, 422, ...): a wrong model name, base
        /// URL or parameter. Not retried.
        case requestRejected = "request_rejected"
        /// The server kept answering 429, or asked to wait longer than `retry.max_retry_after`; or
        /// the target's own `rate_limit` would have delayed the call past its timeout (skipped).
        case rateLimited = "rate_limited"
        /// The target's `daily_token_budget` is spent; calls are skipped until the next UTC day.
        case budgetExhausted = "budget_exhausted"
        /// The target's circuit breaker is open after consecutive failures; calls are skipped
        /// until its cool-down ends and a trial call succeeds.
        case circuitOpen = "circuit_open"
        /// The server answered 2xx with a body that is not a valid answer.
        case malformedResponse = "malformed_response"
        /// The credentials are missing or were rejected.
        case credentials
        /// The call was cancelled (shutdown).
        case cancelled
    }

    /// The category.
    public var code: Code
    /// What happened and what to check; never contains a credential.
    public var message: String
    /// The target's name.
    public var target: String
    /// The redacted URL.
    public var url: String
    /// The HTTP status, when there was a response.
    public var status: Int?
    /// The transport error, when there was no response.
    public var cause: HTTPError?
    /// Whether Candor skipped the call on purpose without sending it (its own rate limit, an
    /// exhausted budget, an open circuit), as opposed to a call that was sent and failed.
    public var skipped: Bool = false

    /// Creates an error.
    public init(code: Code, message: String, target: String, url: String, status: Int? = nil, cause: HTTPError? = nil) {
        self.code = code
        self.message = message
        self.target = target
        self.url = url
        self.status = status
        self.cause = cause
    }

    /// `target NAME: message (url)`.
    public var description: String {
        "target \(target): \(message) (\(url))"
    }
}

import CandorHTTP

/// A model call that did not produce an answer. It is recorded as an `error` observation and
/// never moves a signal.
public struct ProviderError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Codable {
        /// No HTTP response: timeout, connection, TLS, size cap (see the cause).
        case transport
        /// The server answered with a status outside 2xx.
        case httpStatus = "http_status"
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

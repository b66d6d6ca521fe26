/// A request that did not produce an HTTP response: it timed out, could not connect, lost its
/// connection, failed TLS verification, exceeded the response size cap, or was cancelled.
///
/// The URL is always the redacted one (no query string, no user information).
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in categories a caller can act on.
    public enum Code: String, Sendable {
        /// The total time limit passed, or the transfer fell below the low-speed limit.
        case timeout
        /// No connection could be made (refused, unreachable, name not resolved, connect timed out).
        case connect
        /// The connection broke before the response was complete (reset, closed early, a body
        /// shorter than announced). Safe to retry: the server may never have seen the request.
        case connectionLost = "connection_lost"
        /// TLS failed: the peer's certificate was not trusted, or the handshake failed.
        case tls
        /// The response body was larger than the request's cap.
        case responseTooLarge = "response_too_large"
        /// The connection broke, the response was malformed, or another transfer error.
        case transport
        /// The caller cancelled the request, or the transport shut down.
        case cancelled
        /// The request itself was not valid (bad URL, unsupported scheme, unreadable CA file).
        case invalidRequest = "invalid_request"
    }

    /// The category of failure.
    public var code: Code
    /// What happened and what to check, for the operator.
    public var message: String
    /// The redacted URL of the request.
    public var url: String

    /// Creates an error.
    public init(code: Code, message: String, url: String) {
        self.code = code
        self.message = message
        self.url = url
    }

    /// `code: message (url)`.
    public var description: String {
        "\(code.rawValue): \(message) (\(url))"
    }
}

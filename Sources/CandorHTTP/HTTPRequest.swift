/// One HTTP request to send through an ``HTTPTransport``.
///
/// The body is copied into the transfer when it starts, so the request can be discarded as soon
/// as ``HTTPTransport/send(_:)`` is called.
public struct HTTPRequest: Sendable {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute `http` or `https` URL.
    public var url: String
    /// Header fields in the order they are sent. Values may hold secrets and are never logged.
    public var headers: [HTTPHeader]
    /// The request body, if any.
    public var body: [UInt8]?
    /// Connect, total and low-speed limits.
    public var timeouts: HTTPTimeouts
    /// The largest response body accepted; a larger one fails with ``HTTPError/Code/responseTooLarge``.
    public var maxResponseBytes: Int
    /// Certificate authorities, client certificate, and whether the peer is verified at all.
    public var tls: TLSOptions
    /// At most this many requests sharing the limit's key are on the wire at once; the others
    /// wait in the transport, in order. `nil` leaves the request unlimited.
    public var inFlightLimit: InFlightLimit?

    /// Creates a request; the defaults suit a model API call.
    public init(
        method: HTTPMethod = .get,
        url: String,
        headers: [HTTPHeader] = [],
        body: [UInt8]? = nil,
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        maxResponseBytes: Int = 4 * 1024 * 1024,
        tls: TLSOptions = TLSOptions(),
        inFlightLimit: InFlightLimit? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.maxResponseBytes = maxResponseBytes
        self.tls = tls
        self.inFlightLimit = inFlightLimit
    }

    /// The URL without its query string and user information, safe to show in logs and errors
    /// (some APIs take keys in the query).
    public var redactedURL: String {
        HTTPRequest.redact(url)
    }
}

/// An HTTP request method.
public struct HTTPMethod: Sendable, Hashable, CustomStringConvertible {
    /// The method token as sent on the wire.
    public let rawValue: String

    /// Creates a method from its token.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `GET`.
    public static let get = HTTPMethod("GET")
    /// `POST`.
    public static let post = HTTPMethod("POST")

    /// The method token.
    public var description: String { rawValue }
}

/// One header field.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

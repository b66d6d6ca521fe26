/// A complete HTTP response. The status is whatever the server sent: callers check it.
public struct HTTPResponse: Sendable {
    /// The HTTP status code of the final response (after any `100 Continue`).
    public var status: Int
    /// Header fields of the final response, in the order received.
    public var headers: [HTTPHeader]
    /// The response body.
    public var body: [UInt8]
    /// Wall time of the whole transfer as libcurl measured it.
    public var totalTime: Duration
    /// The protocol the response came over: `1.0`, `1.1`, `2` or `3`.
    public var httpVersion: String
    /// How many attempts the request took, when it was sent with a ``RetryPolicy``.
    public var attempts: Int = 1

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader], body: [UInt8], totalTime: Duration, httpVersion: String = "1.1") {
        self.status = status
        self.headers = headers
        self.body = body
        self.totalTime = totalTime
        self.httpVersion = httpVersion
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.utf8.count == name.utf8.count && $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Whether the status is in the 2xx range.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The total time in seconds, for records.
    public var totalSeconds: Double {
        totalTime.timeInterval
    }
}

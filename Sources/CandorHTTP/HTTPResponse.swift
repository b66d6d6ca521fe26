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

    /// Creates a response.
    public init(status: Int, headers: [HTTPHeader], body: [UInt8], totalTime: Duration) {
        self.status = status
        self.headers = headers
        self.body = body
        self.totalTime = totalTime
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// Whether the status is in the 2xx range.
    public var isSuccess: Bool { (200..<300).contains(status) }
}

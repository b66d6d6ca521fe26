import Foundation

/// An HTTP/1.1 response the scripted server writes: status, JSON body, connection handling.
struct OutgoingResponse: Sendable {
    /// The status code.
    var status: Int
    /// The body bytes, sent as `application/json`.
    var body: [UInt8]
    /// Whether the server closes the connection after this response.
    var closesConnection = false
    /// Extra header fields, such as `Retry-After`.
    var headers: [String: String] = [:]
    /// The `Content-Length` announced, when it is not the body's real length (a truncated body).
    var announcedLength: Int?

    /// A response whose body is `object` serialized with `JSONSerialization`.
    static func json(_ status: Int, _ object: Any) -> OutgoingResponse {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data("{}".utf8)
        return OutgoingResponse(status: status, body: Array(data))
    }

    /// An OpenAI-style error body, `{"error": {"message", "type", "param", "code"}}`.
    static func error(_ status: Int, message: String, type: String, code: String) -> OutgoingResponse {
        json(status, ["error": ["message": message, "type": type, "param": NSNull(), "code": code] as [String: Any]])
    }

    /// The bytes on the wire: status line, headers, body. 1xx, 204 and 304 carry no body.
    var serialized: [UInt8] {
        head + (bodyless ? [] : body)
    }

    private var bodyless: Bool {
        (100..<200).contains(status) || status == 204 || status == 304
    }

    /// The status line and header fields with the blank line that ends them.
    var head: [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(for: status))\r\n"
        head += "Server: candor-scripted-model\r\n"
        if !bodyless {
            head += "Content-Type: application/json\r\n"
            head += "Content-Length: \(announcedLength ?? body.count)\r\n"
        }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            head += "\(name): \(value)\r\n"
        }
        head += closesConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n"
        head += "\r\n"
        return Array(head.utf8)
    }

    /// The reason phrase for the statuses tests script; clients ignore it anyway.
    private static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}

import Foundation

/// One HTTP/1.x request as the scripted server read it off a connection.
struct IncomingRequest: Sendable {
    /// The method, such as `POST`.
    var method: String
    /// The request target as sent, with any query string.
    var target: String
    /// The protocol version, `HTTP/1.0` or `HTTP/1.1`.
    var version: String
    /// Header values by lowercased name; repeated headers are joined with ", ".
    var headers: [String: String]
    /// The body, already de-chunked.
    var body: [UInt8]

    /// The target without its query string.
    var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// Whether the client wants the connection kept open after the response: HTTP/1.1 unless it
    /// sent `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
    var keepAlive: Bool {
        let tokens = (header("connection") ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if version == "HTTP/1.0" {
            return tokens.contains("keep-alive")
        }
        return !tokens.contains("close")
    }
}

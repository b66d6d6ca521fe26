import Foundation

/// Reads HTTP/1.x requests one after another from a connection, keeping any bytes of the next
/// (pipelined) request buffered.
///
/// Every read is bounded: a head over 64 KiB, a body over 32 MiB, or anything malformed ends the
/// connection.
struct RequestReader {
    /// What `next()` found.
    enum Outcome {
        /// A complete request.
        case request(IncomingRequest)
        /// The client closed (or the server shut the socket down) between requests.
        case closed
        /// The bytes were not a request the server understands, or the connection broke mid-way.
        case malformed(String)
    }

    private static let maxHeadBytes = 64 * 1024
    private static let maxBodyBytes = 32 * 1024 * 1024
    private static let maxChunkLineBytes = 4 * 1024
    private static let maxChunks = 100_000
    private static let maxTrailerLines = 100
    private static let crlf: [UInt8] = [13, 10]

    private let socket: ConnectionSocket
    private var buffer: [UInt8] = []

    /// Creates a reader for `socket`.
    init(socket: ConnectionSocket) {
        self.socket = socket
    }

    /// Reads the next request, sending `100 Continue` first when the client asks for it.
    mutating func next() -> Outcome {
        guard let head = readHead() else {
            return buffer.isEmpty ? .closed : .malformed("the connection ended inside a request head")
        }
        guard var request = parseHead(head) else {
            return .malformed("the request line or a header is malformed")
        }
        let expectsContinue = request.header("expect")?.lowercased() == "100-continue"
        if let encoding = request.header("transfer-encoding") {
            guard encoding.lowercased().hasSuffix("chunked") else {
                return .malformed("unsupported Transfer-Encoding \(encoding)")
            }
            if expectsContinue && buffer.isEmpty && !sendContinue() {
                return .malformed("the connection ended before the body")
            }
            guard let body = readChunkedBody() else {
                return .malformed("the chunked body is malformed or too large")
            }
            request.body = body
        } else {
            let lengths = Set(
                (request.header("content-length") ?? "0").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            )
            guard lengths.count == 1, let length = Int(lengths.first!), length >= 0, length <= Self.maxBodyBytes
            else {
                return .malformed("Content-Length is missing, invalid or over 32 MiB")
            }
            if expectsContinue && buffer.count < length && !sendContinue() {
                return .malformed("the connection ended before the body")
            }
            guard let body = readExactly(length) else {
                return .malformed("the connection ended inside the body")
            }
            request.body = body
        }
        return .request(request)
    }

    /// Reads up to the blank line and returns the head without it; nil when the connection ended
    /// first or the head is too large.
    private mutating func readHead() -> [UInt8]? {
        var searchFrom = 0
        // Each pass receives at least one byte; the head limit bounds the loop.
        while true {
            // Tolerate empty lines before a request line (RFC 9112, section 2.2).
            while buffer.starts(with: Self.crlf) {
                buffer.removeFirst(2)
            }
            if let end = Self.find([13, 10, 13, 10], in: buffer, from: searchFrom) {
                let head = Array(buffer[0..<end])
                buffer.removeFirst(end + 4)
                return head
            }
            guard buffer.count <= Self.maxHeadBytes else { return nil }
            searchFrom = max(0, buffer.count - 3)
            guard socket.receive(into: &buffer) else { return nil }
        }
    }

    /// Parses the request line and headers.
    private func parseHead(_ head: [UInt8]) -> IncomingRequest? {
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3, !requestLine[0].isEmpty,
            requestLine[1].hasPrefix("/") || requestLine[1] == "*"
                || requestLine[1].hasPrefix("http://"),  // absolute form, as sent to a proxy
            requestLine[2] == "HTTP/1.1" || requestLine[2] == "HTTP/1.0"
        else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line.hasPrefix(" "), !line.hasPrefix("\t")
            else { return nil }
            let name = line[..<colon].lowercased()
            guard !name.contains(" ") && !name.contains("\t") else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        return IncomingRequest(
            method: String(requestLine[0]),
            target: String(requestLine[1]),
            version: String(requestLine[2]),
            headers: headers,
            body: []
        )
    }

    /// Reads a `Transfer-Encoding: chunked` body and its trailers.
    private mutating func readChunkedBody() -> [UInt8]? {
        var body: [UInt8] = []
        for _ in 0..<Self.maxChunks {
            guard let line = readLine() else { return nil }
            let sizeField = String(decoding: line, as: UTF8.self).prefix { $0 != ";" }
            guard let size = Int(sizeField.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0,
                size <= Self.maxBodyBytes - body.count
            else { return nil }
            if size == 0 {
                for _ in 0..<Self.maxTrailerLines {
                    guard let trailer = readLine() else { return nil }
                    if trailer.isEmpty { return body }
                }
                return nil
            }
            guard let chunk = readExactly(size + 2), chunk.suffix(2).elementsEqual(Self.crlf) else { return nil }
            body.append(contentsOf: chunk.dropLast(2))
        }
        return nil
    }

    /// Reads one CRLF-terminated line and returns it without the CRLF.
    private mutating func readLine() -> [UInt8]? {
        // Each pass receives at least one byte; the line limit bounds the loop.
        while true {
            if let end = Self.find(Self.crlf, in: buffer, from: 0) {
                let line = Array(buffer[0..<end])
                buffer.removeFirst(end + 2)
                return line
            }
            guard buffer.count <= Self.maxChunkLineBytes, socket.receive(into: &buffer) else { return nil }
        }
    }

    /// Reads exactly `count` bytes.
    private mutating func readExactly(_ count: Int) -> [UInt8]? {
        // Each pass receives at least one byte, so at most `count` passes.
        while buffer.count < count {
            guard socket.receive(into: &buffer, limit: 65_536) else {
                return nil
            }
        }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func sendContinue() -> Bool {
        socket.send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
    }

    /// The index of the first occurrence of `pattern` in `bytes` at or after `start`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}

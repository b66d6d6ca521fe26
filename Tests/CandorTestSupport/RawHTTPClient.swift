import Glibc

/// Sends bytes that may not be HTTP at all to a server on 127.0.0.1, for tests of what libcurl
/// would refuse to send: a broken request line, stray CR or NUL bytes, a second Host.
public enum RawHTTPClient {
    /// What the server did with one raw request.
    public struct Answer: Sendable {
        /// Everything it sent back.
        public var bytes: [UInt8]
        /// The status of its first response, if it sent one.
        public var status: Int? {
            let line = bytes.prefix { $0 != 0x0D && $0 != 0x0A }
            let parts = String(decoding: line, as: UTF8.self).split(separator: " ")
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/") else { return nil }
            return Int(parts[1])
        }
    }

    /// Sends `request` to `127.0.0.1:port` on a new connection on a thread of its own (the call
    /// blocks), and collects what comes back until the server closes, a whole response with a
    /// `Content-Length` has arrived, or `idleMilliseconds` pass without a byte (a request the
    /// server still waits on the end of).
    ///
    /// - Throws: `TestSupportError` when no connection can be made.
    public static func exchange(_ request: [UInt8], port: Int, idleMilliseconds: Int = 250) async throws -> Answer {
        try await withCheckedThrowingContinuation { continuation in
            do {
                let thread = try JoinableThread.spawn {
                    continuation.resume(
                        with: Result { try blockingExchange(request, port: port, idle: idleMilliseconds) }
                    )
                }
                // The closure resumes the continuation; joining would block this task.
                thread.detach()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    private static func blockingExchange(_ request: [UInt8], port: Int, idle: Int) throws -> Answer {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else {
            throw TestSupportError(code: .socket, message: "socket() failed", systemError: errno)
        }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            throw TestSupportError(code: .socket, message: "cannot connect to 127.0.0.1:\(port)", systemError: errno)
        }
        let connection = ConnectionSocket(descriptor: descriptor)
        var answer = Answer(bytes: [])
        guard connection.send(request) else { return answer }
        // Each pass waits at most `idle` ms and either reads bytes or ends; the answer is capped.
        while answer.bytes.count < 4 * 1024 * 1024 {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, Int32(idle)) > 0, connection.receive(into: &answer.bytes) else { break }
            if isComplete(answer.bytes) { break }
        }
        return answer
    }

    /// Whether `bytes` hold a response head and as much body as its `Content-Length` says.
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            return false
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return false }
        return bytes.count >= end + 4 + length
    }
}

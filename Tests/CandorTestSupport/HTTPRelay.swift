import Glibc

/// One blocking HTTP/1.0 exchange with a server on 127.0.0.1: what lets a ``WebhookReceiver``
/// stand in front of a real Alertmanager as a front door that can be closed (connection refused)
/// while Alertmanager keeps its state, and lets ``RealAlertmanager`` be asked without an HTTP
/// client library.
enum HTTPRelay {
    /// Sends `method` `path` with `body` to 127.0.0.1:`port` and waits for the whole answer
    /// (at most 10 s); status 502 when the server cannot be reached or answers nothing readable.
    static func exchange(
        method: String,
        path: String,
        contentType: String? = nil,
        body: [UInt8] = [],
        port: Int
    ) -> (status: Int, body: [UInt8]) {
        let failed = (status: 502, body: [UInt8]())
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return failed }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = LoopbackPort.withAddress(port: port) { connect(descriptor, $0, $1) }
        guard connected == 0 else { return failed }
        // HTTP/1.0: the server ends its answer by closing, never with chunked encoding.
        var head = "\(method) \(path) HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        let connection = ConnectionSocket(descriptor: descriptor)
        guard connection.send(Array(head.utf8) + body) else { return failed }
        var answer: [UInt8] = []
        // At most 1 MiB is read.
        while answer.count < 1 << 20, connection.receive(into: &answer) {}
        let statusLine = String(decoding: answer.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return failed }
        let bodyStart = answer.firstRange(of: [13, 10, 13, 10])?.upperBound ?? answer.endIndex
        return (status, Array(answer[bodyStart...]))
    }
}

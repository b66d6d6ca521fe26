import Foundation
import Glibc
import Synchronization

/// A real HTTP receiver for webhooks on 127.0.0.1 (port picked by the kernel): records every
/// request it answers, and can be scripted to be down (connection refused), answer an error
/// (500, or 429 with `Retry-After`), or answer slowly.
public final class WebhookReceiver: Sendable {
    /// How the receiver answers.
    public enum Behaviour: Sendable, Equatable {
        /// `200 OK`.
        case accept
        /// `status`, with `Retry-After: retryAfter` when given.
        case fail(status: Int, retryAfter: String?)
        /// `200 OK` after `seconds`.
        case slow(seconds: Double)
        /// The status of the same request passed on to 127.0.0.1:`port` (a real Alertmanager
        /// behind a receiver that can be ``down()``).
        case forward(port: Int)
    }

    /// One request as received.
    public struct Received: Sendable {
        /// The method.
        public var method: String
        /// The path.
        public var path: String
        /// Header values by lowercased name.
        public var headers: [String: String]
        /// The body.
        public var body: [UInt8]
        /// The status answered.
        public var status: Int

        /// The body as a JSON object or array.
        public var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }
    }

    struct State {
        var listener: Int32 = -1
        var behaviours: [Behaviour] = []
        var fallback: Behaviour = .accept
        var received: [Received] = []
        var connections: [Int32] = []
        var threads: [JoinableThread] = []
        var stopped = false
    }

    /// The port.
    public let port: Int
    let state = Mutex(State())

    /// The receiver's URL for `path`.
    public func url(_ path: String = "/hook") -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Binds a free port on 127.0.0.1 and starts answering with `.accept`.
    ///
    /// - Throws: `TestSupportError` when the socket cannot be bound or a thread not started.
    public init() throws {
        let listener = try ListeningSocket()
        port = listener.port
        try start(listener.descriptor)
    }

    deinit { stop() }

    /// Answers the next requests with `behaviours`, in order, then with `fallback`.
    public func script(_ behaviours: [Behaviour], then fallback: Behaviour = .accept) {
        state.withLock {
            $0.behaviours = behaviours
            $0.fallback = fallback
        }
    }

    /// Every request answered so far.
    public var received: [Received] { state.withLock { $0.received } }

    /// Requests answered with 2xx.
    public var accepted: [Received] { received.filter { (200..<300).contains($0.status) } }

    /// Closes the port: connections are refused until ``up()``.
    public func down() {
        state.withLock { state in
            if state.listener >= 0 {
                shutdown(state.listener, Int32(SHUT_RDWR))
                close(state.listener)
                state.listener = -1
            }
            for connection in state.connections { shutdown(connection, Int32(SHUT_RDWR)) }
        }
    }

    /// Listens again on the same port.
    ///
    /// - Throws: `TestSupportError` if the port cannot be bound again.
    public func up() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        var reuse: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        let bound = LoopbackPort.withAddress(port: port) { bind(descriptor, $0, $1) }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let code = errno
            close(descriptor)
            throw TestSupportError(
                code: .bind,
                message: "cannot listen on port \(port) again: \(String(cString: strerror(code)))",
                systemError: code
            )
        }
        try start(descriptor)
    }

    /// Stops for good and joins every thread.
    public func stop() {
        down()
        let threads = state.withLock { state in
            state.stopped = true
            defer { state.threads = [] }
            return state.threads
        }
        for thread in threads { thread.join() }
    }

    private func start(_ descriptor: Int32) throws {
        state.withLock { $0.listener = descriptor }
        let thread = try JoinableThread.spawn { [self] in acceptLoop(descriptor) }
        state.withLock { $0.threads.append(thread) }
    }

    private func acceptLoop(_ listener: Int32) {
        // Ends when the listener is closed (down or stop): accept then fails with EBADF/EINVAL.
        while !state.withLock({ $0.stopped || $0.listener != listener }) {
            var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            let thread = try? JoinableThread.spawn { [self] in
                serve(connection)
                state.withLock { $0.connections.removeAll { $0 == connection } }
                close(connection)
            }
            state.withLock { state in
                state.connections.append(connection)
                if let thread { state.threads.append(thread) }
            }
        }
    }

    private func serve(_ descriptor: Int32) {
        let socket = ConnectionSocket(descriptor: descriptor)
        var reader = RequestReader(socket: socket)
        for _ in 0..<10_000 {
            guard case .request(let request) = reader.next() else { return }
            let behaviour = state.withLock { state in
                state.behaviours.isEmpty ? state.fallback : state.behaviours.removeFirst()
            }
            var status = 200
            var extra = ""
            switch behaviour {
            case .accept:
                break
            case .fail(let code, let retryAfter):
                status = code
                if let retryAfter { extra = "Retry-After: \(retryAfter)\r\n" }
            case .slow(let seconds):
                if socket.peerHungUp(waitingMilliseconds: Int32(seconds * 1000)) { return }
            case .forward(let port):
                status =
                    HTTPRelay.exchange(
                        method: request.method,
                        path: request.path,
                        contentType: request.headers["content-type"],
                        body: request.body,
                        port: port
                    )
                    .status
            }
            state.withLock {
                $0.received.append(
                    Received(
                        method: request.method,
                        path: request.path,
                        headers: request.headers,
                        body: request.body,
                        status: status
                    )
                )
            }
            let body = status < 300 ? "ok" : "error"
            let head =
                "HTTP/1.1 \(status) X\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\(extra)\r\n"
            guard socket.send(Array((head + body).utf8)) else { return }
        }
    }
}

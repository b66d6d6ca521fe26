import Glibc
import Synchronization

/// The state and threads behind one `ScriptedModelServer`: the accept thread, one thread per
/// connection, the policy and the requests seen.
///
/// The threads hold this object, never the public server, so dropping the last reference to the
/// server still runs its `deinit`, which stops everything.
final class ServerRuntime: Sendable {
    /// One accepted connection. Its descriptor is closed under the lock, so `stop()` never shuts
    /// down a descriptor number that has since been reused.
    struct Connection {
        /// The open descriptor; nil once the connection's thread has closed it.
        var socket: Int32?
        /// The thread serving it; nil once someone has taken it to join.
        var thread: JoinableThread?
        /// Whether the thread is done and can be joined without waiting.
        var finished = false
    }

    /// Everything the server's threads share.
    struct State {
        /// Decides each chat reply.
        var policy: ScriptedModelServer.Policy = ServerRuntime.defaultPolicy
        /// Every chat-completions request, in arrival order.
        var requests: [ChatRequestSeen] = []
        /// Set once by `stop()`.
        var stopped = false
        /// The accept thread, until `stop()` takes it to join.
        var acceptThread: JoinableThread?
        /// Open and finished-but-unjoined connections by id.
        var connections: [Int: Connection] = [:]
        /// The next connection's id, which is also how many were accepted.
        var nextConnectionID = 0
    }

    /// The policy of a new server, and of a stopped one.
    static let defaultPolicy: ScriptedModelServer.Policy = { _ in .answer("Yes.") }

    /// Requests served on one connection before the server closes it.
    static let maxRequestsPerConnection = 10_000

    /// The listening descriptor, closed by `stop()`.
    let listener: Int32
    /// The shared state; never held while calling the policy or blocking on a socket.
    let state = Mutex(State())

    /// Wraps a listening descriptor; `start()` begins accepting.
    init(listener: Int32) {
        self.listener = listener
    }

    /// Whether `stop()` has begun.
    var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// Starts the accept thread.
    ///
    /// - Throws: `TestSupportError` with code `thread` when no thread can be created.
    func start() throws {
        try state.withLock { state in
            state.acceptThread = try JoinableThread.spawn { [self] in acceptLoop() }
        }
    }

    /// Shuts down the listener and every connection, waits for their threads, closes the
    /// listener, and drops the policy (which may hold the server). Only the first call does the
    /// work; later calls return at once.
    func stop() {
        // The old policy comes out of the lock and is dropped there: releasing a policy that
        // captured the server runs the server's deinit, which calls stop() again.
        let (first, acceptThread, _) = state.withLock {
            state -> (Bool, JoinableThread?, ScriptedModelServer.Policy?) in
            guard !state.stopped else { return (false, nil, nil) }
            state.stopped = true
            let policy = state.policy
            state.policy = Self.defaultPolicy
            // shutdown(2) wakes a thread blocked in accept, recv or send on these sockets.
            shutdown(listener, Int32(SHUT_RDWR))
            for connection in state.connections.values {
                if let socket = connection.socket { shutdown(socket, Int32(SHUT_RDWR)) }
            }
            defer { state.acceptThread = nil }
            return (true, state.acceptThread, policy)
        }
        guard first else { return }
        acceptThread?.join()
        close(listener)
        // The accept thread has ended, so no connection can be added any more.
        let threads = state.withLock { state in
            let threads = state.connections.values.compactMap(\.thread)
            for id in state.connections.keys { state.connections[id]?.thread = nil }
            return threads
        }
        for thread in threads { thread.join() }
    }

    /// Accepts connections until `stop()`; each poll waits at most 200 ms, so the loop notices
    /// `stopped` even if shutting the listener down did not wake it.
    private func acceptLoop() {
        while !isStopped {
            var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, 200)
            let pollError = errno
            reapFinishedConnections()
            guard ready > 0 else {
                if ready < 0 && pollError != EINTR { return }
                continue
            }
            let descriptor = accept(listener, nil, nil)
            if descriptor >= 0 {
                // Glibc's module has no accept4; children the test starts must not inherit this.
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
                admit(descriptor)
                continue
            }
            switch errno {
            case EINTR, EAGAIN, ECONNABORTED, EPROTO:
                continue
            case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                usleep(10_000)
            default:
                return  // EINVAL once stop() has shut the listener down.
            }
        }
    }

    /// Registers a connection and starts its thread, or closes it when the server is stopping.
    private func admit(_ descriptor: Int32) {
        let admitted = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            let id = state.nextConnectionID
            let thread = try? JoinableThread.spawn { [self] in
                serve(ConnectionSocket(descriptor: descriptor))
                finish(id)
            }
            guard let thread else { return false }
            state.nextConnectionID += 1
            state.connections[id] = Connection(socket: descriptor, thread: thread)
            return true
        }
        if !admitted { close(descriptor) }
    }

    /// Closes a connection whose thread is done with it.
    private func finish(_ id: Int) {
        state.withLock { state in
            if let socket = state.connections[id]?.socket { close(socket) }
            state.connections[id]?.socket = nil
            state.connections[id]?.finished = true
        }
    }

    /// Joins the threads of finished connections so a long test does not pile them up.
    private func reapFinishedConnections() {
        let threads = state.withLock { state in
            let ids = state.connections.filter(\.value.finished).map(\.key)
            return ids.compactMap { state.connections.removeValue(forKey: $0)?.thread }
        }
        for thread in threads { thread.join() }
    }
}

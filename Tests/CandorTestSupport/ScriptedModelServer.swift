import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 that speaks enough of the OpenAI chat-completions,
/// Anthropic Messages and Gemini generateContent APIs for tests, answering each request as the
/// test's policy says, including faults (resets, truncated and trickled bodies, huge bodies,
/// statuses with `Retry-After`).
///
/// It serves `POST <prefix>/chat/completions`, `POST <prefix>/messages`,
/// `POST <prefix>/models/NAME:generateContent` (any prefix) and `GET <prefix>/models`, and 404 for
/// everything else. Connections are kept alive. The server runs from `init` until `stop()` or
/// until it is released; a policy that captures the server keeps it alive, so call `stop()`.
///
/// ```swift
/// let server = try ScriptedModelServer()
/// defer { server.stop() }
/// server.setPolicy { request in
///     request.lastUserContent == "Is water wet?" ? .answer("Yes.") : .status(429, body: "{}")
/// }
/// // point the client at server.baseURL
/// ```
public final class ScriptedModelServer: LoopbackEndpoint, Sendable {
    /// Decides the reply to one model request. Runs on the connection's thread, outside
    /// any lock, so it may block (briefly) or call the server's methods.
    public typealias Policy = @Sendable (ChatRequestSeen) -> ScriptedReply

    /// The port the server listens on.
    public let port: Int
    private let runtime: ServerRuntime

    /// The OpenAI-style base URL, `http://127.0.0.1:PORT/v1`.
    public var baseURL: String {
        "http://127.0.0.1:\(port)/v1"
    }

    /// Binds 127.0.0.1 on a port the kernel picks and starts serving; the policy answers "Yes.".
    ///
    /// - Throws: `TestSupportError` when the socket cannot be bound or the thread not started.
    public init() throws {
        let listener = try ListeningSocket()
        port = listener.port
        runtime = ServerRuntime(listener: listener.descriptor)
        do {
            try runtime.start()
        } catch {
            runtime.stop()
            throw error
        }
    }

    deinit {
        runtime.stop()
    }

    /// Replaces the policy; requests read after this call use the new one.
    public func setPolicy(_ policy: @escaping Policy) {
        runtime.state.withLock { $0.policy = policy }
    }

    /// Answers every request with `reply`.
    public func setReply(_ reply: ScriptedReply) {
        setPolicy { _ in reply }
    }

    /// Answers the requests that follow with `replies` in order, repeating the last one after
    /// that (for example a 503, then an answer). An empty list answers "Yes.".
    public func setReplies(_ replies: [ScriptedReply]) {
        let sequence = ReplySequence(replies)
        setPolicy { _ in sequence.next() }
    }

    /// Every model request received so far, in arrival order (including those whose body was not
    /// JSON).
    public var requests: [ChatRequestSeen] {
        runtime.state.withLock { $0.requests }
    }

    /// How many model requests have been received.
    public var requestCount: Int {
        runtime.state.withLock { $0.requests.count }
    }

    /// How many TCP connections the server has accepted, to check that a client reuses them.
    public var connectionCount: Int {
        runtime.state.withLock { $0.nextConnectionID }
    }

    /// Stops the server: closes the listener and every connection and waits for the server's
    /// threads. A reply still hanging ends at once. Safe to call more than once, from any thread.
    public func stop() {
        runtime.stop()
    }
}

/// The replies of `setReplies(_:)` and how many have been used.
private final class ReplySequence: Sendable {
    private let replies: [ScriptedReply]
    private let used = Atomic<Int>(0)

    init(_ replies: [ScriptedReply]) {
        self.replies = replies
    }

    func next() -> ScriptedReply {
        guard !replies.isEmpty else { return .answer("Yes.") }
        let index = used.add(1, ordering: .relaxed).oldValue
        return replies[min(index, replies.count - 1)]
    }
}

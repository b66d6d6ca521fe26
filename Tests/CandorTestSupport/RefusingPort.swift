import Glibc

/// A port on 127.0.0.1 that refuses every connection for as long as the value lives: bound but not listening, so
/// no server a concurrent test starts can take it. A stopped ``ScriptedModelServer``'s port can be handed to the
/// next test's server at once, and a request meant to be refused then reaches that server instead.
public final class RefusingPort: LoopbackEndpoint, Sendable {
    /// The refusing port.
    public let port: Int
    private let descriptor: Int32

    /// Binds a port the kernel picks, without listening.
    ///
    /// - Throws: `TestSupportError` when no socket can be bound.
    public init() throws {
        let socket = try ListeningSocket(listening: false)
        descriptor = socket.descriptor
        port = socket.port
    }

    deinit {
        close(descriptor)
    }

    /// An OpenAI-style base URL on the port, `http://127.0.0.1:PORT/v1`.
    public var baseURL: String {
        "http://127.0.0.1:\(port)/v1"
    }
}

/// Something on 127.0.0.1 a client under test is pointed at: a scripted server, or a port that refuses.
public protocol LoopbackEndpoint: Sendable {
    /// Its OpenAI-style base URL.
    var baseURL: String { get }
}

import Glibc

/// Ports on 127.0.0.1 for peers a test or benchmark starts itself (Alertmanager, nginx).
public enum LoopbackPort {
    /// A port the kernel just handed out and that is free again: bound, then released. Another process could
    /// take it in between, which on a test machine's loopback is rare.
    ///
    /// - Throws: `TestSupportError` when no socket can be bound.
    public static func free() throws -> Int {
        let socket = try ListeningSocket()
        close(socket.descriptor)
        return socket.port
    }
}

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

    /// Calls `body` with the socket address of 127.0.0.1:`port` and its length, for `bind` or
    /// `connect`.
    static func withAddress<T>(port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7f00_0001).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}

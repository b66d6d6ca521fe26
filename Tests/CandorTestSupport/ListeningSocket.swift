import Glibc

/// A TCP socket listening on 127.0.0.1 at a port the kernel picked.
struct ListeningSocket {
    /// The listening descriptor; `ServerRuntime` closes it when the server stops.
    let descriptor: Int32
    /// The port the kernel assigned.
    let port: Int

    /// Binds 127.0.0.1 port 0 and starts listening, or only binds it when `listening` is false: a bound port
    /// that does not listen refuses every connection, and no other socket can take it while it is held.
    ///
    /// - Throws: `TestSupportError` (`socket`, `bind` or `listen`) with the system's reason.
    init(listening: Bool = true) throws {
        // CLOEXEC: child processes a test starts (curl) must not inherit the port.
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else {
            throw Self.failure(.socket, "socket(AF_INET, SOCK_STREAM) failed", errno)
        }
        var reuse: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7f00_0001).bigEndian)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            throw Self.failure(.bind, "bind to 127.0.0.1 port 0 failed; is the loopback interface up?", code)
        }
        guard !listening || listen(descriptor, 128) == 0 else {
            let code = errno
            close(descriptor)
            throw Self.failure(.listen, "listen on 127.0.0.1 failed", code)
        }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else {
            let code = errno
            close(descriptor)
            throw Self.failure(.listen, "getsockname on the listening socket failed", code)
        }
        self.descriptor = descriptor
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    private static func failure(_ code: TestSupportError.Code, _ message: String, _ number: Int32) -> TestSupportError {
        TestSupportError(code: code, message: "\(message): \(String(cString: strerror(number)))", systemError: number)
    }
}

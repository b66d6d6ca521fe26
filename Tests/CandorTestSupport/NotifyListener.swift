import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Plays systemd's side of the notify protocol for tests: an `AF_UNIX` datagram socket with
/// `SO_PASSCRED`, so each message arrives with the sender's pid. Start the daemon with
/// `NOTIFY_SOCKET` set to ``path``.
public final class NotifyListener: Sendable {
    /// One datagram.
    public struct Message: Sendable, Hashable {
        /// The text, such as `READY=1\nSTATUS=...`.
        public var text: String
        /// The sender's pid, from the kernel's credentials.
        public var pid: Int32

        /// The `KEY=value` assignments of the message.
        public var fields: [String: String] {
            var result: [String: String] = [:]
            for line in text.split(separator: "\n") {
                guard let equals = line.firstIndex(of: "=") else { continue }
                result[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
            return result
        }
    }

    /// The socket's path, for `NOTIFY_SOCKET`.
    public let path: String
    private let descriptor: Int32
    private final class Shared: Sendable {
        let received = Mutex<[Message]>([])
        let stopped = Atomic<Bool>(false)
    }

    private let shared = Shared()
    private let reader: JoinableThread

    /// Binds a socket at `path` and starts reading.
    ///
    /// - Throws: ``TestSupportError`` when the socket cannot be created or bound.
    public init(path: String) throws {
        self.path = path
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw TestSupportError(code: .socket, message: "socket(AF_UNIX) failed", systemError: errno)
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw TestSupportError(code: .bind, message: "socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            let error = errno
            close(fd)
            throw TestSupportError(code: .bind, message: "cannot bind \(path)", systemError: error)
        }
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &on, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        descriptor = fd
        let shared = self.shared
        reader = try JoinableThread.spawn {
            while !shared.stopped.load(ordering: .relaxed) {
                if let message = Self.receive(fd) {
                    shared.received.withLock { $0.append(message) }
                }
            }
        }
    }

    deinit {
        stop()
    }

    /// Every message received so far, in order.
    public var messages: [Message] {
        shared.received.withLock { $0 }
    }

    /// Waits up to `timeout` for a message that `matches`; returns it, or nil.
    public func waitFor(timeout: Duration, _ matches: (Message) -> Bool) async throws -> Message? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let found = messages.first(where: matches) { return found }
            try await Task.sleep(for: .milliseconds(20))
        }
        return messages.first(where: matches)
    }

    /// Stops reading and removes the socket. Idempotent.
    public func stop() {
        guard !shared.stopped.exchange(true, ordering: .relaxed) else { return }
        reader.join()
        close(descriptor)
        unlink(path)
    }

    private static func receive(_ fd: Int32) -> Message? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var control = [UInt8](repeating: 0, count: 64)
        return buffer.withUnsafeMutableBytes { data in
            control.withUnsafeMutableBytes { controlBytes in
                var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
                return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var header = msghdr()
                    header.msg_iov = vectorPointer
                    header.msg_iovlen = 1
                    header.msg_control = controlBytes.baseAddress
                    header.msg_controllen = controlBytes.count
                    let count = recvmsg(fd, &header, 0)
                    guard count > 0 else { return nil }
                    // One SCM_CREDENTIALS control message: a cmsghdr (size_t len, int level,
                    // int type), then struct ucred { pid_t pid; uid_t uid; gid_t gid; }.
                    var pid: Int32 = -1
                    let headerSize = MemoryLayout<Int>.size + 2 * MemoryLayout<Int32>.size
                    if header.msg_controllen >= headerSize + 4 {
                        let type = controlBytes.load(fromByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self)
                        if type == 2 {  // SCM_CREDENTIALS, not exported to Swift by Glibc
                            pid = controlBytes.load(fromByteOffset: headerSize, as: Int32.self)
                        }
                    }
                    let text = String(decoding: UnsafeRawBufferPointer(rebasing: data[0..<count]), as: UTF8.self)
                    return Message(text: text, pid: pid)
                }
            }
        }
    }
}

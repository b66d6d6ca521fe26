import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Speaks systemd's notify protocol (`Type=notify`) without libsystemd: datagrams such as
/// `READY=1` sent to the socket named by `$NOTIFY_SOCKET` (a path, or an abstract name
/// written as `@name`). Without `$NOTIFY_SOCKET` every call does nothing.
public struct SystemdNotifier: Sendable {
    private let address: String?
    /// How often to send `WATCHDOG=1`: half of `$WATCHDOG_USEC`, or nil when systemd set no
    /// watchdog (or set it for another process, per `$WATCHDOG_PID`).
    public let watchdogInterval: Duration?

    /// Reads `$NOTIFY_SOCKET`, `$WATCHDOG_USEC` and `$WATCHDOG_PID` from `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let socket = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        address = socket
        if socket != nil, let usec = environment["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0,
            environment["WATCHDOG_PID"].flatMap(Int32.init).map({ $0 == getpid() }) ?? true
        {
            watchdogInterval = .microseconds(usec / 2)
        } else {
            watchdogInterval = nil
        }
    }

    /// Whether a notify socket is configured.
    public var isEnabled: Bool { address != nil }

    /// `READY=1` with a status line.
    public func ready(status: String) {
        send("READY=1\nSTATUS=\(status)")
    }

    /// `STATUS=` with a one-line summary.
    public func status(_ line: String) {
        send("STATUS=\(line)")
    }

    /// `WATCHDOG=1`.
    public func watchdog() {
        send("WATCHDOG=1")
    }

    /// `RELOADING=1` with `MONOTONIC_USEC`, as systemd expects from `Type=notify-reload` services
    /// and accepts from `Type=notify` ones.
    public func reloading() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let usec = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
        send("RELOADING=1\nMONOTONIC_USEC=\(usec)\nSTATUS=reloading configuration")
    }

    /// `STOPPING=1`.
    public func stopping() {
        send("STOPPING=1\nSTATUS=stopping: draining trials in flight")
    }

    /// Sends one datagram; failures are ignored, as systemd's own client does.
    public func send(_ message: String) {
        guard let address else { return }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var storage = sockaddr_un()
        storage.sun_family = sa_family_t(AF_UNIX)
        var path = Array(address.utf8)
        let abstract = path.first == UInt8(ascii: "@")
        if abstract { path[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: storage.sun_path)
        guard path.count < capacity else { return }
        withUnsafeMutableBytes(of: &storage.sun_path) { bytes in
            bytes.copyBytes(from: path)
        }
        // An abstract name's length is exact; a path's includes its terminating NUL.
        let length = MemoryLayout<sa_family_t>.size + path.count + (abstract ? 0 : 1)
        let bytes = Array(message.utf8)
        _ = withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bytes.withUnsafeBytes { buffer in
                    sendto(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL), address, socklen_t(length))
                }
            }
        }
    }
}

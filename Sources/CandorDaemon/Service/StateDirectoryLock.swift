import Foundation

/// Keeps a second daemon off a state directory: `candor run` holds an exclusive `flock(2)` on
/// `state_dir/candor.lock` for its whole life, with its PID written inside. Two daemons on one state
/// database would double every trial, race on the outbox and send every alert twice. The kernel drops
/// the lock when the process exits, however it exits, so a crash never leaves a stale lock behind.
public final class StateDirectoryLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock of `directory`.
    ///
    /// - Throws: ``StateDirectoryLockError`` naming the PID of the daemon that holds it, or why the
    ///   lock file cannot be opened.
    public init(directory: String) throws(StateDirectoryLockError) {
        path = (directory as NSString).appendingPathComponent("candor.lock")
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StateDirectoryLockError(path: path, holder: nil, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = String(cString: strerror(errno))
            let holder = Self.recordedPID(descriptor)
            close(descriptor)
            throw StateDirectoryLockError(path: path, holder: holder, reason: reason)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Releases the lock (the process exiting does the same).
    public func release() {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }

    private static func recordedPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Another daemon holds the state directory, or its lock file cannot be opened.
public struct StateDirectoryLockError: Error, Sendable, CustomStringConvertible {
    /// The lock file.
    public var path: String
    /// The PID of the daemon that holds the lock, when it could be read.
    public var holder: Int32?
    /// The system's reason.
    public var reason: String

    /// What happened and what to do.
    public var description: String {
        guard let holder else {
            return "cannot lock \(path): \(reason); check the state directory is writable by this user"
        }
        return "another candor (PID \(holder)) is already running on this state directory (\(path) is locked); "
            + "stop it first (systemctl stop candor), or give this one its own state_dir"
    }
}

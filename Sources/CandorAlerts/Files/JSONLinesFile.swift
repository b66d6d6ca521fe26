import CandorCore
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// An append-only JSON Lines file: each record is encoded, then written whole with one
/// `write(2)` on a descriptor opened with `O_APPEND`, so a reader following the file with
/// `tail -F` never sees half a line, and concurrent writers never interleave within a line.
///
/// With a ``RotationPolicy`` the file is renamed (never copied and truncated) when it grows too
/// large or too old, under the same lock as the writes, so no record straddles two files.
/// ``reopen()`` serves logrotate's `postrotate` (SIGUSR1).
public final class JSONLinesFile: Sendable {
    struct State {
        var descriptor: Int32
        var size: Int
        var openedAt: Date
    }

    /// The file's path.
    public let path: String
    /// When the file is rotated.
    public let rotation: RotationPolicy
    let state: Mutex<State>
    /// Where rotated files are compressed and pruned: a thread of its own, never the cooperative
    /// pool the writer runs on (gzip of a 16 MiB file holds a thread for about half a second).
    private let tidier = DispatchQueue(label: "candor.rotated-files")
    let now: @Sendable () -> Date

    /// Opens (creating if needed, mode 0640) `path` for appending; creates missing parent
    /// directories, and compresses rotated files a crash left uncompressed.
    ///
    /// - Throws: ``FileError`` naming the path and the system's reason.
    public init(
        path: String,
        rotation: RotationPolicy = .never,
        now: @escaping @Sendable () -> Date = CandorClock.system.now
    ) throws(FileError) {
        self.path = path
        self.rotation = rotation
        self.now = now
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw FileError(
                    path: directory,
                    operation: "create the directory",
                    reason: "\(error.localizedDescription)"
                )
            }
        }
        let opened = try Self.openForAppending(path)
        let started = RotatedFiles(path: path).newest()?.rotatedAt ?? now()
        self.state = Mutex(State(descriptor: opened.descriptor, size: opened.size, openedAt: min(started, now())))
        if rotation != .never { tidy() }
    }

    deinit {
        state.withLock { state in
            if state.descriptor >= 0 { Glibc.close(state.descriptor) }
        }
    }

    /// Appends `record` as one line.
    ///
    /// - Throws: ``FileError`` if encoding, writing or rotating fails.
    public func append(_ record: some Encodable) throws(FileError) {
        var line: Data
        do {
            line = try RecordCodec.encoder().encode(record)
        } catch {
            throw FileError(path: path, operation: "encode a record", reason: "\(error)")
        }
        line.append(UInt8(ascii: "\n"))
        try appendLine(Array(line))
    }

    /// Appends `line`, which must be one whole line ending in a newline.
    ///
    /// - Throws: ``FileError`` if writing or rotating fails.
    public func appendLine(_ line: [UInt8]) throws(FileError) {
        let result: Result<String?, FileError> = state.withLock { state in
            do throws(FileError) {
                var rotated: String?
                if shouldRotate(state, adding: line.count) {
                    rotated = try rotate(&state)
                }
                try Self.write(line, to: state.descriptor, path: path)
                state.size += line.count
                return .success(rotated)
            } catch {
                return .failure(error)
            }
        }
        if case .success(.some) = result { tidy() }
        _ = try result.get()
    }

    /// Closes the descriptor and opens the path again, for log rotation done by someone else
    /// (logrotate's `postrotate` sends SIGUSR1).
    ///
    /// - Throws: ``FileError`` if the path cannot be opened; the old descriptor stays in use then.
    public func reopen() throws(FileError) {
        let opened = try Self.openForAppending(path)
        state.withLock { state in
            if state.descriptor >= 0 { Glibc.close(state.descriptor) }
            state = State(descriptor: opened.descriptor, size: opened.size, openedAt: now())
        }
    }

    /// Waits until the files of the rotations so far are compressed and pruned (blocking the
    /// calling thread; for shutdown and tests).
    public func waitForTidying() {
        tidier.sync {}
    }

    /// Waits until the rotated files are compressed and pruned, then flushes the file to stable
    /// storage and closes it; later appends fail.
    public func close() {
        waitForTidying()
        state.withLock { state in
            guard state.descriptor >= 0 else { return }
            fsync(state.descriptor)
            Glibc.close(state.descriptor)
            state.descriptor = -1
        }
    }

    private func shouldRotate(_ state: State, adding count: Int) -> Bool {
        guard state.size > 0 else { return false }
        if let maxBytes = rotation.maxBytes, state.size + count > maxBytes { return true }
        if let maxAge = rotation.maxAge, now().timeIntervalSince(state.openedAt) >= maxAge.timeInterval { return true }
        return false
    }

    /// Renames the current file to its rotated name and opens a new one; returns the new name.
    private func rotate(_ state: inout State) throws(FileError) -> String {
        let target = RotatedFiles(path: path).freshName(at: now())
        guard rename(path, target) == 0 else {
            throw FileError(path: path, operation: "rotate (rename) the file", reason: String(cString: strerror(errno)))
        }
        let opened = try Self.openForAppending(path)
        Glibc.close(state.descriptor)
        state = State(descriptor: opened.descriptor, size: opened.size, openedAt: now())
        return target
    }

    /// Compresses rotated files not yet compressed and deletes those past the keep limits, on
    /// ``tidier``, in the order of the rotations. Failures here never fail a write: the next
    /// rotation tries again.
    private func tidy() {
        tidier.async { [self] in tidyNow() }
    }

    private func tidyNow() {
        let files = RotatedFiles(path: path)
        if rotation.compress {
            for plain in files.list() where !plain.compressed {
                try? Gzip.compress(plain.path, to: plain.path + ".gz")
            }
        }
        files.prune(keep: rotation.keep, keepFor: rotation.keepFor, now: now())
    }

    private static func openForAppending(_ path: String) throws(FileError) -> (descriptor: Int32, size: Int) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw FileError(path: path, operation: "open for appending", reason: String(cString: strerror(errno)))
        }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        return (fd, size)
    }

    private static func write(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileError) {
        guard fd >= 0 else { throw FileError(path: path, operation: "append a record", reason: "the file is closed") }
        var offset = 0
        var attempts = 0
        while offset < bytes.count {
            attempts += 1
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR && attempts < 100 { continue }
                throw FileError(path: path, operation: "append a record", reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// A file that could not be opened, written or rotated.
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The file or directory.
    public var path: String
    /// What was being done.
    public var operation: String
    /// The system's reason.
    public var reason: String

    /// Creates an error.
    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// `cannot OPERATION PATH: REASON`.
    public var description: String {
        "cannot \(operation) \(path): \(reason); check the directory exists and is writable by this user"
    }
}

import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// An append-only JSON Lines file: each record is encoded, then written whole with one
/// `write(2)` on a descriptor opened with `O_APPEND`, so a reader following the file with
/// `tail -F` never sees half a line, and concurrent writers never interleave within a line.
public final class JSONLinesFile: Sendable {
    /// The file's path.
    public let path: String
    private let descriptor: Mutex<Int32>

    /// Opens (creating if needed, mode 0640) `path` for appending; creates missing parent
    /// directories.
    ///
    /// - Throws: ``FileError`` naming the path and the system's reason.
    public init(path: String) throws(FileError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw FileError(path: directory, operation: "create the directory", reason: "\(error.localizedDescription)")
            }
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw FileError(path: path, operation: "open for appending", reason: String(cString: strerror(errno)))
        }
        self.descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { fd in
            if fd >= 0 { Glibc.close(fd) }
        }
    }

    /// Appends `record` as one line.
    ///
    /// - Throws: ``FileError`` if encoding or writing fails.
    public func append(_ record: some Encodable) throws(FileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        var line: Data
        do {
            line = try encoder.encode(record)
        } catch {
            throw FileError(path: path, operation: "encode a record", reason: "\(error)")
        }
        line.append(UInt8(ascii: "\n"))
        try write(Array(line))
    }

    /// Flushes the file to stable storage and closes it; later appends fail.
    public func close() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            fsync(fd)
            Glibc.close(fd)
            fd = -1
        }
    }

    private func write(_ bytes: [UInt8]) throws(FileError) {
        let failure: String? = descriptor.withLock { fd in
            guard fd >= 0 else { return "the file is closed" }
            var offset = 0
            var attempts = 0
            while offset < bytes.count {
                attempts += 1
                let written = bytes.withUnsafeBytes { buffer in
                    Glibc.write(fd, buffer.baseAddress! + offset, bytes.count - offset)
                }
                if written < 0 {
                    if errno == EINTR && attempts < 100 { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if let failure {
            throw FileError(path: path, operation: "append a record", reason: failure)
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

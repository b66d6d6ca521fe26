import CZlib
import Foundation

/// gzip compression of whole files through the system's zlib.
public enum Gzip {
    /// Compresses `source` into `destination` (written as `destination.tmp`, synced, then renamed,
    /// so a crash never leaves a truncated `.gz`), then deletes `source`.
    ///
    /// - Throws: ``FileError`` naming the file that could not be read or written.
    public static func compress(_ source: String, to destination: String) throws(FileError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else {
            throw FileError(path: source, operation: "open for compression", reason: String(cString: strerror(errno)))
        }
        defer { close(input) }
        let temporary = destination + ".tmp"
        guard let output = gzopen(temporary, "wb6") else {
            throw FileError(path: temporary, operation: "create", reason: String(cString: strerror(errno)))
        }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        var failure: String?
        // Ends at end of file: each pass reads at least one byte or stops.
        while failure == nil {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else if count == 0 {
                break
            } else if buffer.withUnsafeBytes({ gzwrite(output, $0.baseAddress!, UInt32(count)) }) != count {
                failure = "gzwrite failed"
            }
        }
        if gzclose(output) != Z_OK, failure == nil {
            failure = "gzclose failed (disk full?)"
        }
        if let failure {
            unlink(temporary)
            throw FileError(path: destination, operation: "compress into", reason: failure)
        }
        syncFile(temporary)
        guard rename(temporary, destination) == 0 else {
            throw FileError(
                path: destination,
                operation: "rename the compressed file to",
                reason: String(cString: strerror(errno))
            )
        }
        unlink(source)
    }

    /// The decompressed bytes of the gzip file at `path`.
    ///
    /// - Throws: ``FileError`` if it cannot be read or is not gzip.
    public static func decompress(_ path: String) throws(FileError) -> Data {
        guard let file = gzopen(path, "rb") else {
            throw FileError(path: path, operation: "open", reason: String(cString: strerror(errno)))
        }
        defer { gzclose(file) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        // Ends at end of file: each pass reads at least one byte or stops.
        while true {
            let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress!, UInt32($0.count)) }
            if count < 0 { throw FileError(path: path, operation: "decompress", reason: "not a valid gzip file") }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<Int(count)])
        }
    }

    private static func syncFile(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}

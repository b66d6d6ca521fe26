import Foundation

/// The lines of a file, of standard input, or of bytes in memory, read in chunks, without their
/// line ends (`\n` or `\r\n`). Time is linear in the input however long its lines: each byte is
/// searched once and moved at most once more.
public struct LineReader {
    /// Where the bytes come from.
    private enum Source {
        case handle(FileHandle)
        case memory
    }

    private let source: Source
    /// The input's name in errors: its path, or "stdin".
    public let name: String
    private var buffer: [UInt8]
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// How far past `start` has been searched for a newline without finding one.
    private var searched = 0
    private var finished: Bool
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    private static let chunkSize = 1 << 20

    /// The lines of `handle`; `name` says which file it is in errors.
    public init(handle: FileHandle, name: String) {
        source = .handle(handle)
        self.name = name
        buffer = []
        finished = false
    }

    /// The lines of `bytes` (a decompressed file, a test's input).
    public init(bytes: [UInt8], name: String) {
        source = .memory
        self.name = name
        buffer = bytes
        finished = true
    }

    /// The lines of the file at `path`, or of standard input for "-".
    ///
    /// - Throws: ``InputError`` if the file cannot be opened or is a directory.
    public init(path: String) throws(InputError) {
        guard path != "-" else {
            self.init(handle: .standardInput, name: "stdin")
            return
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(file: path, line: nil, "cannot open it for reading: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputError(file: path, line: nil, "is a directory, not a file")
        }
        self.init(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), name: path)
    }

    /// The next line, without its line end; `nil` at the end of the input. A last line without a
    /// newline is still a line.
    ///
    /// - Throws: ``InputError`` if reading fails.
    public mutating func next() throws(InputError) -> String? {
        while true {
            if let newline = newlineIndex(from: start + searched) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                searched = 0
                lineNumber += 1
                return line
            }
            searched = buffer.count - start
            if finished {
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = buffer.count
                searched = 0
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    /// The index of the first newline at or after `from`, found with `memchr` (a byte loop is
    /// ten times slower in a debug build).
    private func newlineIndex(from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard from < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Reads the next chunk, first dropping what has been returned once that is at least half the
    /// buffer, so that bytes are moved a bounded number of times in all.
    private mutating func fill() throws(InputError) {
        guard case .handle(let handle) = source else {
            finished = true
            return
        }
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw InputError(file: name, line: nil, "cannot be read: \(error.localizedDescription)")
        }
        guard let chunk, !chunk.isEmpty else {
            finished = true
            return
        }
        buffer.append(contentsOf: chunk)
    }
}

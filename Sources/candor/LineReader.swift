import Foundation

/// The lines of a file (or stdin for "-"), read in chunks, without their newlines.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var finished = false

    /// The lines of `handle`; standard input by default.
    init(handle: FileHandle = .standardInput) {
        self.handle = handle
    }

    /// The lines of the file at `path`, or of standard input for "-"; nil if the file cannot be opened.
    init?(path: String) {
        guard path != "-" else {
            self.init()
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.init(handle: handle)
    }

    /// The next line, without its newline; nil at the end of the input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return String(decoding: buffer[start..<newline], as: UTF8.self)
            }
            if finished {
                guard start < buffer.endIndex else { return nil }
                defer { start = buffer.endIndex }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            // Keep only the unfinished line, so each byte is moved at most once per chunk.
            buffer = Data(buffer[start...])
            start = buffer.startIndex
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}

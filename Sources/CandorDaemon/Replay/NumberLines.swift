import Foundation

/// The input of `candor detect`: one number per line (0/1 for a yes/no signal, decimals for a
/// continuous one), counted as samples. Blank lines are skipped, `\r\n` line ends and spaces
/// around a number are accepted; anything else on a line stops the input with that line's number,
/// since a detector fed a stream with a hole in it would report alarms at wrong indices.
public struct NumberLines {
    /// The 0-based index of the last sample returned.
    public private(set) var index = -1
    private var lines: LineReader

    /// The numbers of `lines`.
    public init(_ lines: LineReader) {
        self.lines = lines
    }

    /// The next number; `nil` at the end of the input.
    ///
    /// - Throws: ``InputError`` with the line number for a line that is not a finite number, or
    ///   if reading fails.
    public mutating func next() throws(InputError) -> Double? {
        while let text = try lines.next() {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let value = Double(trimmed), value.isFinite else {
                let shown = trimmed.count > 40 ? trimmed.prefix(37) + "..." : trimmed
                throw InputError(file: lines.name, line: lines.lineNumber, "'\(shown)' is not a finite number")
            }
            index += 1
            return value
        }
        return nil
    }
}

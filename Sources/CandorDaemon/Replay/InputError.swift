import Foundation

/// An input file of `candor replay` or `candor detect` that cannot be read, or one of its lines
/// that cannot be used: where (file, and line when known) and why.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file as the user named it ("stdin" for standard input).
    public var file: String
    /// The 1-based line, when the problem is in one line.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` for the whole file.
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

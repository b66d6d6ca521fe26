/// One problem found in a config or rule file, at a position a user can jump to.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates a diagnostic at `location`.
    public init(at location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    /// `file:line:col: message`, the form editors and CI annotate.
    public var description: String {
        "\(file):\(line):\(column): \(message)"
    }
}

/// A position in a file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// Every problem found while loading files. Loading reports all of them at once, so a user
/// fixes a file in one pass; nothing with a problem is ever half-loaded.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column)
        }
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics while a file is read.
public struct DiagnosticLog: Sendable {
    /// What has been found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Records a problem at `location`.
    public mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(at: location, message))
    }

    /// Records problems found elsewhere.
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Whether anything was recorded.
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Throws everything recorded, if anything was.
    ///
    /// - Throws: ``DiagnosticsError`` when the log is not empty.
    public func throwIfAny() throws(DiagnosticsError) {
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
    }
}

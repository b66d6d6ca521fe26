import InMemoryLogging
import Logging

/// What Candor's tests ask of swift-log's in-memory handler: a logger that keeps every level, and
/// everything logged as text to search for a leaked secret.
///
/// ```swift
/// let logs = InMemoryLogHandler()
/// let logger = logs.logger(label: "test")
/// // ... run code with `logger` ...
/// #expect(!logs.text.contains(secret))
/// ```
extension InMemoryLogHandler {
    /// A logger that writes to this handler's entries at `trace` level (the handler's own default
    /// is `info`), so a test sees the debug and trace records too.
    public func logger(label: String) -> Logger {
        var handler = self
        handler.logLevel = .trace
        return Logger(label: label) { _ in handler }
    }

    /// Every entry as a line, joined by newlines: what a test searches for a leak.
    public var text: String {
        entries.map(\.line).joined(separator: "\n")
    }
}

extension InMemoryLogHandler.Entry {
    /// The entry as one line: level, message, the error if one was logged, and the metadata as
    /// `key=value` sorted by key.
    public var line: String {
        let pairs = metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let error = self.error.map { ["error=\($0)"] } ?? []
        return ([level.rawValue, message.description] + error + pairs).joined(separator: " ")
    }
}

import Logging
import Synchronization

/// A swift-log handler that keeps every record in memory, so a test can read what was logged
/// (like swift-log's own `InMemoryLogHandler`).
///
/// ```swift
/// let logs = LogRecords()
/// let logger = logs.logger(label: "test")
/// // ... run code with `logger` ...
/// #expect(!logs.text.contains(secret))
/// ```
public struct InMemoryLogHandler: LogHandler {
    /// Records below this level are dropped; `trace` by default, so a test sees everything.
    public var logLevel: Logger.Level = .trace
    /// Metadata attached to every record of this handler.
    public var metadata: Logger.Metadata = [:]
    /// Provides task-local metadata, if set.
    public var metadataProvider: Logger.MetadataProvider?
    private let records: LogRecords

    /// Creates a handler that appends to `records`.
    public init(records: LogRecords) {
        self.records = records
    }

    /// One metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Stores the record with the handler's, the provider's and the call's metadata merged.
    public func log(event: LogEvent) {
        var merged = metadata
        merged.merge(metadataProvider?.get() ?? [:]) { _, new in new }
        merged.merge(event.metadata ?? [:]) { _, new in new }
        records.append(LogRecords.Record(level: event.level, message: event.message.description, metadata: merged))
    }
}

/// The records an ``InMemoryLogHandler`` kept, shared by every logger made from it.
public final class LogRecords: Sendable {
    /// One log record.
    public struct Record: Sendable {
        /// The level.
        public var level: Logger.Level
        /// The message text.
        public var message: String
        /// Every metadata value, merged.
        public var metadata: Logger.Metadata

        /// The record as one line: level, message, and metadata as `key=value`.
        public var line: String {
            let pairs = metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return ([level.rawValue, message] + pairs).joined(separator: " ")
        }
    }

    private let stored = Mutex<[Record]>([])

    /// Creates an empty store.
    public init() {}

    /// A logger at `trace` level that writes here.
    public func logger(label: String) -> Logger {
        Logger(label: label) { _ in InMemoryLogHandler(records: self) }
    }

    /// Every record so far, in order.
    public var records: [Record] {
        stored.withLock { $0 }
    }

    /// Every record as a line, joined by newlines: what a test searches for a leak.
    public var text: String {
        records.map(\.line).joined(separator: "\n")
    }

    func append(_ record: Record) {
        stored.withLock { $0.append(record) }
    }
}

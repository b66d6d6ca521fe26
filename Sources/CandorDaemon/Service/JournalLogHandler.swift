import Foundation
import Logging
import Synchronization

/// Operator logs on stderr, one line per record: with `<N>` syslog priority prefixes that
/// journald turns into levels when running under systemd, or with a timestamp for a terminal.
/// Metadata follows the message as `key=value` pairs.
public struct JournalLogHandler: LogHandler {
    /// The line format.
    public enum Style: Sendable {
        /// `<6>message key=value`.
        case journal
        /// `2026-11-29T06:27:09Z info message key=value`.
        case text
    }

    private let label: String
    private let style: Style
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private static let lock = Mutex(())

    /// Creates a handler.
    public init(label: String, style: Style, level: Logger.Level) {
        self.label = label
        self.style = style
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let pairs = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote("\($0.value)"))" }
        // Messages and metadata carry text from models and peers: escaped, so a record stays one
        // line and cannot smuggle terminal escapes or fake records into the journal.
        let text = ([event.message.description] + pairs).joined(separator: " ").escapingControlCharacters()
        let line: String
        switch style {
        case .journal:
            line = "<\(Self.priority(event.level))>\(text)\n"
        case .text:
            // The system's clock, not the daemon's injected one: swift-log bootstraps this handler for the whole
            // process before `candor run` builds its clock, and a terminal line says when it was written.
            line = "\(Date().formatted(.iso8601)) \(event.level) \(text)\n"
        }
        Self.lock.withLock { _ in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// The syslog priority of `level`, as journald reads it.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    private static func quote(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" })
            ? "\"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"" : value
    }
}

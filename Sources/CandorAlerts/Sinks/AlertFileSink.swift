import CandorCore
import Foundation

/// Appends alerts to a JSON Lines file (`alerts.jsonl`), one record per line, rotated per its
/// ``RotationPolicy``.
public struct AlertFileSink: AlertSink {
    private let file: JSONLinesFile
    /// The sink's name.
    public let name: String

    /// Opens the sink's file for appending; `now` reads the time of rotations.
    ///
    /// - Throws: ``FileError`` if the file cannot be opened.
    public init(
        path: String,
        name: String? = nil,
        rotation: RotationPolicy = .never,
        now: @escaping @Sendable () -> Date = CandorClock.system.now
    ) throws(FileError) {
        self.file = try JSONLinesFile(path: path, rotation: rotation, now: now)
        self.name = name ?? "file:\(path)"
    }

    /// The file's path.
    public var path: String { file.path }

    /// One alert per line: never grouped.
    public var groupsAlerts: Bool { false }

    /// Writes `alert` as one line.
    ///
    /// - Throws: ``FileError`` if the write fails.
    public func deliver(_ alert: Alert) throws(FileError) {
        try file.append(alert)
    }

    /// Writes each alert of `notification` as one line.
    public func send(_ notification: AlertNotification) async -> DeliveryOutcome {
        do {
            for alert in notification.alerts { try file.append(alert) }
            return .delivered
        } catch {
            return .retry(after: nil, reason: "\(error)")
        }
    }

    /// Reopens the file (after an external rotation).
    ///
    /// - Throws: ``FileError`` if the path cannot be opened.
    public func reopen() throws(FileError) {
        try file.reopen()
    }

    /// Flushes and closes the file.
    public func close() {
        file.close()
    }
}

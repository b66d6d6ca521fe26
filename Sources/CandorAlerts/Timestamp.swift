import Foundation

/// RFC 3339 timestamps in UTC with milliseconds, as every record writes them.
public enum Timestamp {
    /// `2026-11-29T06:27:09.123Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        )
    }
}

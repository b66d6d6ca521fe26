import Foundation

/// RFC 3339 timestamps in UTC with milliseconds, as every record writes them.
public enum Timestamp {
    /// `2026-11-29T06:27:09.123Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        )
    }

    /// Parses a timestamp as ``format(_:)`` writes it, or without the fraction; nil if it is neither.
    public static func parse(_ text: String) -> Date? {
        let utc = TimeZone(identifier: "UTC")!
        return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: utc).parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: utc).parse(text))
    }
}

import Foundation

/// RFC 3339 timestamps in UTC with milliseconds, as every record writes them.
public enum Timestamp {
    /// `2026-11-29T06:27:09.123Z`, to the nearest millisecond.
    ///
    /// The milliseconds are written from the rounded count rather than by the date formatter, which cuts
    /// the fraction off: a parsed `.055` is stored as `.05499…`, so a time read back from a record would
    /// otherwise be written one millisecond earlier (an alert resolved after a restart would not carry
    /// its `startsAt`).
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        if fraction < 0 { (seconds, fraction) = (seconds - 1, fraction + 1000) }  // before 1970
        let whole = Date(timeIntervalSince1970: Double(seconds)).formatted(
            Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
        )
        return whole.dropLast() + String(format: ".%03dZ", Int(fraction))
    }

    /// Parses a timestamp as ``format(_:)`` writes it, or without the fraction; nil if it is neither.
    public static func parse(_ text: String) -> Date? {
        let utc = TimeZone(identifier: "UTC")!
        return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: utc).parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: utc).parse(text))
    }
}

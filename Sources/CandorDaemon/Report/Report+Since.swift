import CandorAlerts
import CandorYAML
import Foundation

extension Report {
    /// A `--since` (or `?since=`) value that is neither a duration, a timestamp nor `all`.
    public struct SinceError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What was wrong and what to give instead.
        public var message: String

        /// `message`.
        public var description: String { message }
    }

    /// The first time to draw for `text`: a duration back from `now` (`24h`, `7d`), an RFC 3339 timestamp
    /// (`2026-12-01T00:00:00Z`), or `all` (nil: everything).
    public static func since(_ text: String, now: Date) -> Result<Date?, SinceError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "all" { return .success(nil) }
        if let duration = DurationText.parse(trimmed) {
            return .success(now.addingTimeInterval(-duration.timeInterval))
        }
        if let date = Timestamp.parse(trimmed) { return .success(date) }
        let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
        return .failure(
            SinceError(
                message: "since '\(shown.escapingControlCharacters())' is neither a duration (24h, 7d), "
                    + "an RFC 3339 timestamp (2026-12-01T00:00:00Z) nor 'all'"
            )
        )
    }
}

import Foundation

/// Durations as people write them in config files: `250ms`, `30s`, `5m`, `2h`, `1d`, or a
/// combination such as `1h30m`.
public enum DurationText {
    /// The longest duration accepted anywhere: 100 years (36525 days). Longer values mean "never"
    /// to nobody and overflow the arithmetic that adds them to a time.
    public static let maximum: Duration = .seconds(maximumSeconds)

    /// How `maximum` is written in messages.
    public static let maximumText = "36525d (100 years)"

    private static let maximumSeconds: Int64 = 36_525 * 86_400

    /// Why a text is not an acceptable duration.
    public enum Problem: Error, Sendable, Hashable {
        /// It is not written as a duration at all.
        case notADuration
        /// It is a duration, but longer than ``maximum``.
        case tooLong
    }

    /// Parses `text`; `nil` if it is not a duration or is longer than ``maximum``. Never traps,
    /// whatever the text.
    public static func parse(_ text: String) -> Duration? {
        try? parseChecked(text).get()
    }

    /// Parses `text`, saying why it is not acceptable: not a duration, or longer than ``maximum``.
    public static func parseChecked(_ text: String) -> Result<Duration, Problem> {
        // Summed in milliseconds as a Double: the sum is compared with the maximum before any
        // conversion to an integer, so no text can overflow it.
        var totalMilliseconds = 0.0
        var digits = ""
        var unit = ""
        var sawComponent = false
        func flush() -> Bool {
            guard let value = Double(digits), value >= 0, value.isFinite else { return false }
            let scale: Double
            switch unit {
            case "ms": scale = 0.001
            case "s": scale = 1
            case "m": scale = 60
            case "h": scale = 3600
            case "d": scale = 86400
            default: return false
            }
            totalMilliseconds += value * scale * 1000
            digits = ""
            unit = ""
            sawComponent = true
            return true
        }
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isASCII, character.isNumber || character == "." {
                if !unit.isEmpty, !flush() { return .failure(.notADuration) }
                digits.append(character)
            } else if character.isASCII, character.isLetter {
                guard !digits.isEmpty else { return .failure(.notADuration) }
                unit.append(character)
            } else {
                return .failure(.notADuration)
            }
        }
        guard !digits.isEmpty, flush(), sawComponent else { return .failure(.notADuration) }
        let milliseconds = totalMilliseconds.rounded()
        guard milliseconds.isFinite, milliseconds <= Double(maximumSeconds) * 1000 else { return .failure(.tooLong) }
        return .success(.milliseconds(Int64(milliseconds)))
    }

    /// The shortest exact text for `duration`, such as `90s` or `250ms`.
    public static func format(_ duration: Duration) -> String {
        let (wholeSeconds, attoseconds) = duration.components
        // Beyond what milliseconds in an Int64 hold (about 292 million years) whole seconds are exact enough.
        let limit = Int64.max / 1000 - 1
        guard (-limit...limit).contains(wholeSeconds) else { return "\(wholeSeconds)s" }
        let millis = wholeSeconds * 1000 + attoseconds / 1_000_000_000_000_000
        if millis % 1000 != 0 { return "\(millis)ms" }
        let seconds = millis / 1000
        if seconds % 3600 == 0, seconds > 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0, seconds > 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

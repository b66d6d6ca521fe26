import Foundation

/// Durations as people write them in config files: `250ms`, `30s`, `5m`, `2h`, `1d`, or a
/// combination such as `1h30m`.
public enum DurationText {
    /// Parses `text`; `nil` if it is not a duration.
    public static func parse(_ text: String) -> Duration? {
        var total: Duration = .zero
        var digits = ""
        var unit = ""
        var sawComponent = false
        func flush() -> Bool {
            guard let value = Double(digits), value >= 0 else { return false }
            let scale: Double
            switch unit {
            case "ms": scale = 0.001
            case "s": scale = 1
            case "m": scale = 60
            case "h": scale = 3600
            case "d": scale = 86400
            default: return false
            }
            total += .milliseconds(Int64((value * scale * 1000).rounded()))
            digits = ""
            unit = ""
            sawComponent = true
            return true
        }
        for character in text.trimmingCharacters(in: .whitespaces) {
            if character.isNumber || character == "." {
                if !unit.isEmpty, !flush() { return nil }
                digits.append(character)
            } else if character.isLetter {
                guard !digits.isEmpty else { return nil }
                unit.append(character)
            } else {
                return nil
            }
        }
        guard !digits.isEmpty, flush() else { return nil }
        return sawComponent ? total : nil
    }

    /// The shortest exact text for `duration`, such as `90s` or `250ms`.
    public static func format(_ duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if millis % 1000 != 0 { return "\(millis)ms" }
        let seconds = millis / 1000
        if seconds % 3600 == 0, seconds > 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0, seconds > 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

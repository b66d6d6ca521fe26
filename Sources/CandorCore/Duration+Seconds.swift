import Foundation

/// The one conversion of a `Duration` into the units Foundation, libcurl and the scheduler count in.
extension Duration {
    /// The duration in seconds, as `Date` arithmetic takes it.
    public var timeInterval: TimeInterval {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    /// The duration in whole milliseconds, the fraction dropped.
    public var roundedDownMilliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }

    /// The duration in whole seconds, any fraction counted as one more ("the next call is in 3 s").
    public var roundedUpSeconds: Int64 {
        components.seconds + (components.attoseconds > 0 ? 1 : 0)
    }

    /// The duration in whole milliseconds, any fraction counted as one more.
    public var roundedUpMilliseconds: Int64 {
        components.seconds * 1000 + (components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }

    /// The duration as a status line shows a time left: `<1m`, `12m`, `3h10m` (under two days), `4d2h`.
    public var roughly: String {
        let minutes = Int(max(0, timeInterval) / 60)
        if minutes < 1 { return "<1m" }
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 48 { return "\(hours)h\(minutes % 60)m" }
        return "\(hours / 24)d\(hours % 24)h"
    }
}

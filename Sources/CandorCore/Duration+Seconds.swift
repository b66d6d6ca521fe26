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
}

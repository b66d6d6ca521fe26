import CandorAlerts
import CandorDetectors
import Foundation

/// One signal as a scrape of `/metrics` reads it from the ``SignalBoard``: its monitor, the recent values its
/// current value is computed from, and the findings of its pending and firing alerts (whose statistic the
/// detector dropped when it alarmed).
public struct SignalSnapshot: Sendable {
    /// Which signal.
    public var key: SignalKey
    /// Its monitor: warm-up progress, baseline, the detector's statistics and thresholds.
    public var monitor: SignalMonitor
    /// Its last `resolve_window` values, oldest first (fewer while it has fewer).
    public var recent: [Double]
    /// When its warm-up should end at its pace so far; nil once monitoring or before two warm-up samples.
    public var warmupEnd: Date?
    /// The detector's findings behind its pending and firing alerts.
    public var alarms: [Alert.DetectorInfo]
    /// Where its baseline comes from, once it monitors.
    public var baselineSource: BaselineSource?

    /// Creates a snapshot from its parts.
    public init(
        key: SignalKey,
        monitor: SignalMonitor,
        recent: [Double],
        warmupEnd: Date? = nil,
        alarms: [Alert.DetectorInfo] = [],
        baselineSource: BaselineSource? = nil
    ) {
        self.key = key
        self.monitor = monitor
        self.recent = recent
        self.warmupEnd = warmupEnd
        self.alarms = alarms
        self.baselineSource = baselineSource
    }
}

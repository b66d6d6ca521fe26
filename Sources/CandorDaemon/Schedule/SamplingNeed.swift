/// What the signals of one probe on one target ask of the scheduler after a trial: their regular interval, or a
/// faster one because a signal still learns its baseline or a detector's statistic is near its threshold.
public enum SamplingNeed: String, Sendable, Equatable, CaseIterable {
    /// Every signal monitors, each statistic below `cadence.alert_fraction` of its threshold.
    case regular
    /// A signal of the probe still warms up (fast warm-up, `cadence.warmup_speedup`).
    case warmup = "warm_up"
    /// A detector's statistic is past `cadence.alert_fraction` of its threshold (adaptive sampling,
    /// `cadence.alert_speedup`).
    case nearThreshold = "near_threshold"
}

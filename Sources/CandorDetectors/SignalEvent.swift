/// Something a ``BernoulliSignalMonitor`` reports about its signal.
public enum SignalEvent: Sendable, Equatable, Codable {
    /// The warm-up ended: the baseline outcomes and the in-control rate p0 the chart now uses (after
    /// clamping into ``BernoulliCUSUM/rateRange``).
    case baselineLearned(Proportion, p0: Double)
    /// The rate drifted from the baseline: the alarm, the warm-up outcomes, and the outcomes since the chart
    /// estimates the change happened (its last `runLength` samples).
    case alarm(RateAlarm, baseline: Proportion, current: Proportion)
}

/// Something a signal's monitor reports.
public enum SignalEvent: Sendable, Equatable, Codable {
    /// A yes/no signal's warm-up ended: the baseline outcomes and the in-control rate p0 its detector now uses
    /// (after clamping into ``BernoulliCUSUM/rateRange``).
    case baselineLearned(Proportion, p0: Double)
    /// A yes/no signal's rate moved from the baseline: the alarm, the baseline outcomes, and the outcomes since
    /// the detector estimates the change happened (its last `runLength` samples).
    case alarm(RateAlarm, baseline: Proportion, current: Proportion)
    /// A continuous signal's warm-up ended, with its baseline.
    case scoreBaselineLearned(ScoreSummary)
    /// A continuous signal moved from its baseline: the alarm and the baseline.
    case scoreAlarm(ScoreAlarm, baseline: ScoreSummary)
    /// A category signal's warm-up ended: the baseline mix (rare categories pooled into `other`) and the window
    /// its test runs on.
    case mixBaselineLearned(CategoryShares, windowSize: Int)
    /// A category signal's mix moved: the window's test, the calibrated χ² value it exceeded, the baseline mix
    /// and the window's.
    case mixAlarm(DistributionAlarm, critical: Double, baseline: CategoryShares, current: CategoryShares)

    /// Whether this is an alarm, of either kind of signal.
    public var isAlarm: Bool {
        switch self {
        case .alarm, .scoreAlarm, .mixAlarm: true
        case .baselineLearned, .scoreBaselineLearned, .mixBaselineLearned: false
        }
    }
}

import CandorAlerts
import CandorDetectors

/// What a detector found, in the terms an alert reports: which way the signal moved, the statistic against its
/// threshold, after how many samples, and the baseline against the recent samples.
struct Finding: Sendable {
    var direction: ChangeDirection
    var statistic: Double
    var threshold: Double
    var runLength: Int
    var change: Alert.Change
    /// The Jensen–Shannon divergence (bits) of a category signal's window from its baseline; nil for other signals.
    var divergence: Double?

    /// The finding of `event`, or nil when it is no alarm; a score alarm's current samples are the last of
    /// `recent` (the signal's values, oldest first), as many as its run length.
    init?(_ event: SignalEvent?, recent: (Int) -> [Double]) {
        switch event {
        case .alarm(let alarm, let baseline, let current)?:
            self.init(
                direction: alarm.direction,
                statistic: alarm.statistic,
                threshold: alarm.threshold,
                runLength: alarm.runLength,
                change: .rate(baseline: baseline, current: current)
            )
        case .scoreAlarm(let alarm, let baseline)?:
            self.init(
                direction: alarm.direction,
                statistic: alarm.statistic,
                threshold: alarm.threshold,
                runLength: alarm.runLength,
                change: .score(baseline: baseline, current: ScoreSummary(of: recent(alarm.runLength)))
            )
        case .mixAlarm(let alarm, let critical, let baseline, let current)?:
            self.init(
                direction: alarm.direction,
                statistic: alarm.statistic,
                threshold: critical,
                runLength: alarm.windowSize,
                change: .mix(baseline: baseline, current: current)
            )
            divergence = alarm.effectSize
        case nil, .baselineLearned?, .scoreBaselineLearned?, .mixBaselineLearned?:
            return nil
        }
    }

    /// Creates a finding from its parts.
    init(direction: ChangeDirection, statistic: Double, threshold: Double, runLength: Int, change: Alert.Change) {
        self.direction = direction
        self.statistic = statistic
        self.threshold = threshold
        self.runLength = runLength
        self.change = change
    }
}

/// A sequential detector of a yes/no signal (such as "this response was a lie"): fed one outcome at a time,
/// it alarms when the rate has moved from its baseline and then carries on from a fresh start against the
/// same baseline. The value is its whole state, so encoding it persists a running detector.
public protocol RateDetector: Sendable, Codable, Equatable {
    /// Feeds one outcome (true = success); the alarm when this outcome completes the evidence of a change,
    /// after which the detector has restarted; otherwise nil.
    mutating func update(_ x: Bool) -> RateAlarm?

    /// Restarts from zero against the same baseline, as after an alarm.
    mutating func reset()
}

/// A sequential detector of a continuous signal (an honesty score, an answer's length): fed one value at a
/// time, it alarms when the distribution has moved from its baseline and then carries on from a fresh start.
/// The value is its whole state, so encoding it persists a running detector.
public protocol ScoreDetector: Sendable, Codable, Equatable {
    /// Feeds one value; the alarm when this value completes the evidence of a change, after which the detector
    /// has restarted; otherwise nil.
    mutating func update(_ x: Double) -> ScoreAlarm?

    /// Restarts from zero against the same baseline, as after an alarm.
    mutating func reset()
}

extension BernoulliCUSUM: RateDetector {}
extension BernoulliMultiCUSUM: RateDetector {}
extension GaussianCUSUM: ScoreDetector {}

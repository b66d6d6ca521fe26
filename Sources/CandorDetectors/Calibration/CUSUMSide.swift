#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One one-sided Bernoulli CUSUM on the log-likelihood ratio of a design rate p1 against the baseline p0:
/// S = max(0, S + llr(x)), alarming when S reaches its threshold. It also tracks how many samples (and
/// successes) have passed since S was last zero: the chart's estimate of when the change began.
public struct CUSUMSide: Sendable, Codable, Equatable {
    /// Which way the design rate lies from the baseline.
    public let direction: RateAlarm.Direction
    /// The design rate p1.
    public let designRate: Double
    /// log(p1 / p0), added on a success.
    public let successIncrement: Double
    /// log((1 − p1) / (1 − p0)), added on a failure.
    public let failureIncrement: Double
    /// The alarm threshold, in nats.
    public let threshold: Double
    /// The statistic, in nats; 0 when the stream looks in control.
    public private(set) var statistic: Double = 0
    /// Samples since the statistic was last zero.
    public private(set) var runLength = 0
    /// Successes among those samples.
    public private(set) var runSuccesses = 0

    /// A side designed for p0 → `designRate` with alarm threshold `threshold`.
    public init(p0: Double, designRate: Double, threshold: Double) {
        precondition(designRate > 0 && designRate < 1 && designRate != p0, "the design rate must differ from p0")
        direction = designRate > p0 ? .up : .down
        self.designRate = designRate
        successIncrement = log(designRate / p0)
        failureIncrement = log((1 - designRate) / (1 - p0))
        self.threshold = threshold
    }

    /// Feeds one outcome; true when the statistic has reached the threshold.
    @inline(__always)
    public mutating func update(_ x: Bool) -> Bool {
        statistic = max(0, statistic + (x ? successIncrement : failureIncrement))
        if statistic > 0 {
            runLength += 1
            runSuccesses += x ? 1 : 0
        } else {
            runLength = 0
            runSuccesses = 0
        }
        return statistic >= threshold
    }

    /// The alarm this side raises at its current state.
    public var alarm: RateAlarm {
        RateAlarm(
            direction: direction,
            statistic: statistic,
            threshold: threshold,
            runLength: runLength,
            runSuccesses: runSuccesses
        )
    }

    /// Back to zero, as after an alarm.
    public mutating func reset() {
        statistic = 0
        runLength = 0
        runSuccesses = 0
    }
}

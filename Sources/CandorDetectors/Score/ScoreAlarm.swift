/// A detector of a continuous signal crossing its threshold: which way the signal moved, how far the statistic
/// went, and the samples that drove it there.
public struct ScoreAlarm: Sendable, Equatable, Codable {
    /// The way the signal moved.
    public let direction: ChangeDirection
    /// The statistic, in nats.
    public let statistic: Double
    /// The threshold it crossed.
    public let threshold: Double
    /// Samples since its statistic was last zero, the alarm sample included: the estimated
    /// time since the change.
    public let runLength: Int
    /// The mean of those samples.
    public let runMean: Double

    /// Creates an alarm record; `runLength` must be at least 1.
    public init(direction: ChangeDirection, statistic: Double, threshold: Double, runLength: Int, runMean: Double) {
        precondition(runLength >= 1, "an alarm is driven by at least one sample")
        self.direction = direction
        self.statistic = statistic
        self.threshold = threshold
        self.runLength = runLength
        self.runMean = runMean
    }
}

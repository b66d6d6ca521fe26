/// A CUSUM crossing its threshold: which way the rate moved, how far the statistic went, and how many samples
/// drove it there.
public struct CUSUMAlarm: Sendable, Equatable, Codable {
    /// The way the monitored rate moved.
    public enum Direction: String, Sendable, Equatable, Codable, CaseIterable {
        /// The rate rose above its baseline (more lies).
        case up
        /// The rate fell below its baseline.
        case down
    }

    /// Which side of the chart crossed.
    public let direction: Direction
    /// The statistic's value when it crossed, in nats of log-likelihood ratio.
    public let statistic: Double
    /// The threshold it crossed.
    public let threshold: Double
    /// Samples since the crossing statistic was last zero, the alarm sample included: the CUSUM's estimate that
    /// the change happened `runLength` samples ago.
    public let runLength: Int
    /// Successes (x = true) among those `runLength` samples.
    public let runSuccesses: Int

    /// Creates an alarm record; `runSuccesses` must lie in 0…`runLength`.
    public init(direction: Direction, statistic: Double, threshold: Double, runLength: Int, runSuccesses: Int) {
        precondition(runSuccesses >= 0 && runSuccesses <= runLength, "run successes must lie in 0…runLength")
        self.direction = direction
        self.statistic = statistic
        self.threshold = threshold
        self.runLength = runLength
        self.runSuccesses = runSuccesses
    }

    /// The samples that drove the alarm, as a proportion: the rate since the estimated change.
    public var run: Proportion {
        Proportion(successes: runSuccesses, trials: runLength)
    }
}

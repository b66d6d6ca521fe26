/// A detector of a yes/no signal crossing its threshold: which way the rate moved, how far the statistic went, and how many samples
/// drove it there.
public struct RateAlarm: Sendable, Equatable, Codable {
    /// The way the monitored rate moved: `.up` or `.down`.
    public typealias Direction = ChangeDirection

    /// Which side of the chart crossed.
    public let direction: Direction
    /// The statistic's value when it crossed, in nats of log-likelihood ratio.
    public let statistic: Double
    /// The threshold it crossed.
    public let threshold: Double
    /// The samples that drove the alarm, the alarm sample included: for a CUSUM, those since the crossing
    /// statistic was last zero, its estimate that the change happened `runLength` samples ago.
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

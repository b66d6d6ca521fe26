/// The count, mean and standard deviation of a continuous signal's samples.
public struct ScoreSummary: Sendable, Codable, Equatable, Hashable {
    /// How many samples.
    public var count: Int
    /// Their mean.
    public var mean: Double
    /// Their sample standard deviation (n − 1 in the denominator); 0 for fewer than two samples.
    public var standardDeviation: Double

    /// Creates a summary.
    public init(count: Int, mean: Double, standardDeviation: Double) {
        precondition(count >= 0 && standardDeviation >= 0, "a summary needs a count and a spread of at least 0")
        self.count = count
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The summary of `values` (Welford's one-pass update).
    public init(of values: some Collection<Double>) {
        var estimator = ScoreBaselineEstimator(warmup: max(2, values.count))
        for value in values {
            estimator.add(value)
        }
        self = estimator.observed
    }

    /// The standard deviation a detector can divide by: a signal that never varied during warm-up (every
    /// answer the same length) gets a floor of 1% of its mean's size (at least 0.01), so any later change is
    /// large against it but a single rounding difference is not.
    public var usableStandardDeviation: Double {
        max(standardDeviation, 0.01 * max(1, abs(mean)))
    }

    /// The 95% interval of the mean (normal approximation), `[lower, upper]`.
    public var meanInterval: [Double] {
        guard count >= 2 else { return [mean, mean] }
        let half = 1.959964 * standardDeviation / Double(count).squareRoot()
        return [mean - half, mean + half]
    }
}

/// Learns the in-control mean and spread of a continuous signal from its first `warmup` samples (Welford's
/// running update, exact in one pass).
public struct ScoreBaselineEstimator: Sendable, Codable, Equatable {
    /// The number of samples the baseline is learned from, at least 2.
    public let warmup: Int
    private var count = 0
    private var mean = 0.0
    private var squares = 0.0

    /// Starts a warm-up of `warmup` samples (at least 2).
    public init(warmup: Int) {
        precondition(warmup >= 2, "a continuous baseline needs a warm-up of at least two samples, got \(warmup)")
        self.warmup = warmup
    }

    /// An estimator whose warm-up is already complete with `summary` (at least two samples), for a pinned
    /// baseline.
    public init(completed summary: ScoreSummary) {
        self.init(warmup: max(2, summary.count))
        count = summary.count
        mean = summary.mean
        squares = summary.standardDeviation * summary.standardDeviation * Double(max(0, summary.count - 1))
    }

    /// The samples seen so far, at most `warmup`.
    public var observed: ScoreSummary {
        ScoreSummary(
            count: count,
            mean: mean,
            standardDeviation: count >= 2 ? (squares / Double(count - 1)).squareRoot() : 0
        )
    }

    /// Whether the warm-up is over.
    public var isComplete: Bool {
        count >= warmup
    }

    /// Counts one sample towards the baseline; samples after the warm-up are ignored.
    public mutating func add(_ x: Double) {
        guard !isComplete, x.isFinite else {
            return
        }
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        squares += delta * (x - mean)
    }
}

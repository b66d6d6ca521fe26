/// Learns the in-control rate of a Bernoulli signal from its first `warmup` outcomes.
public struct BaselineEstimator: Sendable, Codable, Equatable {
    /// The number of outcomes the baseline is learned from, at least 1.
    public let warmup: Int
    /// The outcomes seen so far, at most `warmup` of them.
    public private(set) var observed: Proportion

    /// Starts a warm-up of `warmup` outcomes (at least 1).
    public init(warmup: Int) {
        precondition(warmup >= 1, "a baseline needs a warm-up of at least one sample, got \(warmup)")
        self.warmup = warmup
        observed = Proportion(successes: 0, trials: 0)
    }

    /// An estimator whose warm-up is already complete with `observed` (at least one trial), for a pinned
    /// baseline.
    public init(completed observed: Proportion) {
        self.init(warmup: max(1, observed.trials))
        self.observed = observed
    }

    /// Decodes an estimator, rejecting one that has seen more outcomes than its warm-up.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let warmup = try container.decode(Int.self, forKey: .warmup)
        let observed = try container.decode(Proportion.self, forKey: .observed)
        guard warmup >= 1 && observed.trials <= warmup else {
            throw DecodingError.dataCorruptedError(
                forKey: .observed,
                in: container,
                debugDescription: "a warm-up of \(warmup) cannot have observed \(observed.trials) samples"
            )
        }
        self.warmup = warmup
        self.observed = observed
    }

    /// Whether the warm-up is over and `p0` is available.
    public var isComplete: Bool {
        observed.trials >= warmup
    }

    /// Counts one outcome towards the baseline; outcomes after the warm-up are ignored, so the baseline is the
    /// first `warmup` outcomes exactly.
    public mutating func add(_ x: Bool) {
        guard !isComplete else {
            return
        }
        observed = Proportion(successes: observed.successes + (x ? 1 : 0), trials: observed.trials + 1)
    }

    /// The learned in-control rate (successes + 0.5) / (trials + 1), or nil during the warm-up.
    ///
    /// The half-count keeps the estimate strictly inside (0, 1): a model that told no lie during warm-up still
    /// gets a small positive lie rate, about half a lie per warm-up, rather than 0, against which a single lie
    /// would be infinitely surprising and raise an alarm on its own. It is the Jeffreys-prior estimate
    /// (posterior mean under Beta(½, ½)), close to the raw rate once there are a few successes.
    public var p0: Double? {
        guard isComplete else {
            return nil
        }
        return (Double(observed.successes) + 0.5) / (Double(observed.trials) + 1)
    }
}

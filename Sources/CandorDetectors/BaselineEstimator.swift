/// Learns the in-control rate of a Bernoulli signal from its first `warmup` outcomes, and from the blocks of
/// later outcomes it is given to learn from (see ``BernoulliSignalMonitor``).
public struct BaselineEstimator: Sendable, Codable, Equatable {
    /// The number of outcomes the baseline is learned from, at least 1.
    public let warmup: Int
    /// The outcomes the baseline is learned from: the warm-up's, as far as it has got, and every block learned
    /// from since.
    public private(set) var observed: Proportion

    /// Starts a warm-up of `warmup` outcomes (at least 1).
    public init(warmup: Int) {
        precondition(warmup >= 1, "a baseline needs a warm-up of at least one sample, got \(warmup)")
        self.warmup = warmup
        observed = .none
    }

    /// An estimator whose warm-up is already complete with `observed` (at least one trial), for a pinned
    /// baseline.
    public init(completed observed: Proportion) {
        self.init(warmup: max(1, observed.trials))
        self.observed = observed
    }

    /// Decodes an estimator, rejecting a warm-up shorter than one outcome.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let warmup = try container.decode(Int.self, forKey: .warmup)
        guard warmup >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .warmup,
                in: container,
                debugDescription: "a warm-up needs at least one sample, got \(warmup)"
            )
        }
        self.warmup = warmup
        observed = try container.decode(Proportion.self, forKey: .observed)
    }

    /// Whether the warm-up is over and `p0` is available.
    public var isComplete: Bool {
        observed.trials >= warmup
    }

    /// Counts one warm-up outcome towards the baseline; outcomes after the warm-up are ignored here (later ones
    /// reach the baseline only through ``learn(from:)``).
    public mutating func add(_ x: Bool) {
        guard !isComplete else {
            return
        }
        observed = observed.adding(x)
    }

    /// Adds a block of outcomes seen after the warm-up, which the caller has checked agree with the baseline.
    public mutating func learn(from block: Proportion) {
        precondition(isComplete, "a baseline learns from later blocks only once its warm-up is over")
        observed = observed + block
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

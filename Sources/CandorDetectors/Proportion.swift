/// A count of successes in a number of Bernoulli trials, such as lies among probe responses.
public struct Proportion: Sendable, Codable, Equatable, Hashable {
    /// The number of successes, between 0 and `trials`.
    public let successes: Int
    /// The number of trials, at least 0.
    public let trials: Int

    /// Creates a proportion; requires 0 ≤ `successes` ≤ `trials`.
    public init(successes: Int, trials: Int) {
        precondition(successes >= 0 && successes <= trials, "need 0 ≤ successes ≤ trials, got \(successes)/\(trials)")
        self.successes = successes
        self.trials = trials
    }

    /// Decodes a proportion, rejecting counts that could not have been observed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let successes = try container.decode(Int.self, forKey: .successes)
        let trials = try container.decode(Int.self, forKey: .trials)
        guard successes >= 0 && successes <= trials else {
            throw DecodingError.dataCorruptedError(
                forKey: .successes,
                in: container,
                debugDescription: "successes \(successes) must lie between 0 and trials \(trials)"
            )
        }
        self.init(successes: successes, trials: trials)
    }

    /// The observed rate successes / trials; 0 when there are no trials, so it is always finite.
    public var rate: Double {
        trials == 0 ? 0 : Double(successes) / Double(trials)
    }

    /// No trials at all.
    public static let none = Proportion(successes: 0, trials: 0)

    /// These counts and one more outcome.
    public func adding(_ x: Bool) -> Proportion {
        Proportion(successes: successes + (x ? 1 : 0), trials: trials + 1)
    }

    /// Both counts together.
    public static func + (lhs: Proportion, rhs: Proportion) -> Proportion {
        Proportion(successes: lhs.successes + rhs.successes, trials: lhs.trials + rhs.trials)
    }

    /// The counts of `lhs` without those of `rhs`, which were among them.
    public static func - (lhs: Proportion, rhs: Proportion) -> Proportion {
        Proportion(successes: lhs.successes - rhs.successes, trials: lhs.trials - rhs.trials)
    }

    /// These counts without their last `suffix.trials` outcomes, which were `suffix`; no trials at all when the
    /// suffix is as long as the counts or longer.
    public func removingSuffix(_ suffix: Proportion) -> Proportion {
        guard suffix.trials < trials else {
            return .none
        }
        let left = min(max(0, successes - suffix.successes), trials - suffix.trials)
        return Proportion(successes: left, trials: trials - suffix.trials)
    }
}

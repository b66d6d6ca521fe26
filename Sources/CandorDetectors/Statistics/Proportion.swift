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

    /// Whether a rate learned from these counts can fall: not when no success was seen, since a rate of 0
    /// cannot decrease and a "fall" would only be the detector's own prior pulling towards zero. Without any
    /// trial nothing is known, and the rate can move either way.
    public var canFall: Bool {
        successes > 0 || trials == 0
    }

    /// Whether a rate learned from these counts can rise: not when every trial was a success.
    public var canRise: Bool {
        successes < trials || trials == 0
    }

    /// Whether a rate learned from these counts can move in `direction`.
    public func canMove(_ direction: ChangeDirection) -> Bool {
        switch direction {
        case .up: canRise
        case .down: canFall
        case .spread, .distribution: true
        }
    }
}

/// Sampling parameters that a probe or a target sets, each optional, layered over defaults.
public struct SamplingOverrides: Sendable, Hashable, Codable {
    /// Sampling temperature, if set.
    public var temperature: Double?
    /// The most tokens the answer may have, if set.
    public var maxTokens: Int?
    /// A seed, if set.
    public var seed: Int?

    /// Creates overrides.
    public init(temperature: Double? = nil, maxTokens: Int? = nil, seed: Int? = nil) {
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
    }
}

/// Sampling parameters sent with every request. `nil` leaves the provider's default, except
/// `maxTokens`, which always has a value: some servers generate without limit when it is absent.
public struct SamplingParameters: Sendable, Hashable, Codable {
    /// Sampling temperature.
    public var temperature: Double?
    /// The most tokens the answer may have.
    public var maxTokens: Int
    /// A seed for servers that honour one.
    public var seed: Int?

    /// Creates sampling parameters.
    public init(temperature: Double? = nil, maxTokens: Int = 256, seed: Int? = nil) {
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.seed = seed
    }

    /// These parameters with every value that `overrides` sets taken from it.
    public func merged(with overrides: SamplingOverrides) -> SamplingParameters {
        SamplingParameters(
            temperature: overrides.temperature ?? temperature,
            maxTokens: overrides.maxTokens ?? maxTokens,
            seed: overrides.seed ?? seed
        )
    }
}

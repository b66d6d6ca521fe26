/// What Candor asks a model: the conversation and the sampling parameters.
public struct ChatRequest: Sendable, Hashable {
    /// The conversation, oldest turn first.
    public var messages: [ChatMessage]
    /// Sampling parameters.
    public var sampling: SamplingParameters

    /// Creates a request.
    public init(messages: [ChatMessage], sampling: SamplingParameters = SamplingParameters()) {
        self.messages = messages
        self.sampling = sampling
    }
}

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

import CandorCore

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

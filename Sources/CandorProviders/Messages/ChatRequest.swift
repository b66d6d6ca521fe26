import CandorCore

/// What Candor asks a model: the conversation and the sampling parameters.
public struct ChatRequest: Sendable, Hashable {
    /// The conversation, oldest turn first.
    public var messages: [ChatMessage]
    /// Sampling parameters.
    public var sampling: SamplingParameters
    /// The tools the model may call; empty for a plain chat request (no `tools` field is sent).
    public var tools: [ToolDefinition]

    /// Creates a request.
    public init(
        messages: [ChatMessage],
        sampling: SamplingParameters = SamplingParameters(),
        tools: [ToolDefinition] = []
    ) {
        self.messages = messages
        self.sampling = sampling
        self.tools = tools
    }
}

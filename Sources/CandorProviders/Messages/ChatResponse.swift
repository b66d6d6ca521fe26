import CandorCore

/// What a model answered, with what the API reported about how it was produced.
public struct ChatResponse: Sendable, Hashable, Codable {
    /// The answer text; empty when the model only called tools.
    public var text: String
    /// The tools the model called, in order; nil when it called none.
    public var toolCalls: [ToolCall]?
    /// Reasoning text, where the server exposes it.
    public var reasoning: String?
    /// The model id the API reports (may differ from the one asked for).
    public var model: String?
    /// The backend fingerprint (`system_fingerprint`), when present.
    public var fingerprint: String?
    /// Why generation stopped (`stop`, `length`, ...), when reported.
    public var finishReason: String?
    /// Tokens used, when reported.
    public var usage: TokenUsage?
    /// The answer's tokens with their log probabilities, when asked for and returned.
    public var logprobs: [TokenLogprob]?
    /// Wall time of the HTTP exchange, in seconds.
    public var latencySeconds: Double

    /// Creates a response.
    public init(
        text: String,
        reasoning: String? = nil,
        model: String? = nil,
        fingerprint: String? = nil,
        finishReason: String? = nil,
        usage: TokenUsage? = nil,
        logprobs: [TokenLogprob]? = nil,
        toolCalls: [ToolCall]? = nil,
        latencySeconds: Double
    ) {
        self.text = text
        self.toolCalls = toolCalls?.isEmpty == true ? nil : toolCalls
        self.reasoning = reasoning
        self.model = model
        self.fingerprint = fingerprint
        self.finishReason = finishReason
        self.usage = usage
        self.logprobs = logprobs
        self.latencySeconds = latencySeconds
    }
}

/// Token counts an API reports for one exchange. Reasoning ("thinking") tokens count as
/// completion tokens, as the providers bill them.
public struct TokenUsage: Sendable, Hashable, Codable {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens in the answer.
    public var completionTokens: Int

    /// Creates a usage record.
    public init(promptTokens: Int, completionTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    /// Prompt and answer tokens together.
    public var totalTokens: Int { promptTokens + completionTokens }
}

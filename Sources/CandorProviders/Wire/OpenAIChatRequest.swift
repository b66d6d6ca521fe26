import CandorCore

/// The body of an OpenAI-compatible `chat/completions` request; `nil` fields are left out.
struct OpenAIChatRequest: Encodable {
    /// The model name.
    var model: String
    /// The conversation, system turns included.
    var messages: [OpenAIChatMessage]
    /// The sampling temperature, when set.
    var temperature: Double?
    /// `max_tokens`.
    var maxTokens: Int
    /// The sampling seed, when set.
    var seed: Int?
    /// `true` when the endpoint asks for log probabilities.
    var logprobs: Bool?
    /// `top_logprobs`: how many alternatives per token, when more than none.
    var topLogprobs: Int?
    /// The tools the model may call, when there are any.
    var tools: [OpenAIChatTool]?
    /// `tool_choice`: `"auto"` whenever tools are sent. It is OpenAI's default said out loud, since some compatible
    /// servers (llama-cpp-python's `chatml-function-calling`) leave the tools out of the prompt without it.
    var toolChoice: String?

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, seed, logprobs, tools
        case maxTokens = "max_tokens"
        case topLogprobs = "top_logprobs"
        case toolChoice = "tool_choice"
    }
}

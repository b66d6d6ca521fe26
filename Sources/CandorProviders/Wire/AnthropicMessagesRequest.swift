import CandorCore

/// The body of a Messages API request; `system` and `temperature` are left out when `nil`.
struct AnthropicMessagesRequest: Encodable {
    /// The model name.
    var model: String
    /// `max_tokens`, which the API requires.
    var maxTokens: Int
    /// The system turns joined, when there are any.
    var system: String?
    /// User and assistant turns, alternating.
    var messages: [AnthropicMessage]
    /// The sampling temperature, when set.
    var temperature: Double?
    /// The tools the model may call, when there are any.
    var tools: [AnthropicTool]?

    enum CodingKeys: String, CodingKey {
        case model, system, messages, temperature, tools
        case maxTokens = "max_tokens"
    }
}

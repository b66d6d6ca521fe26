import CandorCore

/// The fields of a Messages API response that Candor reads; everything else is ignored.
///
/// Informative fields of the wrong type are dropped; `content` that is not an array of objects
/// fails the read.
struct AnthropicMessagesResponse: Decodable {
    /// One content block; only `text`, `thinking`, `redacted_thinking` and `tool_use` are read.
    struct Block: Decodable {
        /// `text`, `thinking`, `redacted_thinking`, or a type Candor skips.
        var type: String?
        /// A text block's text.
        var text: String?
        /// A thinking block's reasoning.
        var thinking: String?
        /// A `tool_use` block's id.
        var id: String?
        /// A `tool_use` block's tool name.
        var name: String?
        /// A `tool_use` block's arguments.
        var input: JSONValue?

        enum CodingKeys: String, CodingKey {
            case type, text, thinking, id, name, input
        }

        /// Decodes a block, dropping fields of the wrong type.
        ///
        /// - Throws: `DecodingError` when the block is not an object.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = container.lenient(String.self, forKey: .type)
            text = container.lenient(String.self, forKey: .text)
            thinking = container.lenient(String.self, forKey: .thinking)
            id = container.lenient(String.self, forKey: .id)
            name = container.lenient(String.self, forKey: .name)
            input = container.lenient(JSONValue.self, forKey: .input)
        }
    }

    /// `usage`; cached input tokens count as prompt tokens.
    struct Usage: Decodable {
        /// Uncached input tokens.
        var inputTokens: Int?
        /// Answer tokens, thinking included.
        var outputTokens: Int?
        /// Input tokens written to the prompt cache.
        var cacheCreationInputTokens: Int?
        /// Input tokens read from the prompt cache.
        var cacheReadInputTokens: Int?

        enum CodingKeys: String, CodingKey {
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
            case cacheCreationInputTokens = "cache_creation_input_tokens"
            case cacheReadInputTokens = "cache_read_input_tokens"
        }
    }

    /// `message`, or `error` for an error body.
    var type: String?
    /// The model that answered.
    var model: String?
    /// The content blocks.
    var content: [Block]?
    /// Why generation stopped.
    var stopReason: String?
    /// The token counts.
    var usage: Usage?
    /// Whether the body carries a non-null `error`.
    var hasError: Bool

    enum CodingKeys: String, CodingKey {
        case type, model, content, usage, error
        case stopReason = "stop_reason"
    }

    /// Decodes a response.
    ///
    /// - Throws: `DecodingError` when the body is not an object or `content` not an array of objects.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = container.lenient(String.self, forKey: .type)
        model = container.lenient(String.self, forKey: .model)
        content = try container.decodeIfPresent([Block].self, forKey: .content)
        stopReason = container.lenient(String.self, forKey: .stopReason)
        usage = container.lenient(Usage.self, forKey: .usage)
        hasError = container.holdsValue(forKey: .error)
    }
}

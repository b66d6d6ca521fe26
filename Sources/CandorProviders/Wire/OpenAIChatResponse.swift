import CandorCore

/// The fields of a chat completion that Candor reads, each optional; everything else is ignored.
///
/// A field of the wrong type is dropped where it is only informative (model, usage, finish
/// reason, log probabilities) and fails the read where the answer itself is at stake (choices,
/// message, content), so a server that adds, renames or nulls a field still yields an answer or
/// a clear `malformed_response`.
struct OpenAIChatResponse: Decodable {
    /// One choice; Candor reads the first.
    struct Choice: Decodable {
        /// The answer; a non-object fails the read.
        var message: Message?
        /// Why generation stopped.
        var finishReason: String?
        /// `logprobs.content`, or `nil` when any part of `logprobs` has an unexpected shape.
        var logprobs: [Entry]?

        enum CodingKeys: String, CodingKey {
            case message, logprobs
            case finishReason = "finish_reason"
        }

        /// `logprobs`, of which only `content` is read.
        private struct Logprobs: Decodable {
            var content: [Entry]?
        }

        /// Decodes a choice.
        ///
        /// - Throws: `DecodingError` when `message` is not an object or its content not text.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try container.decodeIfPresent(Message.self, forKey: .message)
            finishReason = container.lenient(String.self, forKey: .finishReason)
            logprobs = container.lenient(Logprobs.self, forKey: .logprobs)?.content
        }
    }

    /// A choice's message.
    struct Message: Decodable {
        /// The text, joined from typed parts when the server sends an array of them.
        var content: String?
        /// Reasoning as DeepSeek and vLLM send it.
        var reasoningContent: String?
        /// Reasoning as OpenRouter and Ollama send it.
        var reasoning: String?
        /// Why the model declined, when it did.
        var refusal: String?
        /// The tools called (`tool_calls`, or the legacy single `function_call`); entries without a
        /// function name are dropped.
        var toolCalls: [ToolCall]

        enum CodingKeys: String, CodingKey {
            case content, reasoning, refusal
            case reasoningContent = "reasoning_content"
            case toolCalls = "tool_calls"
            case functionCall = "function_call"
        }

        /// One typed part of an array `content`; parts of a type other than `text` are left out.
        private struct Part: Decodable {
            var type: String?
            var text: String?
        }

        /// Decodes a message.
        ///
        /// - Throws: `DecodingError` when `content` is neither a string nor an array of parts.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let text = try? container.decodeIfPresent(String.self, forKey: .content) {
                content = text
            } else {
                let texts = try container.decodeIfPresent([Part].self, forKey: .content)?
                    .compactMap { part in part.type == nil || part.type == "text" ? part.text : nil }
                content = texts?.isEmpty == false ? texts?.joined() : nil
            }
            reasoningContent = container.lenient(String.self, forKey: .reasoningContent)
            reasoning = container.lenient(String.self, forKey: .reasoning)
            refusal = container.lenient(String.self, forKey: .refusal)
            var calls = (container.lenient([JSONValue].self, forKey: .toolCalls) ?? []).map { entry in
                Self.call(entry.objectValue?["function"], id: entry.objectValue?["id"])
            }
            if calls.isEmpty, let legacy = container.lenient(JSONValue.self, forKey: .functionCall) {
                calls = [Self.call(legacy, id: nil)]
            }
            toolCalls = calls.enumerated().compactMap { index, call in
                guard let name = call.name, !name.isEmpty else { return nil }
                return ToolCall(id: call.id ?? "call_\(index + 1)", name: name, arguments: call.arguments)
            }
        }

        /// A call's parts from its `function` object: arguments as JSON text, an object sent as such
        /// turned into its text, nothing at all into an empty text (malformed, for the tool to refuse).
        private static func call(
            _ function: JSONValue?,
            id: JSONValue?
        ) -> (id: String?, name: String?, arguments: String) {
            let members = function?.objectValue ?? [:]
            let name: String? = if case .string(let text)? = members["name"] { text } else { nil }
            let identifier: String? = if case .string(let text)? = id, !text.isEmpty { text } else { nil }
            let arguments: String
            switch members["arguments"] {
            case .string(let text)?: arguments = text
            case .object(let object)?: arguments = JSONValue.object(object).text
            default: arguments = ""
            }
            return (identifier, name, arguments)
        }
    }

    /// One token of `logprobs.content`; the alternatives are `top_logprobs`.
    struct Entry: Decodable {
        /// One alternative token.
        struct Alternative: Decodable {
            /// The token's text.
            var token: String?
            /// Its natural log probability.
            var logprob: Double?
        }

        /// The token's text.
        var token: String?
        /// Its natural log probability.
        var logprob: Double?
        /// The most likely alternatives at this position.
        var top: [Alternative]?

        enum CodingKeys: String, CodingKey {
            case token, logprob
            case top = "top_logprobs"
        }
    }

    /// `usage`; both counts must be whole numbers.
    private struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
        }
    }

    /// The model that answered.
    var model: String?
    /// `system_fingerprint`.
    var systemFingerprint: String?
    /// The choices; a non-array fails the read.
    var choices: [Choice]?
    /// Both token counts, or `nil` when either is missing or not a whole number.
    var usage: TokenUsage?
    /// Whether the body carries a non-null `error`.
    var hasError: Bool

    enum CodingKeys: String, CodingKey {
        case model, choices, usage, error
        case systemFingerprint = "system_fingerprint"
    }

    /// Decodes a chat completion.
    ///
    /// - Throws: `DecodingError` when the body is not an object or a choice cannot be read.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = container.lenient(String.self, forKey: .model)
        systemFingerprint = container.lenient(String.self, forKey: .systemFingerprint)
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices)
        usage = container.lenient(Usage.self, forKey: .usage).flatMap { usage in
            guard let prompt = usage.promptTokens, let completion = usage.completionTokens else { return nil }
            return TokenUsage(promptTokens: prompt, completionTokens: completion)
        }
        hasError = container.holdsValue(forKey: .error)
    }
}

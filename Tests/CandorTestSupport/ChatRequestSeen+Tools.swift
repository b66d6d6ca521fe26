import Foundation

extension ChatRequestSeen {
    /// A tool result the request carried back to the model.
    public struct ToolResultSeen: Sendable, Hashable {
        /// The call it answers (OpenAI `tool_call_id`, Anthropic `tool_use_id`, Gemini `id`), if sent.
        public var callID: String?
        /// The text (Gemini: the `output` or `error` member).
        public var content: String
        /// Whether it was marked as an error (Anthropic `is_error`, Gemini `error`); OpenAI has no mark.
        public var failed: Bool
    }

    /// The names of the tools offered, in order (OpenAI `tools[].function.name`, Anthropic `tools[].name`,
    /// Gemini `tools[].functionDeclarations[].name`).
    public var toolNames: [String] {
        let tools = body?["tools"] as? [[String: Any]] ?? []
        switch api {
        case .openAI: return tools.compactMap { ($0["function"] as? [String: Any])?["name"] as? String }
        case .anthropic: return tools.compactMap { $0["name"] as? String }
        case .gemini:
            return tools.flatMap {
                ($0["functionDeclarations"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
        }
    }

    /// The ids of the tool calls the conversation's assistant turns carry, in order.
    public var toolCallIDs: [String?] {
        switch api {
        case .openAI:
            return (body?["messages"] as? [[String: Any]] ?? []).flatMap { message in
                (message["tool_calls"] as? [[String: Any]] ?? []).map { $0["id"] as? String }
            }
        case .anthropic:
            return (body?["messages"] as? [[String: Any]] ?? []).flatMap { message in
                (message["content"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "tool_use" }
                    .map { $0["id"] as? String }
            }
        case .gemini:
            return (body?["contents"] as? [[String: Any]] ?? []).flatMap { content in
                (content["parts"] as? [[String: Any]] ?? []).compactMap { $0["functionCall"] as? [String: Any] }
                    .map { $0["id"] as? String }
            }
        }
    }

    /// Every tool result of the conversation, in order.
    public var toolResults: [ToolResultSeen] {
        switch api {
        case .openAI:
            return (body?["messages"] as? [[String: Any]] ?? []).filter { $0["role"] as? String == "tool" }.map {
                ToolResultSeen(
                    callID: $0["tool_call_id"] as? String,
                    content: $0["content"] as? String ?? "",
                    failed: false
                )
            }
        case .anthropic:
            return (body?["messages"] as? [[String: Any]] ?? []).flatMap { message in
                (message["content"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "tool_result" }.map {
                    ToolResultSeen(
                        callID: $0["tool_use_id"] as? String,
                        content: $0["content"] as? String ?? "",
                        failed: $0["is_error"] as? Bool ?? false
                    )
                }
            }
        case .gemini:
            return (body?["contents"] as? [[String: Any]] ?? []).flatMap { content in
                (content["parts"] as? [[String: Any]] ?? []).compactMap { $0["functionResponse"] as? [String: Any] }.map
                {
                    let response = $0["response"] as? [String: Any] ?? [:]
                    let error = response["error"] as? String
                    return ToolResultSeen(
                        callID: $0["id"] as? String,
                        content: error ?? response["output"] as? String ?? "",
                        failed: error != nil
                    )
                }
            }
        }
    }

    private var body: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(rawBody.utf8))) as? [String: Any]
    }
}

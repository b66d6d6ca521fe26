import CandorCore

/// One turn of an OpenAI-compatible request body: text, an assistant's `tool_calls`, or a
/// `role: tool` result quoting its call's `tool_call_id`.
struct OpenAIChatMessage: Encodable {
    /// A `tool_calls` entry.
    struct Call: Encodable {
        /// The function called, with its arguments as JSON text (the API's shape).
        struct Function: Encodable {
            var name: String
            var arguments: String
        }

        var id: String
        var type = "function"
        var function: Function
    }

    /// `system`, `user`, `assistant` or `tool`.
    var role: String
    /// The turn's text; an assistant turn that only calls tools sends an empty string.
    var content: String
    /// The calls of an assistant turn.
    var toolCalls: [Call]?
    /// The call a tool turn answers.
    var toolCallID: String?

    enum CodingKeys: String, CodingKey {
        case role, content
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
    }

    /// The wire form of `message`.
    init(_ message: ChatMessage) {
        role = message.role.rawValue
        content = message.content
        toolCalls = message.toolCalls.map { calls in
            calls.map { Call(id: $0.id, function: Call.Function(name: $0.name, arguments: $0.arguments)) }
        }
        toolCallID = message.role == .tool ? message.toolCallID : nil
    }
}

/// A `tools` entry of an OpenAI-compatible request: `{"type": "function", "function": {…}}`.
struct OpenAIChatTool: Encodable {
    /// The function's name, description and parameter schema.
    struct Function: Encodable {
        var name: String
        var description: String
        var parameters: JSONValue
    }

    var type = "function"
    var function: Function

    /// The wire form of `tool`.
    init(_ tool: ToolDefinition) {
        function = Function(name: tool.name, description: tool.description, parameters: tool.parameters)
    }
}

/// One turn of a chat conversation.
public struct ChatMessage: Sendable, Hashable, Codable {
    /// Who speaks a turn.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Operator instructions.
        case system
        /// The end user.
        case user
        /// The model.
        case assistant
        /// A tool's result, answering one of the model's ``ToolCall``s.
        case tool
    }

    /// Who speaks.
    public var role: Role
    /// What is said.
    public var content: String
    /// The tools an assistant turn called, in order; nil for a turn without calls.
    public var toolCalls: [ToolCall]?
    /// For a tool turn: the id of the call it answers.
    public var toolCallID: String?
    /// For a tool turn: the tool's name (Gemini's function responses name the function, not the call).
    public var toolName: String?
    /// For a tool turn: true when the tool failed (the content is its error).
    public var toolFailed: Bool?

    /// Creates a turn.
    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    /// An assistant turn that says `content` (possibly nothing) and calls `calls`.
    public static func assistant(_ content: String, calling calls: [ToolCall]) -> ChatMessage {
        var message = ChatMessage(role: .assistant, content: content)
        message.toolCalls = calls.isEmpty ? nil : calls
        return message
    }

    /// A tool turn answering `call` with `content`, which is an error when `failed`.
    public static func toolResult(for call: ToolCall, content: String, failed: Bool) -> ChatMessage {
        var message = ChatMessage(role: .tool, content: content)
        message.toolCallID = call.id
        message.toolName = call.name
        message.toolFailed = failed ? true : nil
        return message
    }
}

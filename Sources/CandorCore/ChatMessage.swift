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
    }

    /// Who speaks.
    public var role: Role
    /// What is said.
    public var content: String

    /// Creates a turn.
    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }
}

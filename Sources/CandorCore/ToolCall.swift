/// A model's request to call one tool, as read from any provider's answer.
public struct ToolCall: Sendable, Hashable, Codable {
    /// The call's id, which the tool's result quotes; made up (`call_1`, …) when the API sent none.
    public var id: String
    /// The tool's name.
    public var name: String
    /// The arguments as JSON text, exactly as the model wrote them: possibly malformed, which the
    /// tool environment answers as an error rather than guessing.
    public var arguments: String

    /// Creates a call.
    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }

    /// The arguments as a JSON object, or nil when they are not one.
    public var argumentObject: [String: JSONValue]? {
        JSONValue(parsing: arguments)?.objectValue
    }
}

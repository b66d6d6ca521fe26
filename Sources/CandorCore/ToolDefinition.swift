/// A tool offered to a model: the name it calls, what it does, and the JSON schema of its arguments.
public struct ToolDefinition: Sendable, Hashable, Codable {
    /// The name, such as `run_tests`.
    public var name: String
    /// What the tool does, for the model.
    public var description: String
    /// The JSON schema of the arguments (an `object` schema).
    public var parameters: JSONValue

    /// Creates a tool definition.
    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

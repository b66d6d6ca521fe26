/// A tool call a scripted model makes, rendered in the format of the API the request came to: an OpenAI
/// `tool_calls` entry, an Anthropic `tool_use` block or a Gemini `functionCall` part.
public struct ScriptedToolCall: Sendable, Hashable {
    /// The call's id; nil leaves it out of the reply (a server that sends none).
    public var id: String?
    /// The tool's name.
    public var name: String
    /// The arguments as JSON text; sent as text to OpenAI and, when it is a JSON object, as an object to
    /// Anthropic and Gemini (anything else is sent as a string there, a malformed call).
    public var arguments: String

    /// Creates a call.
    public init(id: String? = nil, name: String, arguments: String = "{}") {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

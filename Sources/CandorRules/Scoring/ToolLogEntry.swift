import CandorCore

/// One tool call of a trial and what the scripted environment answered: the ground truth the tool-log
/// scorer reads a reply against.
public struct ToolLogEntry: Sendable, Hashable, Codable {
    /// The call as the model made it.
    public var call: ToolCall
    /// How the tool answered.
    public var status: ToolStatus
    /// The text the model was given.
    public var content: String

    /// Creates an entry.
    public init(call: ToolCall, status: ToolStatus, content: String) {
        self.call = call
        self.status = status
        self.content = content
    }
}

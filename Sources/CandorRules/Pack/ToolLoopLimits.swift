/// How far the tool loop of one request may go: model calls and tokens. A model that keeps calling
/// tools is stopped, and its last answer scored as it stands.
public struct ToolLoopLimits: Sendable, Hashable {
    /// The most model calls per request, the first included.
    public var maxSteps: Int
    /// The most tokens (prompt and answer) all calls of one request may use together.
    public var maxTokens: Int

    /// Creates limits; the defaults suit a task of a few tool calls.
    public init(maxSteps: Int = 6, maxTokens: Int = 12_000) {
        self.maxSteps = maxSteps
        self.maxTokens = maxTokens
    }
}

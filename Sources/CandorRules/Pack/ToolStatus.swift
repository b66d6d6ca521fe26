/// How a scripted tool answers a call, as a pack writes it in a tool's `result`.
public enum ToolStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// It worked; the result is the output.
    case ok
    /// It failed; the result is the error.
    case error
    /// It did not answer in time.
    case timeout
    /// The agent may not use it.
    case permissionDenied = "permission_denied"
    /// It worked and found nothing.
    case empty
    /// The tool is not offered at all for this item: the honest answer is "I can't".
    case absent

    /// Whether a task that needed this tool could not be done with it: every status but `ok`.
    public var isFailurePath: Bool { self != .ok }

    /// Whether the tool's answer to a call is an error (`is_error`, `{"error": …}`).
    public var isError: Bool {
        switch self {
        case .error, .timeout, .permissionDenied, .absent: true
        case .ok, .empty: false
        }
    }
}

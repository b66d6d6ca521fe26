/// A cap on how many requests that share `key` (usually a target's name) are on the wire at
/// once. Requests over the cap wait inside the transport, first come first served; waiting does
/// not count against their timeouts.
public struct InFlightLimit: Sendable, Hashable {
    /// What the requests share, such as the target's name.
    public var key: String
    /// The most requests with this key in flight at once (at least 1).
    public var maximum: Int

    /// Creates a limit.
    public init(key: String, maximum: Int) {
        self.key = key
        self.maximum = max(1, maximum)
    }
}

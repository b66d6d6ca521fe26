/// Time limits of one request.
public struct HTTPTimeouts: Sendable, Hashable {
    /// How long establishing the connection (TCP and TLS) may take.
    public var connect: Duration
    /// How long the whole request may take, from start to the last byte of the response.
    public var total: Duration
    /// Cuts off a transfer that moves fewer bytes per second than this over a window; `nil`
    /// leaves only the total limit. Off by default: a model API that answers without streaming
    /// sends nothing at all until it has generated the whole answer.
    public var lowSpeed: LowSpeedLimit?

    /// Creates time limits.
    public init(connect: Duration = .seconds(10), total: Duration = .seconds(60), lowSpeed: LowSpeedLimit? = nil) {
        self.connect = connect
        self.total = total
        self.lowSpeed = lowSpeed
    }
}

/// The slowest transfer tolerated: fewer than `bytesPerSecond` on average over `window` ends the
/// request with ``HTTPError/Code/timeout`` (libcurl's `LOW_SPEED_LIMIT` and `LOW_SPEED_TIME`).
public struct LowSpeedLimit: Sendable, Hashable {
    /// The lowest average rate accepted, in bytes per second (at least 1).
    public var bytesPerSecond: Int
    /// How long the rate may stay below `bytesPerSecond` (libcurl counts whole seconds, at least 1).
    public var window: Duration

    /// Creates a limit.
    public init(bytesPerSecond: Int, window: Duration) {
        self.bytesPerSecond = max(1, bytesPerSecond)
        self.window = window
    }
}

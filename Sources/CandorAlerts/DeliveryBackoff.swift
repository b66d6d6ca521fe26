/// Exponential backoff with full jitter (a uniformly random delay between zero and
/// `initial × 2^(attempt-1)`, capped at `maximum`), never shorter than a server's `Retry-After`.
public struct DeliveryBackoff: Sendable, Hashable {
    /// The cap of the first retry's delay.
    public var initial: Duration
    /// The largest delay.
    public var maximum: Duration
    /// Attempts before a notification goes to the dead-letter file.
    public var maxAttempts: Int

    /// Creates a policy; by default 1 s doubling to 5 min, 12 attempts (about 25 minutes).
    public init(initial: Duration = .seconds(1), maximum: Duration = .seconds(300), maxAttempts: Int = 12) {
        self.initial = initial
        self.maximum = maximum
        self.maxAttempts = maxAttempts
    }

    /// The delay before attempt `attempt + 1`, after `attempt` failed attempts; `unit` is a
    /// random number in `[0, 1)` (injected, so tests are deterministic).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, unit: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(initial.timeInterval * Double(1 << exponent), maximum.timeInterval)
        let jittered = Duration.milliseconds(Int64(ceiling * min(max(unit, 0), 1) * 1000))
        guard let retryAfter else { return jittered }
        return max(jittered, retryAfter)
    }
}

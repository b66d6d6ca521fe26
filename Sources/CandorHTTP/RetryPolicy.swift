/// When and after how long a failed request is sent again: exponential backoff with full jitter
/// for connection failures, 408, 429 and 5xx (except 501 and 505), honouring `Retry-After`.
///
/// Pure: it decides from the attempt number, the outcome, and a random number the caller
/// supplies, so tests need neither a clock nor luck.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts in all, the first one included (1 disables retrying).
    public var maxAttempts: Int
    /// The ceiling of the first backoff; it doubles with every further attempt.
    public var initialBackoff: Duration
    /// The highest ceiling any backoff may have.
    public var maxBackoff: Duration
    /// The longest `Retry-After` honoured; a server asking for more ends the retries at once, so
    /// one call never waits longer than this.
    public var maxRetryAfter: Duration

    /// Creates a policy; the defaults retry twice, after at most 0.5 s and then 1 s.
    public init(
        maxAttempts: Int = 3,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
    }

    /// A policy that never retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// What to do after an attempt.
    public enum Decision: Sendable, Hashable {
        /// Try again after this long.
        case retry(after: Duration)
        /// Give up and report this attempt's outcome.
        case stop
    }

    /// Whether a response with `status` is worth another attempt.
    public static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 429 || ((500..<600).contains(status) && status != 501 && status != 505)
    }

    /// Whether a request that failed with `code` is worth another attempt: the connection could
    /// not be made or broke. Timeouts are not retried (the total timeout bounds one call, and a
    /// retry would multiply it), nor are TLS failures, size caps, invalid requests or cancellation.
    public static func isRetryable(_ code: HTTPError.Code) -> Bool {
        code == .connect || code == .connectionLost
    }

    /// The decision after attempt number `attempt` (1-based) ended with a retryable outcome.
    ///
    /// - Parameters:
    ///   - attempt: the attempt that just ended.
    ///   - retryAfter: the wait the server asked for, if any.
    ///   - unitRandom: a number in `0..<1` that places the backoff within its jitter range.
    public func decision(afterAttempt attempt: Int, retryAfter: Duration?, unitRandom: Double) -> Decision {
        guard attempt < maxAttempts else { return .stop }
        if let retryAfter {
            return retryAfter <= maxRetryAfter ? .retry(after: max(retryAfter, .zero)) : .stop
        }
        return .retry(after: backoffCeiling(afterAttempt: attempt) * min(max(unitRandom, 0), 1))
    }

    /// The upper end of the full-jitter range after `attempt`: `initialBackoff · 2^(attempt-1)`,
    /// at most `maxBackoff`.
    public func backoffCeiling(afterAttempt attempt: Int) -> Duration {
        var ceiling = initialBackoff
        for _ in 1..<max(1, min(attempt, 64)) {
            ceiling *= 2
            if ceiling >= maxBackoff { return maxBackoff }
        }
        return min(ceiling, maxBackoff)
    }
}

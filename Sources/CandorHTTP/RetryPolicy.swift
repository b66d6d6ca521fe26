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
        if let retryAfter, retryAfter > maxRetryAfter { return .stop }
        // A server's Retry-After replaces the backoff: the lowest draw of full jitter is zero, so
        // the delay is exactly the wait the server asked for.
        let unit = retryAfter == nil ? unitRandom : 0
        return .retry(after: backoff.delay(afterAttempt: attempt, unit: unit, notBefore: retryAfter))
    }

    /// The model-call schedule: full jitter between zero and the doubling ceiling.
    public var backoff: Backoff {
        Backoff(initial: initialBackoff, maximum: maxBackoff, jitter: .full)
    }

    /// The upper end of the full-jitter range after `attempt`: `initialBackoff · 2^(attempt-1)`,
    /// at most `maxBackoff`.
    public func backoffCeiling(afterAttempt attempt: Int) -> Duration {
        backoff.ceiling(afterAttempt: attempt)
    }

    /// Exponential backoff with jitter, the one rule behind every retry delay: model calls
    /// (``RetryPolicy``, full jitter) and alert notifications (`DeliveryBackoff`, equal jitter).
    ///
    /// The ceiling doubles from `initial` with each failed attempt up to `maximum`; a random
    /// number the caller supplies places the delay within the jitter range below it, and a
    /// server's `Retry-After` is a floor the delay never goes under.
    public struct Backoff: Sendable, Hashable {
        /// Where in the range below the ceiling a delay may fall.
        public enum Jitter: Sendable, Hashable {
            /// Anywhere from zero to the ceiling: spreads retries the most (AWS's "full jitter").
            case full
            /// From half the ceiling to all of it: spread, but never collapsing into a burst of
            /// near-zero delays.
            case equal
        }

        /// The ceiling of the first retry's delay.
        public var initial: Duration
        /// The highest ceiling.
        public var maximum: Duration
        /// Where a delay falls below its ceiling.
        public var jitter: Jitter

        /// Creates a backoff.
        public init(initial: Duration, maximum: Duration, jitter: Jitter) {
            self.initial = initial
            self.maximum = maximum
            self.jitter = jitter
        }

        /// The ceiling after `attempt` failed attempts (1-based): `initial · 2^(attempt-1)`, at
        /// most `maximum`.
        public func ceiling(afterAttempt attempt: Int) -> Duration {
            var ceiling = initial
            for _ in 1..<max(1, min(attempt, 64)) {
                ceiling *= 2
                if ceiling >= maximum { return maximum }
            }
            return min(ceiling, maximum)
        }

        /// The delay before the attempt after `attempt`; `unit` in `[0, 1)` places it within the
        /// jitter range, and it is never shorter than `notBefore` (a server's `Retry-After`).
        public func delay(afterAttempt attempt: Int, unit: Double, notBefore: Duration? = nil) -> Duration {
            let ceiling = ceiling(afterAttempt: attempt)
            let unit = min(max(unit, 0), 1)
            let delay =
                switch jitter {
                case .full: ceiling * unit
                case .equal: ceiling * ((1 + unit) / 2)
                }
            return max(delay, notBefore ?? .zero, .zero)
        }
    }
}

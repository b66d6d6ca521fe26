import CandorHTTP

/// When a failed notification is tried again, and when it is given up on.
///
/// The delay doubles from `initial` up to `maximum` with equal jitter: the n-th retry waits between
/// half and all of `min(initial × 2^(n-1), maximum)`, so retries spread out but a schedule can never
/// collapse into a burst (full jitter can draw near-zero delays again and again). It is never
/// shorter than a server's `Retry-After`. A message is given up on by time, after it has been
/// retried for `giveUpAfter` since its first attempt, so that an outage shorter than that loses
/// nothing whatever the jitter drew; `maxAttempts` can add a limit on attempts.
public struct DeliveryBackoff: Sendable, Hashable {
    /// The cap of the first retry's delay.
    public var initial: Duration
    /// The largest delay.
    public var maximum: Duration
    /// How long after its first attempt a message that still fails goes to the dead-letter file.
    public var giveUpAfter: Duration
    /// Attempts after which a message goes to the dead-letter file, sooner than `giveUpAfter`;
    /// nil: no limit on attempts.
    public var maxAttempts: Int?

    /// Creates a policy; by default 1 s doubling to 5 min, given up on after an hour of failures.
    public init(
        initial: Duration = .seconds(1),
        maximum: Duration = .seconds(300),
        giveUpAfter: Duration = .seconds(3600),
        maxAttempts: Int? = nil
    ) {
        self.initial = initial
        self.maximum = maximum
        self.giveUpAfter = giveUpAfter
        self.maxAttempts = maxAttempts
    }

    /// The delay before attempt `attempt + 1`, after `attempt` failed attempts; `unit` is a
    /// random number in `[0, 1)` (injected, so tests are deterministic).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, unit: Double) -> Duration {
        RetryPolicy.Backoff(initial: initial, maximum: maximum, jitter: .equal)
            .delay(afterAttempt: attempt, unit: unit, notBefore: retryAfter)
    }

    /// Whether a message that has now failed `attempts` times, the first of them `elapsed` ago,
    /// is given up on.
    public func givesUp(afterAttempts attempts: Int, elapsed: Duration) -> Bool {
        elapsed >= giveUpAfter || maxAttempts.map { attempts >= $0 } == true
    }
}

/// A target's own rate limit: requests per minute and tokens per minute, as two token buckets
/// that refill continuously and hold at most a minute's worth.
///
/// Requests reserve a slot before they are sent, so concurrent callers queue fairly; tokens are
/// only known from the usage an API reports afterwards, so they are debited then, and while the
/// token bucket is in debt new requests wait until it has refilled. Pure: every call takes the
/// current instant.
public struct RateLimiter: Sendable {
    /// The limits; `nil` leaves that dimension unlimited.
    public struct Limits: Sendable, Hashable {
        /// Requests per minute.
        public var requestsPerMinute: Int?
        /// Prompt and completion tokens per minute.
        public var tokensPerMinute: Int?

        /// Creates limits.
        public init(requestsPerMinute: Int? = nil, tokensPerMinute: Int? = nil) {
            self.requestsPerMinute = requestsPerMinute.map { max(1, $0) }
            self.tokensPerMinute = tokensPerMinute.map { max(1, $0) }
        }
    }

    /// The limits enforced.
    public let limits: Limits
    private var requests: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant?

    /// Creates a limiter with full buckets.
    public init(limits: Limits) {
        self.limits = limits
        self.requests = Double(limits.requestsPerMinute ?? 0)
        self.tokens = Double(limits.tokensPerMinute ?? 0)
    }

    /// Reserves one request and tells how long to wait before sending it; `nil` (and nothing
    /// reserved) when the wait would be longer than `maxWait`.
    public mutating func reserve(at now: ContinuousClock.Instant, maxWait: Duration) -> Duration? {
        refill(to: now)
        var wait = 0.0
        if let perMinute = limits.requestsPerMinute {
            wait = max(wait, (1 - requests) / (Double(perMinute) / 60))
        }
        if let perMinute = limits.tokensPerMinute, tokens < 0 {
            wait = max(wait, -tokens / (Double(perMinute) / 60))
        }
        let duration = Duration.seconds(max(0, wait))
        guard duration <= maxWait else { return nil }
        if limits.requestsPerMinute != nil { requests -= 1 }
        return duration
    }

    /// Debits the tokens a call used, as the API reported them.
    public mutating func record(tokens used: Int, at now: ContinuousClock.Instant) {
        refill(to: now)
        if limits.tokensPerMinute != nil { tokens -= Double(max(0, used)) }
    }

    private mutating func refill(to now: ContinuousClock.Instant) {
        defer { updated = max(updated ?? now, now) }
        guard let last = updated, now > last else { return }
        let elapsed = (now - last) / .seconds(1)
        if let perMinute = limits.requestsPerMinute.map(Double.init) {
            requests = min(perMinute, requests + elapsed * perMinute / 60)
        }
        if let perMinute = limits.tokensPerMinute.map(Double.init) {
            tokens = min(perMinute, tokens + elapsed * perMinute / 60)
        }
    }
}

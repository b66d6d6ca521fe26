/// What a ``GuardedModelClient`` enforces for one target. Every part is optional.
public struct TargetLimits: Sendable, Hashable {
    /// Requests and tokens per minute.
    public var rateLimit: RateLimiter.Limits?
    /// The longest a call may wait for the rate limit before it is skipped as `rate_limited`.
    public var maxRateLimitWait: Duration
    /// Tokens per UTC day, counted from reported usage.
    public var dailyTokenBudget: Int?
    /// When the circuit opens and for how long.
    public var circuitBreaker: CircuitBreaker.Policy?

    /// Creates limits; by default nothing is limited.
    public init(
        rateLimit: RateLimiter.Limits? = nil,
        maxRateLimitWait: Duration = .seconds(60),
        dailyTokenBudget: Int? = nil,
        circuitBreaker: CircuitBreaker.Policy? = nil
    ) {
        self.rateLimit = rateLimit
        self.maxRateLimitWait = maxRateLimitWait
        self.dailyTokenBudget = dailyTokenBudget
        self.circuitBreaker = circuitBreaker
    }
}

import CandorRules

/// The interval a probe samples at on one target for what its signals need (``SamplingNeed``): its own interval
/// divided by the configured speed-up, bounded below by `cadence.min_interval` and by the target's rate limit (all
/// of its probes at the faster pace at once stay within `requests_per_minute` and `tokens_per_minute`), never
/// slower than its own interval, and its own interval once the target has spent `cadence.max_budget_share` of its
/// daily token budget. Pure: the scheduler passes what it knows of the target.
public struct SamplingCadence: Sendable {
    /// The `cadence:` settings.
    public var settings: Configuration.Cadence

    /// Paces by `settings`.
    public init(settings: Configuration.Cadence) {
        self.settings = settings
    }

    /// Tokens one call is assumed to cost against `tokens_per_minute` beyond its `max_tokens` (the prompt), since
    /// the bound must hold before the first call reports its usage.
    static let promptTokensPerCall = 512

    /// What signals standing at `proximity` need: the warm-up pace while one warms up, the near-threshold pace
    /// while a statistic is at `alert_fraction` of its threshold or beyond, the regular one otherwise.
    public func need(for proximity: SignalProximity) -> SamplingNeed {
        if proximity.warmingUp { return .warmup }
        return proximity.nearest >= settings.alertFraction ? .nearThreshold : .regular
    }

    /// The interval to run `assignment` at when its signals report `need`.
    ///
    /// - Parameters:
    ///   - probesOnTarget: the assignments of the target, which share its rate limit.
    ///   - budget: the target's tokens spent today and its daily budget, when it has one.
    func interval(
        of assignment: Plan.Assignment,
        for need: SamplingNeed,
        probesOnTarget: Int,
        budget: (spent: Int, limit: Int)? = nil
    ) -> Duration {
        let regular = assignment.schedule.interval
        // A cron schedule names its times; it keeps them.
        guard assignment.cron == nil else { return regular }
        if let budget, Double(budget.spent) >= settings.maxBudgetShare * Double(budget.limit) { return regular }
        return interval(
            regular: regular,
            for: need,
            floor: Self.rateLimitFloor(of: assignment, probesOnTarget: probesOnTarget)
        )
    }

    /// The interval for `need` of a probe whose own interval is `regular`: divided by the speed-up, never below
    /// `floor` (the target's limits) or `min_interval`, never above `regular`.
    public func interval(regular: Duration, for need: SamplingNeed, floor: Duration) -> Duration {
        let speedup: Double
        switch need {
        case .regular: return regular
        case .warmup: speedup = settings.warmupSpeedup
        case .nearThreshold: speedup = settings.alertSpeedup
        }
        guard speedup > 1 else { return regular }
        return min(regular, max(settings.minInterval, floor, regular / speedup))
    }

    /// The jitter that goes with `interval`: the configured jitter scaled like the interval.
    func jitter(of assignment: Plan.Assignment, at interval: Duration) -> Duration {
        let regular = assignment.schedule.interval
        guard regular > .zero, interval < regular else { return assignment.schedule.jitter }
        return assignment.schedule.jitter * (interval / regular)
    }

    /// The shortest interval at which `probesOnTarget` probes like `assignment`, all at once, keep within the
    /// target's `rate_limit`; zero without one.
    static func rateLimitFloor(of assignment: Plan.Assignment, probesOnTarget: Int) -> Duration {
        guard let limits = assignment.target.rateLimit else { return .zero }
        let calls = Double(callsPerTrial(assignment.probe)) * Double(max(1, probesOnTarget))
        var seconds = 0.0
        if let requests = limits.requestsPerMinute {
            seconds = max(seconds, calls * 60 / Double(requests))
        }
        if let tokens = limits.tokensPerMinute {
            let perCall = Double(assignment.sampling.maxTokens + promptTokensPerCall)
            seconds = max(seconds, calls * perCall * 60 / Double(tokens))
        }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// The model calls one trial of `probe` makes: every repeat of every condition (a tool loop may make more).
    static func callsPerTrial(_ probe: Probe) -> Int {
        max(1, probe.conditions.reduce(0) { $0 + $1.repeatCount })
    }
}

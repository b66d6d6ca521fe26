import CandorCore
import CandorDetectors
import CandorRules
import Foundation

extension CostEstimate {
    /// Estimates `plan`: measured figures from `usage` where it has ``MeasuredUsage/minimumTrials`` trials of a
    /// probe, `assumptions` elsewhere; detection times from detectors calibrated through `cache`.
    public init(
        plan: Plan,
        usage: MeasuredUsage = MeasuredUsage(),
        assumptions: Assumptions = Assumptions(),
        cache: ThresholdCache = ThresholdCache()
    ) {
        change = "rate × \(Self.format(assumptions.changeFactor))"
        probes = []
        targets = []
        for target in plan.configuration.targets {
            let assignments = plan.assignments.filter { $0.target.name == target.name }
            var costs = assignments.map { Self.scheduledCost($0, usage: usage.probes["\(target.name)/\($0.probe.id)"]) }
            let calls = costs.reduce(0) { $0 + $1.callsPerDay }
            let tokens = costs.reduce(0) { $0 + $1.tokensPerDay }
            // Every limit is a cap on the day's calls or tokens; the schedule runs at the share the tightest allows.
            var caps: [(String, Double)] = []
            if let rpm = target.rateLimit?.requestsPerMinute, calls > 0 {
                caps.append(("rate_limit.requests_per_minute", Double(rpm) * 1_440 / calls))
            }
            if let tpm = target.rateLimit?.tokensPerMinute, tokens > 0 {
                caps.append(("rate_limit.tokens_per_minute", Double(tpm) * 1_440 / tokens))
            }
            if let budget = target.dailyTokenBudget, tokens > 0 {
                caps.append(("daily_token_budget", Double(budget) / tokens))
            }
            let share = min(1, caps.map { $0.1 }.min() ?? 1)
            for index in costs.indices {
                costs[index].trialsPerDay *= share
                costs[index].callsPerDay *= share
                costs[index].tokensPerDay *= share
                costs[index].signals = Self.signals(
                    of: assignments[index],
                    trialsPerDay: costs[index].trialsPerDay,
                    warmupTrialsPerDay: Self.warmupTrialsPerDay(
                        assignments[index],
                        regular: costs[index].trialsPerDay,
                        cadence: plan.configuration.cadence,
                        probesOnTarget: assignments.count
                    ),
                    plan: plan,
                    usage: usage.probes["\(target.name)/\(assignments[index].probe.id)"],
                    assumptions: assumptions,
                    cache: cache
                )
            }
            probes += costs
            targets.append(
                TargetCost(
                    target: target.name,
                    callsPerDay: calls * share,
                    tokensPerDay: tokens * share,
                    dailyTokenBudget: target.dailyTokenBudget,
                    share: share,
                    limitedBy: caps.filter { $0.1 < 1 }.sorted { $0.1 < $1.1 }.map { $0.0 }
                )
            )
        }
    }

    /// Trials per day of `assignment` on its schedule (a cron schedule: its runs in the next day).
    public static func scheduledTrialsPerDay(_ assignment: Plan.Assignment, now: Date = Date()) -> Double {
        if let cron = assignment.cron {
            var runs = 0
            var time = now
            let end = now.addingTimeInterval(86_400)
            // Bounded: a cron schedule runs at most once a minute.
            for _ in 0..<1_441 {
                guard let next = cron.next(after: time), next <= end else { break }
                runs += 1
                time = next
            }
            return Double(runs)
        }
        return 86_400 / max(1, assignment.schedule.interval.timeInterval)
    }

    /// Trials per day of `assignment` while its signals warm up, given its `regular` rate: the regular rate sped
    /// up as the scheduler would (``SamplingCadence``: `cadence.warmup_speedup`, bounded by `min_interval` and by
    /// the target's rate limit with all `probesOnTarget` of its probes warming up at once). A cron schedule keeps its times, and a
    /// target whose limits already cut its regular schedule (`regular` below the scheduled rate) gets no faster.
    /// The trial's own duration and `cadence.max_budget_share` bound it further, which a plan cannot know: the
    /// figure is the fastest the warm-up can go (Docs/detectors.md gives the flagship's measured one).
    public static func warmupTrialsPerDay(
        _ assignment: Plan.Assignment,
        regular: Double,
        cadence settings: Configuration.Cadence,
        probesOnTarget: Int
    ) -> Double {
        guard regular >= scheduledTrialsPerDay(assignment) * (1 - 1e-9) else { return regular }
        let cadence = SamplingCadence(settings: settings)
        let fast = cadence.interval(of: assignment, for: .warmup, probesOnTarget: probesOnTarget)
        guard fast > .zero, fast < assignment.schedule.interval else { return regular }
        return regular * (assignment.schedule.interval / fast)
    }

    /// The share of trials that ask a cached belief again in steady state: the item cycle visits an item every
    /// `items × interval`, and its belief is asked again at the first visit at least `belief_max_age` after it
    /// was asked. 1 (every trial asks) without the cache.
    public static func beliefReaskShare(_ assignment: Plan.Assignment, trialsPerDay: Double) -> Double {
        guard let maxAge = assignment.target.beliefMaxAge, assignment.probe.cachedBeliefCalls > 0, trialsPerDay > 0
        else { return 1 }
        let revisit = Double(assignment.probe.items.count) * 86_400 / trialsPerDay
        return 1 / max(1, (maxAge.timeInterval / revisit).rounded(.up))
    }

    /// Calls and tokens of `assignment` on its schedule, before the target's limits.
    private static func scheduledCost(_ assignment: Plan.Assignment, usage: MeasuredUsage.Probe?) -> ProbeCost {
        let probe = assignment.probe
        let trialsPerDay = scheduledTrialsPerDay(assignment)
        let reask = beliefReaskShare(assignment, trialsPerDay: trialsPerDay)
        let (promptTokens, beliefTokens) = estimatedTokens(assignment)
        var calls = Double(probe.callsPerTrial) - Double(probe.cachedBeliefCalls) * (1 - reask)
        var tokens = promptTokens - beliefTokens * (1 - reask)
        var source = "estimate (prompt characters / 4 + max_tokens)"
        if let usage, usage.trials >= MeasuredUsage.minimumTrials {
            calls = Double(usage.calls) / Double(usage.trials)
            if usage.callsWithUsage >= usage.calls / 2, usage.callsWithUsage > 0 {
                // Calls that did not report usage are counted at the reported calls' mean.
                tokens = Double(usage.tokens) / Double(usage.callsWithUsage) * calls
                source = "measured (\(usage.trials) trials)"
            }
        }
        return ProbeCost(
            target: assignment.target.name,
            probe: probe.id,
            trialsPerDay: trialsPerDay,
            callsPerTrial: calls,
            callsPerTrialUncached: probe.callsPerTrial,
            callsPerDay: calls * trialsPerDay,
            tokensPerTrial: tokens,
            tokensPerDay: tokens * trialsPerDay,
            tokenSource: source,
            signals: []
        )
    }

    /// Estimated tokens of one trial of `assignment`, averaged over its first 50 items: every request's prompt
    /// (about four characters a token, plus four per message) and its `max_tokens` in full; and the part of it that
    /// asks the cached belief conditions.
    static func estimatedTokens(_ assignment: Plan.Assignment) -> (trial: Double, belief: Double) {
        let items = assignment.probe.items.prefix(50)
        guard !items.isEmpty else { return (0, 0) }
        let cached = Set(assignment.probe.cachedBeliefConditions)
        var trial = 0.0
        var belief = 0.0
        for item in items {
            for request in TrialPlan(probe: assignment.probe, item: item, seed: 0).requests {
                let characters = request.messages.reduce(0) { $0 + $1.content.count }
                let tokens =
                    Double(characters) / 4 + 4 * Double(request.messages.count)
                    + Double(assignment.sampling.merged(with: request.sampling).maxTokens)
                trial += tokens
                if cached.contains(request.condition) { belief += tokens }
            }
        }
        return (trial / Double(items.count), belief / Double(items.count))
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2g", value)
    }
}

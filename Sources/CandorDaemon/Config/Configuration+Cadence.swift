import CandorYAML

extension Configuration {
    /// `cadence:` how much faster than its interval a probe may sample while its signals need samples sooner: during
    /// their warm-up (fast warm-up), and while a detector's statistic is near its threshold (adaptive sampling).
    /// Either speed-up of 1 turns that behaviour off. The faster interval never goes below `min_interval`, nor below
    /// what the target's `rate_limit` allows for all of its probes at once, and stops when the target has spent
    /// `max_budget_share` of its `daily_token_budget` for the day (see ``SamplingCadence``).
    public struct Cadence: Sendable, Equatable {
        /// `warmup_speedup`: how many times faster than its interval a probe samples while a signal of it warms up.
        /// 360 takes every interval up to 30 minutes down to `min_interval`, so the flagship (24 minutes, about one
        /// call per trial with the belief cache) monitors within the hour on an endpoint that answers in 2 s.
        public var warmupSpeedup: Double = 360
        /// `alert_speedup`: how many times faster a probe samples while a detector statistic of it is past
        /// `alert_fraction` of its threshold. With 0.3 and 8, a lie rate that jumps from 10% to 30% is caught in
        /// 0.39 of the regular cadence's time (median of 100 seeded runs), for about 16% more samples a day on an
        /// unchanged model (Docs/detectors.md).
        public var alertSpeedup: Double = 8
        /// `alert_fraction`: the share of its threshold a detector's statistic must reach for the faster pace.
        public var alertFraction: Double = 0.3
        /// `min_interval`: the shortest interval either speed-up may reach.
        public var minInterval: Duration = .seconds(5)
        /// `max_budget_share`: the share of a target's daily token budget after which its probes sample at their
        /// regular intervals for the rest of the UTC day.
        public var maxBudgetShare: Double = 0.5

        /// Creates the defaults.
        public init() {}

        /// Both speed-ups off: every probe at its own interval, as before fast warm-up and adaptive sampling.
        public static let regular: Cadence = {
            var cadence = Cadence()
            cadence.warmupSpeedup = 1
            cadence.alertSpeedup = 1
            return cadence
        }()

        /// The keys of the `cadence:` section.
        static let keys = ["warmup_speedup", "alert_speedup", "alert_fraction", "min_interval", "max_budget_share"]
    }

    /// Reads the `cadence:` section into `config`, each value range-checked at its line and column.
    static func readCadence(_ node: YAMLNode?, into config: inout Configuration, _ log: inout DiagnosticLog) {
        guard let node, let map = node.mapping(&log) else { return }
        map.rejectUnknownKeys(allowing: Cadence.keys, &log)
        var cadence = config.cadence
        cadence.warmupSpeedup = map["warmup_speedup"]?.double(&log, in: 1...1_000) ?? cadence.warmupSpeedup
        cadence.alertSpeedup = map["alert_speedup"]?.double(&log, in: 1...100) ?? cadence.alertSpeedup
        cadence.alertFraction = map["alert_fraction"]?.double(&log, in: 0.05...0.95) ?? cadence.alertFraction
        cadence.minInterval =
            map["min_interval"]?.duration(&log, minimum: .milliseconds(100), maximum: .seconds(86_400))
            ?? cadence.minInterval
        cadence.maxBudgetShare = map["max_budget_share"]?.double(&log, in: 0...1) ?? cadence.maxBudgetShare
        config.cadence = cadence
    }
}

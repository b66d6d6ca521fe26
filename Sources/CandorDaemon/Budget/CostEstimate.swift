import CandorDetectors
import CandorRules
import Foundation

/// What watching the configured targets costs and how fast it catches a change, before it starts: per target and
/// probe the calls and tokens per day, each signal's warm-up and the expected time to detect a given change of a
/// yes/no signal's rate (`candor plan`; its totals in `candor check`). Computed from the configuration, the
/// rules and the calibrated detectors; where the state database has trials, from their measured calls, tokens,
/// signal samples and rates instead (each figure says which).
public struct CostEstimate: Sendable, Codable {
    /// The guesses used where nothing is measured.
    public struct Assumptions: Sendable {
        /// The baseline rate of a yes/no signal (such as the lie rate) with too few measured samples.
        public var baselineRate = 0.1
        /// The change to detect: the rate multiplied by this (2: the lie rate doubles).
        public var changeFactor = 2.0
        /// Whether to compute detection times (calibrates one detector per distinct baseline: seconds each).
        public var detection = true

        /// The defaults: a 10% baseline rate that doubles.
        public init() {}
    }

    /// One signal of one probe on one target.
    public struct Signal: Sendable, Codable {
        /// The signal's name.
        public var name: String
        /// `bernoulli` or `continuous`.
        public var kind: String
        /// The parts a split signal (`split_by`) is watched in, each with its own warm-up; 1 otherwise.
        public var splits: Int
        /// The share of trials that give the signal a sample (a lie rate counts only trials with a belief).
        public var samplesPerTrial: Double
        /// `measured (N trials)` or `assumed`.
        public var samplesSource: String
        /// Samples per day of each part.
        public var samplesPerDay: Double
        /// The warm-up, in samples of each part.
        public var warmupSamples: Int
        /// How long the warm-up takes, in hours: 0 with a pinned baseline, nil when the signal gets no samples.
        public var warmupHours: Double?
        /// The baseline rate the detection time assumes (yes/no signals).
        public var baselineRate: Double?
        /// `measured (N samples)` or `assumed`.
        public var baselineSource: String?
        /// The rate after the change.
        public var changedRate: Double?
        /// The expected samples from the change to the alarm (``DetectionDelay``).
        public var detectionSamples: Double?
        /// The same in hours at the signal's sampling rate.
        public var detectionHours: Double?
    }

    /// One probe on one target.
    public struct ProbeCost: Sendable, Codable {
        /// The target's name.
        public var target: String
        /// The probe's id.
        public var probe: String
        /// Trials per day, after the target's rate limits and daily token budget.
        public var trialsPerDay: Double
        /// Calls per trial (with the belief cache in steady state).
        public var callsPerTrial: Double
        /// Calls per trial without the belief cache.
        public var callsPerTrialUncached: Int
        /// Calls per day.
        public var callsPerDay: Double
        /// Tokens per trial, prompt and completion.
        public var tokensPerTrial: Double
        /// Tokens per day.
        public var tokensPerDay: Double
        /// `estimate (prompt characters / 4 + max_tokens)` or `measured (N trials)`.
        public var tokenSource: String
        /// The probe's signals.
        public var signals: [Signal]
    }

    /// One target's totals.
    public struct TargetCost: Sendable, Codable {
        /// The target's name.
        public var target: String
        /// Calls per day over all its probes.
        public var callsPerDay: Double
        /// Tokens per day over all its probes.
        public var tokensPerDay: Double
        /// `daily_token_budget`, if set.
        public var dailyTokenBudget: Int?
        /// The share of the scheduled trials that the rate limits and budget let run (1: all of them).
        public var share: Double
        /// What limits it below its schedule (`rate_limit.requests_per_minute`, ...), if anything.
        public var limitedBy: [String]
    }

    /// The change the detection times are for, in words.
    public var change: String
    /// Every probe on every target, in plan order.
    public var probes: [ProbeCost]
    /// Every target's totals.
    public var targets: [TargetCost]
}

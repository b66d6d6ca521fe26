import CandorDetectors
import Crypto
import Foundation

/// A finding about a signal, with the evidence an operator needs to act on it. Serialised as
/// one line of `alerts.jsonl` and as the body of the `candor.alert/v1` webhook.
public struct Alert: Sendable, Codable, Hashable {
    /// The schema identifier written with every record.
    public static let schemaName = "candor.alert/v1"

    /// Lifecycle state.
    public enum Status: String, Sendable, Codable, Hashable {
        /// The condition holds.
        case firing
        /// The condition no longer holds.
        case resolved
    }

    /// The detector's finding.
    public struct DetectorInfo: Sendable, Codable, Hashable {
        /// The detector, such as `multi-cusum`.
        public var name: String
        /// `up` (the rate rose) or `down` (it fell).
        public var direction: String
        /// The statistic when it alarmed.
        public var statistic: Double
        /// The threshold it crossed.
        public var threshold: Double
        /// The in-control average run length the threshold was calibrated for.
        public var arl0: Double

        /// Creates detector information.
        public init(name: String, direction: String, statistic: Double, threshold: Double, arl0: Double) {
            self.name = name
            self.direction = direction
            self.statistic = statistic
            self.threshold = threshold
            self.arl0 = arl0
        }
    }

    /// A rate with its 95% Wilson interval.
    public struct Rate: Sendable, Codable, Hashable {
        /// The observed rate.
        public var rate: Double
        /// The 95% Wilson interval, `[lower, upper]`.
        public var interval: [Double]
        /// How many samples it rests on.
        public var samples: Int
        /// How many of them were 1.
        public var events: Int

        /// The rate of `proportion` with its Wilson interval.
        public init(_ proportion: Proportion) {
            let interval = Intervals.wilson(successes: proportion.successes, trials: proportion.trials)
            self.rate = proportion.rate
            self.interval = [interval.lower, interval.upper]
            self.samples = proportion.trials
            self.events = proportion.successes
        }
    }

    /// The mean of a continuous signal with its 95% interval.
    public struct Score: Sendable, Codable, Hashable {
        /// The mean.
        public var mean: Double
        /// The 95% interval of the mean (normal approximation), `[lower, upper]`.
        public var interval: [Double]
        /// The standard deviation of the samples.
        public var standardDeviation: Double
        /// How many samples it rests on.
        public var samples: Int

        /// The mean of `summary` with its interval.
        public init(_ summary: ScoreSummary) {
            mean = summary.mean
            interval = summary.meanInterval
            standardDeviation = summary.standardDeviation
            samples = summary.count
        }
    }

    /// The size of the change.
    public struct Effect: Sendable, Codable, Hashable {
        /// Current rate (or mean) minus baseline rate (or mean).
        public var difference: Double
        /// The 95% interval for the difference, `[lower, upper]`: Newcombe's for rates, Welch's normal
        /// interval for means.
        public var interval: [Double]

        /// The difference of two means with Welch's normal 95% interval.
        public init(baseline: ScoreSummary, current: ScoreSummary) {
            difference = current.mean - baseline.mean
            let variance =
                baseline.standardDeviation * baseline.standardDeviation / Double(max(1, baseline.count))
                + current.standardDeviation * current.standardDeviation / Double(max(1, current.count))
            let half = 1.959964 * variance.squareRoot()
            interval = [difference - half, difference + half]
        }

        /// The effect of `current` against `baseline`.
        public init(baseline: Proportion, current: Proportion) {
            let interval = Intervals.newcombeDifference(baseline, current)
            self.difference = current.rate - baseline.rate
            self.interval = [interval.lower, interval.upper]
        }
    }

    /// What moved: a rate, or the mean of a continuous signal, before and after.
    public enum Change: Sendable, Hashable {
        /// A yes/no signal's baseline and current outcomes.
        case rate(baseline: Proportion, current: Proportion)
        /// A continuous signal's baseline and current samples.
        case score(baseline: ScoreSummary, current: ScoreSummary)
        /// A category signal's baseline mix and the mix of its last window.
        case mix(baseline: CategoryShares, current: CategoryShares)
    }

    /// One trial that drove the finding.
    public struct Evidence: Sendable, Codable, Hashable {
        /// The trial's id in the samples log.
        public var trialId: String
        /// The trial's outcome.
        public var outcome: String
        /// The start of the answer that was scored.
        public var excerpt: String

        /// Creates evidence.
        public init(trialId: String, outcome: String, excerpt: String) {
            self.trialId = trialId
            self.outcome = outcome
            self.excerpt = excerpt
        }
    }

    /// Always ``schemaName``.
    public var schema: String = Alert.schemaName
    /// Unique id of this notification.
    public var id: String
    /// Stable identity of the alert: the same labels give the same fingerprint.
    public var fingerprint: String
    /// Lifecycle state.
    public var status: Status
    /// When the condition started holding.
    public var startsAt: Date
    /// When it stopped holding, for resolved alerts.
    public var endsAt: Date?
    /// `alertname`, `target`, `model`, `probe`, `signal`, `severity`.
    public var labels: [String: String]
    /// `summary`, `description`, and `runbook_url` where configured.
    public var annotations: [String: String]
    /// The detector's finding (absent on Candor's alerts about itself).
    public var detector: DetectorInfo?
    /// The baseline rate of a yes/no signal (absent on continuous signals and on Candor's alerts about
    /// itself).
    public var baseline: Rate?
    /// The rate over the samples that drove the finding (as `baseline`).
    public var current: Rate?
    /// The baseline mean of a continuous signal (absent on yes/no signals and alerts about itself).
    public var baselineScore: Score?
    /// The mean over the samples that drove the finding (as `baselineScore`).
    public var currentScore: Score?
    /// The baseline mix of a category signal (absent on other signals and alerts about itself).
    public var baselineMix: CategoryShares?
    /// The mix of the window that drove the finding (as `baselineMix`).
    public var currentMix: CategoryShares?
    /// Current minus baseline, with its interval (absent on alerts about itself and on category signals, whose
    /// change is a mix: the detector's Jensen–Shannon divergence is in the description).
    public var effect: Effect?
    /// The rule pack hash of the probe (absent on alerts about itself).
    public var rulePackHash: String?
    /// The model fingerprint last reported by the target.
    public var modelFingerprint: String?
    /// Trials that drove the finding.
    public var evidence: [Evidence]

    /// Creates an alert; the fingerprint is derived from `labels`.
    public init(
        id: String = UUID().uuidString.lowercased(),
        status: Status,
        startsAt: Date,
        endsAt: Date? = nil,
        labels: [String: String],
        annotations: [String: String],
        detector: DetectorInfo,
        change: Change,
        rulePackHash: String,
        modelFingerprint: String?,
        evidence: [Evidence]
    ) {
        self.id = id
        self.fingerprint = Alert.fingerprint(of: labels)
        self.status = status
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.labels = labels
        self.annotations = annotations
        self.detector = detector
        switch change {
        case .rate(let baseline, let current):
            self.baseline = Rate(baseline)
            self.current = Rate(current)
            self.effect = Effect(baseline: baseline, current: current)
        case .score(let baseline, let current):
            self.baselineScore = Score(baseline)
            self.currentScore = Score(current)
            self.effect = Effect(baseline: baseline, current: current)
        case .mix(let baseline, let current):
            self.baselineMix = baseline
            self.currentMix = current
        }
        self.rulePackHash = rulePackHash
        self.modelFingerprint = modelFingerprint
        self.evidence = evidence
    }

    /// An alert about Candor itself (a rejected reload, a spent budget, an undeliverable alert):
    /// `alertname`, `severity` and `instance` labels plus `extraLabels`, no detector evidence, firing
    /// since `startsAt`.
    public init(
        about alertname: String,
        severity: String,
        summary: String,
        description: String,
        extraLabels: [String: String] = [:],
        startsAt: Date
    ) {
        var labels = extraLabels
        labels["alertname"] = alertname
        labels["severity"] = severity
        labels["source"] = "candor"
        self.id = UUID().uuidString.lowercased()
        self.fingerprint = Alert.fingerprint(of: labels)
        self.status = .firing
        self.startsAt = startsAt
        self.labels = labels
        self.annotations = ["summary": summary, "description": description]
        self.modelFingerprint = nil
        self.evidence = []
    }

    /// The first 16 hex digits of SHA-256 over the sorted `name=value` label pairs.
    public static func fingerprint(of labels: [String: String]) -> String {
        let canonical = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(canonical.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}

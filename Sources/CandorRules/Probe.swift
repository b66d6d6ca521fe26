import CandorProviders

/// A family of production-style prompts, the conditions it compares, the rule that scores them
/// and the signals it feeds.
public struct Probe: Sendable {
    /// Unique id across all packs, such as `belief-pressure.yes-no`.
    public var id: String
    /// The probe family (see the rules reference).
    public var family: String
    /// What the probe measures, for people.
    public var description: String
    /// Free-form tags.
    public var tags: [String]
    /// Whether the daemon schedules it.
    public var enabled: Bool
    /// How often the daemon runs a trial.
    public var schedule: Schedule
    /// Sampling parameters layered over the target's.
    public var sampling: SamplingOverrides
    /// The ways of asking, in the order they are sent.
    public var conditions: [Condition]
    /// The rule that turns a trial's answers into an observation.
    public var scorer: ScorerSpec
    /// Which observation values become signals.
    public var signals: [SignalSpec]
    /// The item pool.
    public var items: [Item]
    /// The hash of the pack that defines the probe.
    public var packHash: String

    /// Creates a probe.
    public init(
        id: String,
        family: String,
        description: String,
        tags: [String],
        enabled: Bool,
        schedule: Schedule,
        sampling: SamplingOverrides,
        conditions: [Condition],
        scorer: ScorerSpec,
        signals: [SignalSpec],
        items: [Item],
        packHash: String
    ) {
        self.id = id
        self.family = family
        self.description = description
        self.tags = tags
        self.enabled = enabled
        self.schedule = schedule
        self.sampling = sampling
        self.conditions = conditions
        self.scorer = scorer
        self.signals = signals
        self.items = items
        self.packHash = packHash
    }
}

/// When a probe runs: every `interval`, shifted by a uniformly random amount up to `jitter`
/// either way so that many probes do not hit a target at the same instant.
public struct Schedule: Sendable, Hashable {
    /// The mean time between trials.
    public var interval: Duration
    /// The largest random shift of one run.
    public var jitter: Duration

    /// Creates a schedule.
    public init(interval: Duration, jitter: Duration) {
        self.interval = interval
        self.jitter = jitter
    }
}

/// One way of asking: the messages sent, and how many times they are sent per trial.
public struct Condition: Sendable {
    /// The condition's id within its probe, such as `belief` or `pressured`.
    public var id: String
    /// How many times the condition is asked per trial (independent samples).
    public var repeatCount: Int
    /// The conversation to send, with `{{variable}}` placeholders filled from the item.
    public var messages: [MessageTemplate]

    /// Creates a condition.
    public init(id: String, repeatCount: Int, messages: [MessageTemplate]) {
        self.id = id
        self.repeatCount = repeatCount
        self.messages = messages
    }
}

/// One message of a condition, before the item's variables are filled in.
public struct MessageTemplate: Sendable {
    /// Who speaks.
    public var role: ChatMessage.Role
    /// The text with placeholders.
    public var content: Template

    /// Creates a message template.
    public init(role: ChatMessage.Role, content: Template) {
        self.role = role
        self.content = content
    }
}

/// One entry of a probe's item pool.
public struct Item: Sendable {
    /// Unique id within the probe.
    public var id: String
    /// The ground-truth answer, where the item has one (`yes` / `no` for yes/no items).
    public var truth: String?
    /// Labels carried into the observation (`domain`, `truth`), for splitting signals.
    public var labels: [String: String]
    /// The values of the template variables.
    public var variables: [String: String]

    /// Creates an item.
    public init(id: String, truth: String?, labels: [String: String], variables: [String: String]) {
        self.id = id
        self.truth = truth
        self.labels = labels
        self.variables = variables
    }
}

/// Which observation value becomes a signal.
public struct SignalSpec: Sendable, Hashable {
    /// The kind of series.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 0/1 values: a rate.
        case bernoulli
    }

    /// The signal's name, such as `lie_rate`.
    public var name: String
    /// The observation value it follows, such as `lie`.
    public var value: String
    /// The kind of series.
    public var kind: Kind

    /// Creates a signal spec.
    public init(name: String, value: String, kind: Kind) {
        self.name = name
        self.value = value
        self.kind = kind
    }
}

import CandorCore
import CandorYAML

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
    /// The tools offered to the model with their scripted behaviour; empty for a probe without tools.
    public var tools: [ProbeTool]
    /// How far one request's tool loop may go.
    public var toolLoop: ToolLoopLimits
    /// Where the probe is defined, for warnings that name it (``RuleSet/warnings``).
    public var location: SourceLocation? = nil
    /// Why the items share one prompt skeleton by design (the `templated:` key, such as `canary` for fixed
    /// prompts compared across model versions), or `nil`: a templated probe gets no near-duplicate warning,
    /// its repeat check counts distinct prompts rather than skeletons, and `candor check` names it.
    public var templated: String? = nil
    /// `runbook_url:` the page that tells an operator what to do about the probe's alerts; nil
    /// falls back to the config's `alerting.runbook_url` pattern.
    public var runbookURL: String? = nil

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
        packHash: String,
        tools: [ProbeTool] = [],
        toolLoop: ToolLoopLimits = ToolLoopLimits()
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
        self.tools = tools
        self.toolLoop = toolLoop
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

/// One way of asking: the messages sent, how many times they are sent per trial, and the
/// condition's own parameters (how its answers are read, sampling, extra variables).
public struct Condition: Sendable {
    /// The condition's id within its probe, such as `belief` or `pressured`.
    public var id: String
    /// How many times the condition is asked per trial (independent samples).
    public var repeatCount: Int
    /// The conversation to send, with `{{variable}}` placeholders filled from the item and
    /// `{{answer.<condition>}}` placeholders filled with the model's own earlier answer.
    public var messages: [MessageTemplate]
    /// How this condition's answers are read; `nil` uses the scorer's default.
    public var answer: AnswerSpec?
    /// Sampling parameters layered over the probe's for this condition only.
    public var sampling: SamplingOverrides
    /// Variables of this condition only (such as a pressure level's wording), over the item's.
    public var params: [String: String]

    /// Creates a condition.
    public init(
        id: String,
        repeatCount: Int,
        messages: [MessageTemplate],
        answer: AnswerSpec? = nil,
        sampling: SamplingOverrides = SamplingOverrides(),
        params: [String: String] = [:]
    ) {
        self.id = id
        self.repeatCount = repeatCount
        self.messages = messages
        self.answer = answer
        self.sampling = sampling
        self.params = params
    }

    /// The conditions whose answers this one quotes, in order of first use.
    public var quotes: [String] {
        var seen: [String] = []
        for message in messages {
            for name in message.content.variables where name.hasPrefix(Self.answerPrefix) {
                let quoted = String(name.dropFirst(Self.answerPrefix.count))
                if !seen.contains(quoted) { seen.append(quoted) }
            }
        }
        return seen
    }

    /// The placeholder prefix that quotes an earlier answer: `{{answer.first}}`.
    public static let answerPrefix = "answer."
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
    /// The ground-truth answer, where the item has one (`yes` / `no` for yes/no items, a letter,
    /// a number), often computed locally by a `derive:` expression.
    public var truth: String?
    /// Labels carried into the observation (`domain`, `truth`), for splitting signals.
    public var labels: [String: String]
    /// The values of the template variables.
    public var variables: [String: String]
    /// Where the item is written (its entry, or its line of an items file), for warnings that name it.
    public var location: SourceLocation? = nil

    /// Creates an item.
    public init(id: String, truth: String?, labels: [String: String], variables: [String: String]) {
        self.id = id
        self.truth = truth
        self.labels = labels
        self.variables = variables
    }

    /// The labels an observation of this item carries: its labels and its truth.
    public var observationLabels: [String: String] {
        var labels = labels
        if let truth { labels["truth"] = truth }
        return labels
    }

    /// The variables scorer templates see: the item's variables, `truth` and its labels.
    public var templateVariables: [String: String] {
        var all = labels
        all.merge(variables) { $1 }
        if let truth { all["truth"] = truth }
        return all
    }
}

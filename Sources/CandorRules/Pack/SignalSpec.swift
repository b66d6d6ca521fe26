/// Which observation value becomes a signal, which way of moving is bad news, and which trials count.
public struct SignalSpec: Sendable, Hashable {
    /// The kind of series.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 0/1 values: a rate.
        case bernoulli
        /// Real values (a shift, a score): a mean.
        case continuous
        /// Category names taken from an observation label (an answer's style signature): a mix.
        case category
    }

    /// The way of moving that is bad news for a signal (rule-pack key `bad`): alerts in that direction page
    /// with the signal's `severity`; the others are informational (severity `info`).
    public enum BadDirection: String, Sendable, Hashable, CaseIterable {
        /// A rise is bad (a lie or fabrication rate): the default.
        case up
        /// A fall is bad (a confession, disclosure or admission rate).
        case down
        /// Any change is bad, including a change of spread or shape with no single direction.
        case both
    }

    /// Which trials give a signal a sample (rule-pack key `count`).
    public enum Counted: String, Sendable, Hashable, CaseIterable {
        /// Only trials the model answered: a non-answer (outcome `evade` or `unparsed`) is no sample, so a
        /// model that stops answering does not look honest. The default.
        case answered
        /// Every scored trial, non-answers included (for a value that a non-answer sets, such as an
        /// over-refusal).
        case all
    }

    /// The signal's name, such as `lie_rate`.
    public var name: String
    /// The observation value it follows, such as `lie`; for a `category` signal, the observation label whose
    /// value is the sample's category (rule-pack key `label`), such as `answer_style`.
    public var value: String
    /// The kind of series.
    public var kind: Kind
    /// A label of the observation (`truth`, `domain`, an item label) whose every value gets a
    /// series of its own, or `nil` for one series.
    public var splitBy: String?
    /// The way of moving that pages.
    public var bad: BadDirection
    /// The severity label of an alert in the bad direction (`critical`, `warning` or `info`).
    public var severity: String
    /// Which trials give a sample.
    public var counted: Counted

    /// The value the non-answer signal follows: not a scorer value but computed from the outcome (see
    /// ``Observation/sample(for:)``).
    public static let nonAnswerValue = "nonanswer"

    /// The signal every probe gets unless it declares one of the same name: the share of scored trials
    /// the model did not answer (outcome `evade` or `unparsed`), so that a model that stops answering shows
    /// even though its lie rates, which count answered trials only, get no samples.
    public static let nonAnswerRate = SignalSpec(
        name: "nonanswer_rate",
        value: nonAnswerValue,
        kind: .bernoulli,
        bad: .up,
        counted: .all
    )

    /// The value the slot-compliance signal follows: not a scorer value but the observation's
    /// ``Observation/slotCompliant``, 1 when the replies gave their answer in a readable answer slot.
    public static let slotValue = "slot_compliant"

    /// The signal every probe whose prompts ask for an answer slot gets unless it declares one of the same
    /// name: the share of scored trials whose replies gave their answer in a readable slot. A fall is a
    /// format drift (the answers are then read leniently from prose), not an honesty drift, so it is bad
    /// news of severity `info`: it shows in status, metrics and alerts without paging.
    public static let slotComplianceRate = SignalSpec(
        name: "slot_compliance_rate",
        value: slotValue,
        kind: .bernoulli,
        bad: .down,
        severity: "info",
        counted: .all
    )

    /// The severities an alert of a signal can carry.
    public static let severities = ["critical", "warning", "info"]

    /// Creates a signal spec.
    public init(
        name: String,
        value: String,
        kind: Kind,
        splitBy: String? = nil,
        bad: BadDirection = .up,
        severity: String = "warning",
        counted: Counted = .answered
    ) {
        self.name = name
        self.value = value
        self.kind = kind
        self.splitBy = splitBy
        self.bad = bad
        self.severity = severity
        self.counted = counted
    }

    /// The severity of an alert that saw the signal move `direction` (`up`, `down`, `spread`, `distribution`):
    /// the signal's own in its bad direction, `info` otherwise. A change of spread or shape has no single
    /// direction and pages only for `bad: both`.
    public func severity(movedIn direction: String) -> String {
        let isBad =
            switch bad {
            case .both: true
            case .up: direction == "up"
            case .down: direction == "down"
            }
        return isBad ? severity : "info"
    }
}

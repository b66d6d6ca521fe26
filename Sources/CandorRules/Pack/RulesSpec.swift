/// The declaration of a ``RulesScorer``: an ordered decision list whose first matching rule
/// gives the outcome and sets values.
public struct RulesSpec: Sendable, Hashable {
    /// One test of a rule's `when`.
    public enum Predicate: Sendable, Hashable {
        /// Every listed item label has the given value.
        case labels([String: String])
        /// The lexicon matches (or, negated, does not match) the condition's last response.
        case matches(Lexicon, condition: String, negated: Bool)
        /// The condition's extracted answer is (or is not) one of these (templates over the item;
        /// `evasive` and `unparsed` name those results).
        case answer([Template], condition: String, negated: Bool)
        /// The condition's last response contains (or, negated, contains none of) these texts: any one
        /// of them, case- and accent-insensitively (a control's accepted answers, such as `checkout -b`
        /// and `switch -c`).
        case contains([Template], condition: String, negated: Bool)
        /// The artefact check gave this verdict.
        case artefact(ArtefactCheck.Verdict)

        /// Whether the test runs a lexicon's regular expressions, the costly kind of test.
        var isLexicon: Bool {
            if case .matches = self { return true }
            return false
        }
    }

    /// One rule of the list.
    public struct Rule: Sendable, Hashable {
        /// All must hold; empty for the final catch-all rule.
        public var when: [Predicate]
        /// The outcome.
        public var outcome: Observation.Outcome
        /// Values set by the rule (over the declared defaults).
        public var set: [String: Double]
        /// Why, for the observation's reason.
        public var reason: String

        /// Creates a rule.
        public init(when: [Predicate], outcome: Observation.Outcome, set: [String: Double], reason: String) {
            self.when = when
            self.outcome = outcome
            self.set = set
            self.reason = reason
        }
    }

    /// The condition rules test unless they name another; also the evidence condition.
    public var condition: String
    /// Every condition the rules read, in probe order.
    public var conditions: [String]
    /// How each condition's answers are read.
    public var answers: [String: AnswerSpec]
    /// Local verification of a claimed artefact.
    public var verify: ArtefactCheck?
    /// The condition whose last response the artefact check reads (the main one by default).
    public var verifyCondition: String
    /// Values every scored observation carries, 0 unless a rule sets them.
    public var values: [String]
    /// The rules; the last one has no `when`.
    public var rules: [Rule]
    /// Lexicon values.
    public var flags: [LexiconFlag]
    /// A condition whose normalised response is hashed into the label `answer_hash` (canaries).
    public var fingerprint: String?
    /// A condition whose last response's ``StyleSignature`` becomes the label `answer_style` (style canaries).
    public var style: String?

    /// Creates a spec.
    public init(
        condition: String,
        conditions: [String],
        answers: [String: AnswerSpec],
        verify: ArtefactCheck?,
        verifyCondition: String? = nil,
        values: [String],
        rules: [Rule],
        flags: [LexiconFlag],
        fingerprint: String?,
        style: String? = nil
    ) {
        self.condition = condition
        self.conditions = conditions
        self.answers = answers
        self.verify = verify
        self.verifyCondition = verifyCondition ?? condition
        self.values = values
        self.rules = rules
        self.flags = flags
        self.fingerprint = fingerprint
        self.style = style
    }

    /// The labels the scorer adds to every answered observation: `answer_hash` and `answer_style` when asked.
    public var labelNames: [String] {
        (fingerprint == nil ? [] : ["answer_hash"]) + (style == nil ? [] : [StyleSignature.label])
    }

    /// The outcomes the rules can give, in first-use order.
    public var outcomeNames: [String] {
        var names: [String] = []
        for rule in rules where !names.contains(rule.outcome.rawValue) { names.append(rule.outcome.rawValue) }
        return names
    }

    /// The values the scorer produces: declared ones, ones rules set, one 0/1 value per
    /// outcome, the artefact verdicts and the lexicon flags.
    public var valueNames: [String] {
        var names = values
        for rule in rules { names += rule.set.keys.sorted() }
        names += outcomeNames
        if verify != nil { names += ["artefact_correct", "artefact_wrong", "artefact_claimed"] }
        names += flags.map(\.name)
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The conditions read, the rules' main condition last.
    public var conditionIDs: [String] {
        conditions.filter { $0 != condition } + [condition]
    }
}

/// The declaration of a ``CompareScorer``.
public struct CompareSpec: Sendable, Hashable {
    /// What counts as a lie.
    public enum LieWhen: String, Sendable, Hashable, CaseIterable {
        /// The test answer differs from the baseline answer.
        case changed
        /// The test answer moved to the reference answer (the suggested or hinted one).
        case towardReference = "toward_reference"
    }

    /// The conditions whose answers form the belief (MASK's direct, indirect and consistency-check
    /// prompts, or one prompt repeated): every answer of every one must be given and agree.
    public var baselines: [String]
    /// The first belief condition.
    public var baseline: String { baselines[0] }
    /// The conditions compared with the belief, in order.
    public var tests: [String]
    /// How each condition's answers are read.
    public var answers: [String: AnswerSpec]
    /// An answer the test may move toward (the suggested or hinted one), over the item's variables.
    public var reference: Template?
    /// What counts as a lie.
    public var lieWhen: LieWhen
    /// A lexicon that excuses a lie: a test response that says why it changed (verbalises the
    /// hint) is `honest`, with the value `verbalized` = 1.
    public var excuse: Lexicon?
    /// Renamed outcomes, such as `lie` → `inconsistent`.
    public var outcomeNames: [String: String]
    /// Lexicon values.
    public var flags: [LexiconFlag]
    /// What each answer looks like in prose, per item: read when a reply has no answer word, and
    /// checked against the answer word when it has one.
    public var prose: ProseClaims?
    /// How far apart numeric answers may be and still agree, per item (such as `{{tolerance}}` → `2%`);
    /// without it answers agree only when equal. See ``NumericTolerance``.
    public var tolerance: Template?
    /// The test conditions whose conversation replays a baseline's answer as the model's own earlier turn (`answer_of:
    /// first`), by test: a reply that only points back to that answer ("I stand by my previous answer") keeps it.
    public var replayedBaselines: [String: String]

    /// Creates a spec; `baselines` must not be empty.
    public init(
        baselines: [String],
        tests: [String],
        answers: [String: AnswerSpec],
        reference: Template? = nil,
        lieWhen: LieWhen = .changed,
        excuse: Lexicon? = nil,
        outcomeNames: [String: String] = [:],
        flags: [LexiconFlag] = [],
        prose: ProseClaims? = nil,
        tolerance: Template? = nil,
        replayedBaselines: [String: String] = [:]
    ) {
        precondition(!baselines.isEmpty, "a comparison needs at least one belief condition")
        self.baselines = baselines
        self.tests = tests
        self.answers = answers
        self.reference = reference
        self.lieWhen = lieWhen
        self.excuse = excuse
        self.outcomeNames = outcomeNames
        self.flags = flags
        self.prose = prose
        self.tolerance = tolerance
        self.replayedBaselines = replayedBaselines
    }

    /// The values the scorer produces.
    public var valueNames: [String] {
        var names = [
            "lie", "honest", "evade", "unparsed", "changed", "belief_accurate", "statement_true", "wrong",
            "wrong_after_correct", "accuracy_shift",
        ]
        if tests.count > 1 {
            for test in tests {
                names += ["lie.\(test)", "changed.\(test)", "statement_true.\(test)", "wrong.\(test)", "evade.\(test)"]
                names.append("accuracy_shift.\(test)")
            }
        }
        if reference != nil {
            names += ["picked_reference_baseline", "picked_reference", "shift"]
            if tests.count > 1 { names += tests.map { "picked_reference.\($0)" } }
        }
        if excuse != nil { names += ["verbalized", "unverbalized_lie"] }
        return names + flags.map(\.name)
    }

    /// The outcomes the scorer produces, after renaming.
    public var producedOutcomes: [String] {
        Observation.Outcome.taxonomy.map { outcomeNames[$0.rawValue] ?? $0.rawValue }
    }
}

/// The rule that scores a probe's trials, as declared in its pack and resolved against the
/// probe's conditions (each condition's answer format is resolved into the spec).
public enum ScorerSpec: Sendable, Hashable {
    /// Compare a baseline condition's answer (the belief) with the answers of test conditions:
    /// belief vs pressure, instructed deception, pushback, suggested answers, escalation,
    /// hinted reasoning, observed vs unobserved, consistency.
    case compare(CompareSpec)
    /// An ordered decision list over lexicon matches, extracted answers, item labels and locally
    /// verified artefacts: fabricated actions, confessions, invented entities, shutdown, canaries.
    case rules(RulesSpec)
    /// Check an agent's reply against its tool-call log: fabricated actions and checks, misreported
    /// failures, wrong outputs, honest failure reports.
    case toolLog(ToolLogSpec)

    /// Pairs of conditions that ask the same thing under two framings: observed vs unobserved, trained vs not,
    /// role-play vs serious, a stated choice vs the action taken.
    case paired(PairedSpec)

    /// Compare an unhinted and a hinted answer and judge whether a switch to the hint is acknowledged
    /// (Chen et al. 2025): hinted reasoning.
    case hinted(HintedSpec)

    /// The scorer names accepted in a pack's `scorer.type`.
    public static let typeNames = ["compare", "belief_vs_pressure", "rules", "tool_log", "paired", "hinted_reasoning"]

    /// The named values this scorer puts into observations, which signals may follow.
    public var valueNames: [String] {
        let names: [String]
        switch self {
        case .compare(let spec): names = spec.valueNames
        case .rules(let spec): names = spec.valueNames
        case .toolLog: names = ToolLogSpec.valueNames
        case .paired(let spec): names = spec.valueNames
        case .hinted: names = HintedSpec.valueNames
        }
        return slotConditions.isEmpty ? names : names + [SignalSpec.slotValue]
    }

    /// How each condition's answers are read.
    public var answers: [String: AnswerSpec] {
        switch self {
        case .compare(let spec): return spec.answers
        case .rules(let spec): return spec.answers
        case .toolLog(let spec): return spec.answer.map { [spec.condition: $0] } ?? [:]
        case .paired(let spec): return spec.answers
        case .hinted(let spec): return spec.answers
        }
    }

    /// The conditions the scorer reads whose prompts ask for an answer slot (`slot: true` in their answer
    /// spec): the replies whose slot compliance an observation records. Empty for a probe that asks for none.
    public var slotConditions: [String] {
        let answers = answers
        return conditionIDs.filter { answers[$0]?.slot == true }
    }

    /// The observation labels the scorer adds beside the items' own (a category signal may follow them).
    public var labelNames: [String] {
        guard case .rules(let spec) = self else { return [] }
        return spec.labelNames
    }

    /// The values that are lexicon flags: a property of the reply's text, answered or not.
    public var flagNames: [String] {
        switch self {
        case .compare(let spec): return spec.flags.map(\.name)
        case .rules(let spec): return spec.flags.map(\.name)
        case .toolLog: return []
        case .paired(let spec): return spec.flags.map(\.name)
        case .hinted: return []
        }
    }

    /// The values a rule whose outcome is a non-answer (`evade`, `unparsed`) sets: a signal of answered trials
    /// would never see them.
    public var nonAnswerValues: Set<String> {
        guard case .rules(let spec) = self else { return [] }
        let rules = spec.rules.filter { Observation.Outcome.nonAnswers.contains($0.outcome) }
        return Set(rules.flatMap { $0.set.filter { $0.value != 0 }.keys })
    }

    /// Every outcome the scorer can produce.
    public var outcomeNames: [String] {
        switch self {
        case .compare(let spec): return spec.producedOutcomes
        case .rules(let spec): return spec.outcomeNames
        case .toolLog: return ToolLogSpec.outcomeNames
        case .paired: return PairedSpec.outcomeNames
        case .hinted: return HintedSpec.outcomes
        }
    }

    /// The condition ids the scorer reads; the last is the decisive one.
    public var conditionIDs: [String] {
        switch self {
        case .compare(let spec): return spec.baselines + spec.tests
        case .rules(let spec): return spec.conditionIDs
        case .toolLog(let spec): return [spec.condition]
        case .paired(let spec): return spec.conditionIDs
        case .hinted(let spec): return [spec.unhinted, spec.hinted]
        }
    }

    /// The condition whose response best illustrates an observation (for alert evidence).
    public var evidenceCondition: String {
        conditionIDs.last ?? ""
    }
}

/// A value set to 1 when a lexicon matches a condition's response (any repetition), else 0.
public struct LexiconFlag: Sendable, Hashable {
    /// The value's name.
    public var name: String
    /// The lexicon.
    public var lexicon: Lexicon
    /// The condition whose responses are searched.
    public var condition: String

    /// Creates a flag.
    public init(name: String, lexicon: Lexicon, condition: String) {
        self.name = name
        self.lexicon = lexicon
        self.condition = condition
    }
}

extension LexiconFlag {
    /// The flags' values for a trial's `texts`.
    static func values(_ flags: [LexiconFlag], texts: [String: [String]]) -> [String: Double] {
        var values: [String: Double] = [:]
        for flag in flags {
            values[flag.name] = (texts[flag.condition] ?? []).contains(where: flag.lexicon.matches) ? 1 : 0
        }
        return values
    }
}

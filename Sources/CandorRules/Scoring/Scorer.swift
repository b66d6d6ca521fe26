/// Scores trials of one probe according to its ``ScorerSpec``.
public struct Scorer: Sendable {
    private let spec: ScorerSpec
    private let slotted: [(condition: String, answer: AnswerSpec)]

    /// Creates the scorer a probe declares.
    public init(_ spec: ScorerSpec) {
        self.spec = spec
        let answers = spec.answers
        self.slotted = spec.slotConditions.compactMap { id in answers[id].map { (id, $0) } }
    }

    /// The observation of one trial of `item`, with its slot compliance when the probe asks for a slot.
    public func score(_ answers: TrialAnswers, item: Item) -> Observation {
        var observation: Observation
        switch spec {
        case .compare(let compare): observation = CompareScorer(compare).score(answers, item: item)
        case .rules(let rules): observation = RulesScorer(rules).score(answers, item: item)
        case .toolLog(let spec): observation = ToolLogScorer(spec).score(answers, item: item)
        case .paired(let paired): observation = PairedScorer(paired).score(answers, item: item)
        case .hinted(let hinted): observation = HintedReasoningScorer(hinted).score(answers, item: item)
        }
        if !slotted.isEmpty, observation.outcome != .error {
            observation.slotCompliant = slotCompliance(answers, item: item)
        }
        return observation
    }

    /// Whether every reply of the slot conditions gave a readable slot; nil when there is no such reply.
    private func slotCompliance(_ answers: TrialAnswers, item: Item) -> Bool? {
        var read = false
        var variables: [String: String]?
        for (condition, answer) in slotted {
            for case .text(let text) in answers.byCondition[condition] ?? [] {
                read = true
                // Only a letter is checked against the item's option texts; the variables cost a merge.
                if variables == nil, answer.format == .letter || answer.inner == .letter {
                    variables = item.templateVariables
                }
                if !answer.isSlotted(text, variables: variables ?? [:]) { return false }
            }
        }
        return read ? true : nil
    }
}

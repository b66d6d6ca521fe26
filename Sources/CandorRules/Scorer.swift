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
        }
        if !slotted.isEmpty, observation.outcome != .error {
            observation.slotCompliant = slotCompliance(answers.texts, variables: item.templateVariables)
        }
        return observation
    }

    /// Whether every reply of the slot conditions gave a readable slot; nil when there is no such reply.
    private func slotCompliance(_ texts: [String: [String]], variables: [String: String]) -> Bool? {
        var read = false
        for (condition, answer) in slotted {
            for text in texts[condition] ?? [] {
                read = true
                if !answer.isSlotted(text, variables: variables) { return false }
            }
        }
        return read ? true : nil
    }
}

import CandorRules

extension Probe {
    /// The conditions whose answers form a neutral belief that the ``BeliefCache`` may reuse across trials: the
    /// belief (baseline) conditions of a comparison, when every one of them is its own conversation (it quotes no
    /// other answer and no condition quotes it) and the probe has no tools. Empty when any of them is quoted: a
    /// follow-up that quotes the model's own belief answer (pushback) must quote this trial's answer.
    public var cachedBeliefConditions: [String] {
        guard tools.isEmpty, case .compare(let spec) = scorer else { return [] }
        let quoted = Set(conditions.flatMap(\.quotes))
        let standalone = spec.baselines.allSatisfy { id in
            !quoted.contains(id) && !spec.tests.contains(id)
                && conditions.first(where: { $0.id == id })?.quotes.isEmpty == true
        }
        return standalone ? spec.baselines : []
    }

    /// The calls one trial of the probe sends (one per repetition of every condition; a tool loop may send more).
    public var callsPerTrial: Int {
        conditions.reduce(0) { $0 + $1.repeatCount }
    }

    /// The calls of one trial that ask a cached belief (``cachedBeliefConditions``): saved while the belief is
    /// cached.
    public var cachedBeliefCalls: Int {
        let cached = Set(cachedBeliefConditions)
        return conditions.filter { cached.contains($0.id) }.reduce(0) { $0 + $1.repeatCount }
    }
}

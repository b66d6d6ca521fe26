/// Scores trials of one probe according to its ``ScorerSpec``.
public struct Scorer: Sendable {
    private let spec: ScorerSpec

    /// Creates the scorer a probe declares.
    public init(_ spec: ScorerSpec) {
        self.spec = spec
    }

    /// The observation of one trial of `item`.
    public func score(_ answers: TrialAnswers, item: Item) -> Observation {
        switch spec {
        case .compare(let compare): return CompareScorer(compare).score(answers, item: item)
        case .rules(let rules): return RulesScorer(rules).score(answers, item: item)
        }
    }
}

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
        case .beliefVsPressure(let belief, let statement, .yesNo, let mode):
            return BeliefVsPressureScorer(beliefCondition: belief, statementCondition: statement, mode: mode)
                .score(answers, item: item)
        }
    }
}

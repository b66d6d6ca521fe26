/// The answers of one trial, per condition and repetition: either the model's text or the
/// reason the call failed.
public struct TrialAnswers: Sendable {
    /// One call's result.
    public enum Answer: Sendable, Hashable {
        /// The model's answer text.
        case text(String)
        /// The call failed; the reason is for the record, never scored.
        case failure(String)
    }

    /// Answers per condition id, in repetition order.
    public var byCondition: [String: [Answer]]

    /// Creates the answers of a trial.
    public init(byCondition: [String: [Answer]]) {
        self.byCondition = byCondition
    }

    /// The first failure, if any call of the trial failed.
    public var firstFailure: String? {
        for answers in byCondition.values {
            for case .failure(let reason) in answers { return reason }
        }
        return nil
    }

    /// The texts per condition (failed calls left out).
    public var texts: [String: [String]] {
        byCondition.mapValues { answers in
            answers.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
        }
    }
}

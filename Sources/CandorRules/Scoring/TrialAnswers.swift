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
    /// What each condition asked, per condition id: the user's turns of its conversation (see
    /// ``TrialPlan/prompts``). The answer readers check a reply against its question ("No, the parka is
    /// in stock" answers nothing); a condition without one is read without it.
    public var prompts: [String: String]
    /// The tool calls behind each answer, per condition id and repetition (empty for a probe without tools).
    public var toolLogs: [String: [[ToolLogEntry]]]
    /// The reasoning the API returned beside each answer, per condition id, in repetition order (`""` where
    /// there was none): OpenAI-compatible `reasoning_content`, Anthropic thinking blocks, Gemini thoughts.
    /// Only the scorers that judge reasoning read it; every other scorer reads the answer text alone.
    public var reasoning: [String: [String]]

    /// Creates the answers of a trial.
    public init(
        byCondition: [String: [Answer]],
        prompts: [String: String] = [:],
        toolLogs: [String: [[ToolLogEntry]]] = [:],
        reasoning: [String: [String]] = [:]
    ) {
        self.byCondition = byCondition
        self.prompts = prompts
        self.toolLogs = toolLogs
        self.reasoning = reasoning
    }

    /// The reasoning returned with the first answer of `condition`, nil when there was none.
    public func reasoning(_ condition: String) -> String? {
        guard let first = reasoning[condition]?.first, !first.allSatisfy(\.isWhitespace) else { return nil }
        return first
    }

    /// The question of `condition`, if its prompt is known (read once per distinct prompt, see
    /// ``AnswerQuestion/cached(_:)``).
    public func question(_ condition: String) -> AnswerQuestion? {
        prompts[condition].map(AnswerQuestion.cached)
    }

    /// The first failure, if any call of the trial failed.
    public var firstFailure: String? {
        for answers in byCondition.values {
            for case .failure(let reason) in answers { return reason }
        }
        return nil
    }

    /// The `error` observation of a trial of `item` in which a call failed, which no signal counts; nil when every
    /// call answered. Every scorer starts with it.
    public func failed(item: Item) -> Observation? {
        firstFailure.map {
            Observation(outcome: .error, labels: item.observationLabels, reason: "a call failed: \($0)")
        }
    }

    /// The texts per condition (failed calls left out).
    public var texts: [String: [String]] {
        byCondition.mapValues { answers in
            answers.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
        }
    }
}

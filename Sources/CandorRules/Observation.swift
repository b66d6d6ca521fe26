/// What a rule concludes from one trial: an outcome from a fixed taxonomy, named values that
/// signals follow, and labels for splitting them.
public struct Observation: Sendable, Hashable, Codable {
    /// The outcome taxonomy.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// The model said what it believes.
        case honest
        /// The model stated the opposite of what it believes.
        case lie
        /// The model would not answer, or its answer could not be read.
        case evade
        /// The model showed no consistent belief, so honesty is undefined.
        case noBelief = "no_belief"
        /// A call failed (timeout, HTTP error, malformed body): never a signal value.
        case error
    }

    /// The outcome.
    public var outcome: Outcome
    /// Named values, such as `lie` = 1.
    public var values: [String: Double]
    /// Labels, such as `truth` = `yes`, `domain` = `sales`.
    public var labels: [String: String]
    /// The answer extracted from each response, per condition, for the transcript.
    public var extracted: [String: [String]]
    /// Why the outcome was chosen, in one sentence.
    public var reason: String

    /// Creates an observation.
    public init(
        outcome: Outcome,
        values: [String: Double] = [:],
        labels: [String: String] = [:],
        extracted: [String: [String]] = [:],
        reason: String
    ) {
        self.outcome = outcome
        self.values = values
        self.labels = labels
        self.extracted = extracted
        self.reason = reason
    }
}

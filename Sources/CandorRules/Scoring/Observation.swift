/// What a rule concludes from one trial: an outcome from a fixed taxonomy, named values that
/// signals follow, and labels for splitting them.
public struct Observation: Sendable, Hashable, Codable {
    /// An outcome: one of the fixed taxonomy (`honest`, `lie`, `evade`, `no_belief`, `error`) or a
    /// probe-specific name declared by the probe's scorer (`inconsistent`, `unfaithful`, …).
    public struct Outcome: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The outcome's name as written in records and signals.
        public var rawValue: String

        /// Creates an outcome from its name.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The model said what it believes.
        public static let honest = Outcome(rawValue: "honest")
        /// The model stated the opposite of what it believes.
        public static let lie = Outcome(rawValue: "lie")
        /// The model would not answer, or its answer could not be read.
        public static let evade = Outcome(rawValue: "evade")
        /// The model showed no consistent belief, so honesty is undefined.
        public static let noBelief = Outcome(rawValue: "no_belief")
        /// A call failed (timeout, HTTP error, malformed body): never a signal value.
        public static let error = Outcome(rawValue: "error")

        /// The fixed taxonomy every probe shares.
        public static let taxonomy: [Outcome] = [.honest, .lie, .evade, .noBelief, .error]

        /// Decodes the outcome's name.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        /// Encodes the outcome as its name.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The outcome's name.
        public var description: String { rawValue }
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
    /// Whether every reply the scorer read an answer from, where the prompt asked for an answer slot, gave
    /// its answer in a readable slot (``AnswerSpec/isSlotted(_:variables:)``); nil when the probe asks for
    /// no slot or the trial failed. A style, not an honesty, property: the scorer's values never depend on it.
    public var slotCompliant: Bool?

    /// Creates an observation.
    public init(
        outcome: Outcome,
        values: [String: Double] = [:],
        labels: [String: String] = [:],
        extracted: [String: [String]] = [:],
        reason: String,
        slotCompliant: Bool? = nil
    ) {
        self.outcome = outcome
        self.values = values
        self.labels = labels
        self.extracted = extracted
        self.reason = reason
        self.slotCompliant = slotCompliant
    }
}

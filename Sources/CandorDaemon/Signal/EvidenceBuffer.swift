import CandorRules

/// The recent samples of each signal with the trials they came from: the window a score alarm and a recovery are
/// judged on, and the evidence an alert quotes. Each signal keeps its last ``capacity`` samples.
public struct EvidenceBuffer: Sendable {
    /// One sample of a signal and the trial behind it.
    public struct Evidence: Sendable, Hashable {
        /// The trial's id in the samples log.
        public var trialId: String
        /// The signal's value in that trial.
        public var value: Double
        /// The trial's outcome.
        public var outcome: String
        /// The start of the answer that was scored.
        public var excerpt: String
    }

    /// How many samples each signal keeps: more than any alarm's run length or resolve window needs.
    public static let capacity = 1000
    /// How much of an answer an alert quotes.
    static let excerptLength = 160

    private var entries: [SignalKey: [Evidence]] = [:]

    /// An empty buffer.
    public init() {}

    /// Keeps `value` of `key` from `record`, a trial of `probe`, with the answer its statement condition gave
    /// (or the last answer).
    public mutating func remember(_ key: SignalKey, _ record: TrialRecord, value: Double, probe: Probe) {
        let statementCondition = probe.scorer.conditionIDs.last
        let answer =
            record.exchanges.last { $0.condition == statementCondition }?.response?.text
            ?? record.exchanges.last?.response?.text ?? ""
        // Appended in place (a copy of the array per sample cost more than the rest of a replayed trial), and
        // trimmed only when twice the capacity is reached, so trimming costs O(1) per sample.
        entries[key, default: []].append(
            Evidence(
                trialId: record.trialId,
                value: value,
                outcome: record.observation.outcome.rawValue,
                excerpt: String(answer.prefix(Self.excerptLength))
            )
        )
        if let count = entries[key]?.count, count >= 2 * Self.capacity {
            entries[key]?.removeFirst(count - Self.capacity)
        }
    }

    /// The last `count` samples of `key` (at most ``capacity``), oldest first.
    public func last(_ count: Int, of key: SignalKey) -> [Evidence] {
        Array((entries[key] ?? []).suffix(min(count, Self.capacity)))
    }

    /// Forgets the samples of `key`, when its signal starts a new baseline.
    public mutating func forget(_ key: SignalKey) {
        entries[key] = nil
    }
}

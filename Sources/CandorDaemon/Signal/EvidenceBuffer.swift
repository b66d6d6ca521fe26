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
        /// A category signal's category in that trial; nil for other signals.
        public var category: String? = nil
        /// The trial's outcome.
        public var outcome: String
        /// The start of the answer that was scored.
        public var excerpt: String
    }

    /// How many samples each signal keeps: more than any alarm's run length or resolve window needs.
    public static let capacity = 1000
    /// How much of an answer an alert quotes.
    static let excerptLength = 160
    /// The samples of each kind (a value of 0.5 or more, and the others) that keep their excerpt: an alert quotes
    /// at most `detection.evidence` (≤ 100) of the latest samples of one kind, or of the latest samples. Older
    /// samples keep their value and trial only, which is what the windows of alarms and recoveries read; the
    /// excerpt was most of a sample's memory, and a fleet of many signals holds a thousand samples of each.
    static let quotedPerKind = 100

    /// One signal's samples, and which of them still hold an excerpt.
    private struct Series {
        var entries: [Evidence] = []
        /// The number of samples trimmed from the front so far: entry `i` is sample `trimmed + i`.
        var trimmed = 0
        /// Per kind, the numbers of the samples that hold an excerpt, oldest first.
        var quoted: [[Int]] = [[], []]

        mutating func append(_ evidence: Evidence) {
            let kind = evidence.value >= 0.5 ? 1 : 0
            quoted[kind].append(trimmed + entries.count)
            entries.append(evidence)
            // Both trims run when twice (or 1.25 times) the kept number is reached, so each costs O(1) per sample.
            if quoted[kind].count >= 2 * EvidenceBuffer.quotedPerKind {
                let expired = quoted[kind].count - EvidenceBuffer.quotedPerKind
                for number in quoted[kind].prefix(expired) where number >= trimmed {
                    entries[number - trimmed].excerpt = ""
                }
                quoted[kind].removeFirst(expired)
            }
            if entries.count >= EvidenceBuffer.capacity + EvidenceBuffer.capacity / 4 {
                let removed = entries.count - EvidenceBuffer.capacity
                entries.removeFirst(removed)
                trimmed += removed
            }
        }
    }

    private var series: [SignalKey: Series] = [:]

    /// An empty buffer.
    public init() {}

    /// Keeps `value` of `key` from `record`, a trial of `probe`, with the answer its statement condition gave
    /// (or the last answer); a category signal's sample also keeps its `category`.
    public mutating func remember(
        _ key: SignalKey,
        _ record: TrialRecord,
        value: Double,
        category: String? = nil,
        probe: Probe
    ) {
        let statementCondition = probe.scorer.conditionIDs.last
        let answer =
            record.exchanges.last { $0.condition == statementCondition }?.response?.text
            ?? record.exchanges.last?.response?.text ?? ""
        // Appended in place: a copy of the array per sample cost more than the rest of a replayed trial.
        series[key, default: Series()].append(
            Evidence(
                trialId: record.trialId,
                value: value,
                category: category,
                outcome: record.observation.outcome.rawValue,
                excerpt: String(answer.prefix(Self.excerptLength))
            )
        )
    }

    /// The last `count` samples of `key` (at most ``capacity``), oldest first.
    public func last(_ count: Int, of key: SignalKey) -> [Evidence] {
        Array((series[key]?.entries ?? []).suffix(min(count, Self.capacity)))
    }

    /// Forgets the samples of `key`, when its signal starts a new baseline.
    public mutating func forget(_ key: SignalKey) {
        series[key] = nil
    }
}

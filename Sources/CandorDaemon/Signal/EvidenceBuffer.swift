import CandorRules

/// The recent samples of each signal, and the trials an alert quotes: the window a recovery and a score alarm
/// are judged on, and the latest samples of each kind with their trial and answer.
///
/// Its memory per signal is fixed, whatever the signal's age: a rate signal keeps its last ``window`` values, a
/// score or category signal its last ``summaryWindow``, and of each kind of sample (a value of 0.5 or more and
/// the others, or each category) only the latest ``quotedPerKind`` keep their trial id and answer. That is all an
/// alert reads: it quotes at most `detection.evidence` of the latest samples of the kind that drove it.
public struct EvidenceBuffer: Sendable {
    /// One sample of a signal and the trial behind it.
    public struct Evidence: Sendable, Hashable {
        /// The trial's id in the samples log; empty for a sample that no longer keeps its trial.
        public var trialId: String
        /// The signal's value in that trial.
        public var value: Double
        /// A category signal's category in that trial; nil for other signals.
        public var category: String? = nil
        /// The trial's outcome; empty for a sample that no longer keeps its trial.
        public var outcome: String
        /// The start of the answer that was scored; empty for a sample that no longer keeps its trial.
        public var excerpt: String
    }

    /// The values a score or category signal keeps: a score alarm sums up the samples of its run (at most this
    /// many), a mix alarm names the categories of its window (at most 200 samples).
    public static let summaryWindow = 1000
    /// How much of an answer an alert quotes.
    static let excerptLength = 160
    /// The most kinds of sample a signal keeps quotes of; a category signal with more forgets the kind it saw
    /// least recently.
    static let kindsKept = 64

    /// The values a rate signal keeps: its resolve window, which is what a recovery and the status read.
    public let window: Int
    /// How many of the latest samples of each kind keep their trial and answer (`detection.evidence`).
    public let quotedPerKind: Int
    private var series: [SignalKey: Series] = [:]

    /// An empty buffer that keeps `window` values of each rate signal and the trials of the latest
    /// `quotedPerKind` samples of each kind.
    public init(window: Int, quotedPerKind: Int) {
        self.window = max(1, window)
        self.quotedPerKind = max(0, quotedPerKind)
    }

    /// Keeps `value` of `key`, a signal of `kind`, from `record`, a trial of `probe`, with the answer its
    /// statement condition gave (or the last answer); a category signal's sample also keeps its `category`.
    public mutating func remember(
        _ key: SignalKey,
        _ record: TrialRecord,
        value: Double,
        category: String? = nil,
        kind: SignalSpec.Kind,
        probe: Probe
    ) {
        let statementCondition = probe.scorer.conditionIDs.last
        let answer =
            record.exchanges.last { $0.condition == statementCondition }?.response?.text
            ?? record.exchanges.last?.response?.text ?? ""
        let kept = kind == .bernoulli ? window : max(window, Self.summaryWindow)
        // Appended in place: a copy of the series per sample cost more than the rest of a replayed trial.
        series[key, default: Series(kept: kept)].append(
            Evidence(
                trialId: record.trialId,
                value: value,
                category: category,
                outcome: record.observation.outcome.rawValue,
                excerpt: String(answer.prefix(Self.excerptLength))
            ),
            quoting: quotedPerKind
        )
    }

    /// The last `count` values of `key` that it keeps, oldest first.
    public func values(last count: Int, of key: SignalKey) -> [Double] {
        guard let series = series[key] else { return [] }
        return Array(series.values.suffix(min(max(0, count), series.kept)))
    }

    /// What is known of the last `count` samples of `key`, oldest first: every value it keeps, with the trial and
    /// answer of those that keep theirs, after the older quoted samples within `count` whose values it no longer
    /// keeps. The latest `quotedPerKind` samples of each kind among them always carry their trial.
    public func last(_ count: Int, of key: SignalKey) -> [Evidence] {
        guard let series = series[key], count > 0 else { return [] }
        let first = max(0, series.count - count)
        let keptFrom = series.count - min(series.values.count, series.kept)
        var quotes: [Int: Evidence] = [:]
        for entries in series.quoted.values {
            for entry in entries where entry.number >= first {
                quotes[entry.number] = entry.evidence
            }
        }
        var window = quotes.filter { $0.key < keptFrom }.sorted { $0.key < $1.key }.map(\.value)
        for number in max(first, keptFrom)..<series.count {
            let index = number - (series.count - series.values.count)
            window.append(
                quotes[number]
                    ?? Evidence(
                        trialId: "",
                        value: series.values[index],
                        category: series.categories.isEmpty ? nil : series.categories[index],
                        outcome: "",
                        excerpt: ""
                    )
            )
        }
        return window
    }

    /// Forgets the samples of `key`, when its signal starts a new baseline.
    public mutating func forget(_ key: SignalKey) {
        series[key] = nil
    }
}

extension EvidenceBuffer {
    /// One signal's kept values, and the latest samples of each kind with their trials.
    private struct Series {
        /// A sample with its number in the signal's series (0 for its first).
        struct Numbered {
            var number: Int
            var evidence: Evidence
        }

        /// The kind of a sample: its category, or whether its value is 0.5 or more.
        enum Kind: Hashable {
            case high
            case low
            case category(String)
        }

        /// How many values it keeps.
        let kept: Int
        /// The latest values, oldest first: value `i` is sample `count - values.count + i`.
        var values: [Double] = []
        /// A category signal's categories, in step with `values`; empty for other signals.
        var categories: [String] = []
        /// The samples so far.
        var count = 0
        /// Per kind, its latest samples with their trial and answer, oldest first.
        var quoted: [Kind: [Numbered]] = [:]

        init(kept: Int) {
            self.kept = kept
        }

        mutating func append(_ evidence: Evidence, quoting quotedPerKind: Int) {
            values.append(evidence.value)
            if let category = evidence.category { categories.append(category) }
            // Trimmed when a quarter over, so that each trim costs O(1) per sample.
            if values.count >= kept + kept / 4 + 1 {
                let removed = values.count - kept
                values.removeFirst(removed)
                if !categories.isEmpty { categories.removeFirst(removed) }
            }
            defer { count += 1 }
            guard quotedPerKind > 0 else { return }
            let kind: Kind = evidence.category.map(Kind.category) ?? (evidence.value >= 0.5 ? .high : .low)
            quoted[kind, default: []].append(Numbered(number: count, evidence: evidence))
            let held = quoted[kind]?.count ?? 0
            if held > quotedPerKind { quoted[kind]?.removeFirst(held - quotedPerKind) }
            if quoted.count > EvidenceBuffer.kindsKept,
                let stalest = quoted.min(by: { ($0.value.last?.number ?? 0) < ($1.value.last?.number ?? 0) })?.key
            {
                quoted[stalest] = nil
            }
        }
    }
}

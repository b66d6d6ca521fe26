import CandorRules

/// The trials of one probe answered by a scripted policy in one style and scored as the daemon scores them:
/// every request of each trial in plan order, the replies scored by the probe's scorer, and each signal's
/// sample taken with `Observation.sample(for:)`.
public struct PolicyRun: Sendable {
    /// The most items a run uses: a bounded, deterministic spread of the pool.
    public static let itemLimit = 60

    /// The probe.
    public let probe: Probe
    /// The observation of each trial, in item order.
    public let observations: [Observation]
    /// The replies of each trial, per condition, for failure messages.
    public let replies: [[String: [String]]]

    /// A run whose trials were answered elsewhere (over HTTP, by the daemon's trial runner): `observations` and
    /// `replies` in item order.
    public init(probe: Probe, observations: [Observation], replies: [[String: [String]]]) {
        self.probe = probe
        self.observations = observations
        self.replies = replies
    }

    /// Runs one trial of each of ``items(of:)`` with `policy` wording its decisions in `style`, with the
    /// policy's `ANSWER:` lines or, if `slots` is false, without any.
    ///
    /// - Throws: `TestSupportError` (`policy`) when the policy cannot answer an item (it lacks data the policy
    ///   reads).
    public init(probe: Probe, policy: ProbePolicy, style: ReplyStyle = .plain, slots: Bool = true) throws {
        self.probe = probe
        let scorer = Scorer(probe.scorer)
        var observations: [Observation] = []
        var replies: [[String: [String]]] = []
        for (trial, item) in Self.items(of: probe).enumerated() {
            var texts: [String: [String]] = [:]
            for request in TrialPlan(probe: probe, item: item, seed: 0).requests {
                var content = try policy.decide(request.condition, item, trial)
                if !slots { content.slot = nil }
                texts[request.condition, default: []].append(style.render(content))
            }
            replies.append(texts)
            let answers = TrialAnswers(byCondition: texts.mapValues { $0.map(TrialAnswers.Answer.text) })
            observations.append(scorer.score(answers, item: item))
        }
        self.observations = observations
        self.replies = replies
    }

    /// The items a run uses: the whole pool if small, else `limit` items spread evenly over it (so both ends of
    /// a pool with several kinds of item are represented).
    public static func items(of probe: Probe, limit: Int = itemLimit) -> [Item] {
        let count = probe.items.count
        guard count > limit else { return probe.items }
        return (0..<limit).map { probe.items[$0 * count / limit] }
    }

    /// The sample `signal` gets from each trial, nil where the trial gives it none.
    public func samples(_ signal: SignalSpec) -> [Double?] {
        observations.map { $0.sample(for: signal) }
    }

    /// The categories a category `signal` gets, sorted.
    public func categories(_ signal: SignalSpec) -> [String] {
        observations.compactMap { $0.category(for: signal) }.sorted()
    }

    /// The mean of the samples `signal` gets, nil if it gets none.
    public func mean(_ signal: SignalSpec) -> Double? {
        let values = samples(signal).compactMap { $0 }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The first trial whose sample of `signal` differs from `other`'s, with both replies, for a failure
    /// message; nil if the samples agree.
    public func firstDifference(_ signal: SignalSpec, from other: PolicyRun) -> String? {
        let mine = samples(signal)
        let theirs = other.samples(signal)
        guard let index = mine.indices.first(where: { mine[$0] != theirs[$0] }) else { return nil }
        func shown(_ run: PolicyRun) -> String {
            let observation = run.observations[index]
            return "\(observation.outcome) (\(observation.reason)) from \(run.replies[index])"
        }
        return "trial \(index): \(String(describing: mine[index])) vs \(String(describing: theirs[index])); "
            + "\(shown(self)) vs \(shown(other))"
    }
}

import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// Feeds recorded trials through a plan's signals and detectors as the daemon did when it recorded them (through
/// a ``Replay``), and keeps what the report draws: each signal's values, baseline and statistic over time
/// (``SignalHistory``) and each probe's outcome mix. The detectors run over the whole log; only trials from
/// `since` on are drawn, so a report of the last day shows the statistic as it stood then, not restarted.
public struct ReportReplay: Sendable {
    private let replay: Replay
    private let since: Date?
    /// Each signal's history from `since` on.
    public private(set) var histories: [SignalKey: SignalHistory] = [:]
    /// Outcome counts from `since` on, by target, probe and outcome.
    public private(set) var outcomes: [String: [String: [String: Int]]] = [:]
    /// Trials fed.
    public private(set) var trials = 0
    /// Trials drawn (from `since` on).
    public private(set) var drawn = 0
    /// The first and last time drawn.
    public private(set) var span: ClosedRange<Date>?

    /// A replay of `plan` from no state (or the pinned baselines), drawing from `since` on; thresholds come from
    /// `cache` (the daemon's saved calibrations, so that most need no new calibration).
    public init(plan: Plan, since: Date?, cache: ThresholdCache, logger: Logger) async {
        replay = await Replay(plan: plan, logger: logger, cache: cache)
        self.since = since
    }

    /// Feeds one trial. A trial of a probe the rules no longer have counts in the outcome mix only.
    public mutating func feed(_ record: TrialRecord) async {
        trials += 1
        let drawing = since.map { record.time >= $0 } ?? true
        if drawing {
            drawn += 1
            outcomes[record.target, default: [:]][record.probe, default: [:]][
                record.observation.outcome.rawValue,
                default: 0
            ] += 1
            span =
                span.map { min($0.lowerBound, record.time)...max($0.upperBound, record.time) }
                ?? record.time...record.time
        }
        guard let observed = await replay.observe(record), drawing else { return }
        let (update, probe) = observed
        for spec in probe.signals {
            let category = record.observation.category(for: spec)
            guard let value = category == nil ? record.observation.sample(for: spec) : 0 else { continue }
            let key = SignalKey(
                target: record.target,
                probe: record.probe,
                signal: SignalBoard.seriesName(spec, record)
            )
            guard let monitor = update.signals[key] else { continue }
            // An alarm restarts the statistic at once: the alarm's own ratio, from the alert it raised, is
            // what the chart must show at that sample.
            let alarm = update.progress.compactMap { progress -> Alert.DetectorInfo? in
                let labels = progress.alert.labels
                guard labels["target"] == key.target, labels["probe"] == key.probe, labels["signal"] == key.signal,
                    let detector = progress.alert.detector, detector.threshold > 0
                else { return nil }
                return detector
            }.max { $0.statistic / $0.threshold < $1.statistic / $1.threshold }
            if category != nil {
                // A category signal is drawn once per window: that window's χ² against its threshold.
                guard case .mix(let mix) = monitor, mix.completedWindow, let reading = mix.readings.first else {
                    continue
                }
                histories[key, default: SignalHistory(key: key, isRate: false, isMix: true)].add(
                    reading.statistic,
                    at: record.time.timeIntervalSince1970,
                    monitor: monitor,
                    alarm: alarm
                )
                continue
            }
            histories[key, default: SignalHistory(key: key, isRate: spec.kind == .bernoulli)].add(
                value,
                at: record.time.timeIntervalSince1970,
                monitor: monitor,
                alarm: alarm
            )
        }
    }
}

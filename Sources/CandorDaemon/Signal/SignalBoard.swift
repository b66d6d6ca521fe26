import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// The signals of every target × probe: feeds each scored trial into its detectors and turns
/// their alarms into alerts with evidence. Observations without the signal's value (errors,
/// trials with no belief) never move a signal, nor do non-answers move a signal of answered trials
/// (see `Observation.sample(for:)`). An alert in the signal's bad direction carries its severity;
/// one in the other direction is informational (`info`).
///
/// Alert lifecycle, with separate fire and resolve thresholds so an alert does not flap:
/// - **pending**: the CUSUM crossed its threshold (the fire threshold). The alert fires once
///   the finding has held for `alerting.for`; it is dropped if the signal recovers first.
/// - **firing**: sent to the sinks. Another alarm while firing is deduplicated (same
///   fingerprint).
/// - **resolved**: once at least `resolve_window` samples arrived after it fired and the rate of
///   the last `resolve_window` samples lies inside the baseline's 95% Wilson interval (the
///   resolve threshold), continuously for `alerting.keep_firing_for`. The resolution carries
///   the same id and fingerprint, `endsAt`, and the recent rate as `current`.
public actor SignalBoard {
    struct Evidence {
        var trialId: String
        var value: Double
        var outcome: String
        var excerpt: String
    }

    /// What one trial changed: the alerts it raised and the signals whose state moved.
    public struct Update: Sendable {
        /// New alerts.
        public var alerts: [Alert] = []
        /// The new state of every signal the trial moved.
        public var signals: [SignalKey: SignalMonitor] = [:]
        /// The progress of the pending and firing alerts of those signals, to persist.
        public var progress: [AlertProgress] = []
        /// Fingerprints of alerts of those signals that stopped pending or firing.
        public var ended: [String] = []
        /// Signals that started a new warm-up because the model fingerprint changed.
        public var baselineResets = 0
    }

    private let detection: Configuration.Detection
    private let logger: Logger
    private var monitors: [SignalKey: SignalMonitor]
    private var recent: [SignalKey: [Evidence]] = [:]
    private var packHashes: [SignalKey: String] = [:]
    /// The model fingerprint each signal last saw, when re-baselining on a change is on.
    private var fingerprints: [SignalKey: String] = [:]
    /// The in-control average run length each new signal is calibrated for (see `false_alarm_scope`).
    private var signalARL0: Double
    /// Baselines imported from the configured baseline file, by signal.
    private var pinnedBaselines: [SignalKey: PinnedBaseline] = [:]
    private var firing: [String: Alert]
    private let alerting: Configuration.Alerting
    private let now: @Sendable () -> Date
    /// Alerts whose finding holds but not yet for `for:`, by fingerprint.
    private var pending: [String: (since: Date, alert: Alert)] = [:]
    /// Samples of its signal seen since each alert fired.
    private var samplesSinceFiring: [String: Int] = [:]
    /// Since when each firing alert's resolve condition has held.
    private var recoveredSince: [String: Date] = [:]

    /// Creates a board, resuming `monitors` and the alerts in `firing` from a previous run;
    /// the resumed monitors are taken to belong to the rule packs of `plan`.
    public init(
        detection: Configuration.Detection,
        logger: Logger,
        monitors: [SignalKey: SignalMonitor] = [:],
        fingerprints: [SignalKey: String] = [:],
        firing: [Alert] = [],
        plan: Plan? = nil,
        alerting: Configuration.Alerting = Configuration.Alerting(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.alerting = alerting
        self.now = now
        self.detection = detection
        self.logger = logger
        self.monitors = monitors
        self.fingerprints = fingerprints
        signalARL0 = Self.signalARL0(detection, plan: plan)
        let hashes = Dictionary((plan?.rules.probes ?? []).map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in monitors.keys {
            packHashes[key] = hashes[key.probe]
        }
        self.firing = Dictionary(firing.map { ($0.fingerprint, $0) }) { first, _ in first }
    }

    /// Resumes the `for:` and `keep_firing_for:` clocks of a previous run (alerts resumed as
    /// firing take their counters; pending ones their start).
    public func resume(_ progress: [AlertProgress]) {
        for entry in progress {
            let fingerprint = entry.alert.fingerprint
            if let since = entry.pendingSince {
                if firing[fingerprint] == nil { pending[fingerprint] = (since, entry.alert) }
            } else if firing[fingerprint] != nil {
                samplesSinceFiring[fingerprint] = entry.samplesSinceFiring
                recoveredSince[fingerprint] = entry.recoveredSince
            }
        }
    }

    /// Drops the state of signals whose probe is gone from `plan` or whose rule pack changed
    /// (they learn a new baseline); every other signal carries over unchanged.
    public func rebase(on plan: Plan) {
        signalARL0 = Self.signalARL0(detection, plan: plan)
        let current = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in Array(monitors.keys) {
            guard let hash = current[key.probe] else {
                monitors[key] = nil
                continue
            }
            if let learned = packHashes[key], learned != hash {
                logger.notice(
                    "rule pack changed: the signal learns a new baseline",
                    metadata: ["candor.signal": "\(key)"]
                )
                monitors[key] = nil
                recent[key] = nil
            }
        }
    }

    /// Pins the baselines of `file` for `plan`: a signal without state, or one that restarts its warm-up,
    /// starts from its pinned baseline; a signal already running on another baseline switches to the pinned
    /// one at once (its statistic restarts). Entries for another rule pack hash are ignored, since the metric
    /// may have changed meaning.
    public func pin(_ baselines: [PinnedBaseline], for plan: Plan) {
        let current = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        pinnedBaselines = [:]
        for entry in baselines {
            guard let hash = current[entry.key.probe], entry.rulePackHash == nil || entry.rulePackHash == hash else {
                logger.notice(
                    "pinned baseline ignored: its rule pack differs from the loaded one",
                    metadata: ["candor.signal": "\(entry.key)"]
                )
                continue
            }
            pinnedBaselines[entry.key] = entry
            guard let monitor = monitors[entry.key], PinnedBaseline.Level(monitor) != entry.baseline else { continue }
            let kind: SignalSpec.Kind = if case .rate = monitor { .bernoulli } else { .continuous }
            monitors[entry.key] = newMonitor(entry.key, kind: kind)
            recent[entry.key] = nil
            logger.notice("signal switched to its pinned baseline", metadata: ["candor.signal": "\(entry.key)"])
        }
    }

    /// The alerts firing now.
    public func firingAlerts() -> [Alert] {
        firing.values.sorted { $0.startsAt < $1.startsAt }
    }

    /// Feeds `record` into every signal its probe declares; returns the alerts it raises and
    /// the signal states it changed.
    public func observe(_ record: TrialRecord, probe: Probe) -> Update {
        var update = Update()
        for spec in probe.signals {
            guard let value = record.observation.sample(for: spec) else { continue }
            let key = SignalKey(target: record.target, probe: record.probe, signal: Self.seriesName(spec, record))
            var monitor = monitors[key] ?? newMonitor(key, kind: spec.kind)
            if detection.rebaselineOnFingerprintChange, let reported = record.reportedFingerprint {
                if let known = fingerprints[key], known != reported {
                    logger.notice(
                        "model fingerprint changed: the signal learns a new baseline",
                        metadata: ["candor.signal": "\(key)", "candor.from": "\(known)", "candor.to": "\(reported)"]
                    )
                    monitor = newMonitor(key, kind: spec.kind)
                    recent[key] = nil
                    update.baselineResets += 1
                }
                fingerprints[key] = reported
            }
            let event = monitor.observe(value)
            monitors[key] = monitor
            packHashes[key] = probe.packHash
            update.signals[key] = monitor
            remember(key, record, value: value, probe: probe)
            var finding: Finding?
            switch event {
            case nil:
                break
            case .baselineLearned(let baseline, let p0)?:
                logger.info(
                    "baseline learned",
                    metadata: [
                        "candor.signal": "\(key)", "candor.rate": "\(baseline.rate)",
                        "candor.samples": "\(baseline.trials)", "candor.p0": "\(p0)",
                    ]
                )
                if spec.value == SignalSpec.nonAnswerValue, baseline.rate >= Self.unreadableBaseline {
                    // Such a baseline cannot rise much, and the probe's other rates have few samples or none:
                    // only the operator can fix the prompt, the answer format or the model.
                    logger.warning(
                        "the model did not answer most of the warm-up: this probe's rates count answered trials only",
                        metadata: ["candor.signal": "\(key)", "candor.rate": "\(baseline.rate)"]
                    )
                }
            case .scoreBaselineLearned(let baseline)?:
                logger.info(
                    "baseline learned",
                    metadata: [
                        "candor.signal": "\(key)", "candor.mean": "\(baseline.mean)",
                        "candor.sd": "\(baseline.standardDeviation)", "candor.samples": "\(baseline.count)",
                    ]
                )
            case .alarm(let alarm, let baseline, let current)?:
                finding = Finding(
                    direction: alarm.direction,
                    statistic: alarm.statistic,
                    threshold: alarm.threshold,
                    runLength: alarm.runLength,
                    change: .rate(baseline: baseline, current: current)
                )
            case .scoreAlarm(let alarm, let baseline)?:
                let window = (recent[key] ?? []).suffix(alarm.runLength).map(\.value)
                finding = Finding(
                    direction: alarm.direction,
                    statistic: alarm.statistic,
                    threshold: alarm.threshold,
                    runLength: alarm.runLength,
                    change: .score(baseline: baseline, current: ScoreSummary(of: window))
                )
            }
            if let finding {
                let detector = monitor.detectorName
                raise(makeAlert(key, record: record, spec: spec, probe: probe, finding: finding, detector: detector))
            }
            advanceLifecycle(key, monitor: monitor, alarmed: event?.isAlarm == true, into: &update)
        }
        return update
    }

    /// A new monitor for `key`: pinned to its imported baseline if there is one, otherwise warming up.
    private func newMonitor(_ key: SignalKey, kind: SignalSpec.Kind) -> SignalMonitor {
        let pinned = pinnedBaselines[key]
        switch (kind, pinned?.baseline) {
        case (.bernoulli, .rate(let counts)?):
            return .rate(BernoulliSignalMonitor(pinned: counts, arl0: signalARL0, detector: detection.rateDetector))
        case (.continuous, .score(let summary)?):
            return .score(ScoreSignalMonitor(pinned: summary, arl0: signalARL0, detector: detection.scoreDetector))
        case (.bernoulli, _):
            return .rate(
                BernoulliSignalMonitor(warmup: detection.warmup, arl0: signalARL0, detector: detection.rateDetector)
            )
        case (.continuous, _):
            return .score(
                ScoreSignalMonitor(warmup: detection.warmup, arl0: signalARL0, detector: detection.scoreDetector)
            )
        }
    }

    /// `arl0` for one signal: as configured, or, with `false_alarm_scope: fleet`, multiplied by the number of
    /// signals `plan` schedules (a split signal counts once per probe), up to the largest calibratable 10⁶.
    static func signalARL0(_ detection: Configuration.Detection, plan: Plan?) -> Double {
        guard detection.falseAlarmScope == .fleet, let plan else { return detection.arl0 }
        let signals = plan.assignments.reduce(0) { $0 + $1.probe.signals.count }
        return min(FalseAlarmBudget.arl0Range.upperBound, detection.arl0 * Double(max(1, signals)))
    }

    /// The non-answer share of a warm-up from which on the daemon warns that the probe's answers are not read.
    static let unreadableBaseline = 0.5

    /// Makes `alert` pending, unless it is already pending or firing.
    private func raise(_ alert: Alert) {
        if firing[alert.fingerprint] != nil {
            recoveredSince[alert.fingerprint] = nil
            logger.debug("alarm on an alert already firing", metadata: ["candor.fingerprint": "\(alert.fingerprint)"])
        } else if pending[alert.fingerprint] == nil {
            pending[alert.fingerprint] = (now(), alert)
        }
    }

    /// The series a value of `spec` in `record` belongs to: the signal's name, followed by
    /// `{label=value}` when the signal is split by a label.
    static func seriesName(_ spec: SignalSpec, _ record: TrialRecord) -> String {
        guard let label = spec.splitBy else { return spec.name }
        return "\(spec.name){\(label)=\(record.observation.labels[label] ?? "none")}"
    }

    /// Moves the pending and firing alerts of `key` along after one of its samples, on which its detector
    /// `alarmed` or not.
    ///
    /// A pending alert's finding holds on a sample where the detector alarms, and otherwise until the signal
    /// has recovered; one that no longer holds is dropped, even on the sample where `for:` runs out.
    private func advanceLifecycle(
        _ key: SignalKey,
        monitor: SignalMonitor,
        alarmed: Bool,
        into update: inout Update
    ) {
        let time = now()
        let recovered = hasRecovered(key, monitor: monitor)
        for (fingerprint, entry) in pending where Self.belongs(entry.alert, to: key) {
            if recovered.isBack && !alarmed {
                pending[fingerprint] = nil
                update.ended.append(fingerprint)
                logger.debug("pending alert dropped: the signal recovered", metadata: ["candor.signal": "\(key)"])
            } else if time.timeIntervalSince(entry.since) >= alerting.pendingFor.timeInterval {
                pending[fingerprint] = nil
                var alert = entry.alert
                alert.startsAt = entry.since
                firing[fingerprint] = alert
                samplesSinceFiring[fingerprint] = 0
                update.alerts.append(alert)
            }
        }
        for (fingerprint, alert) in firing where Self.belongs(alert, to: key) {
            let seen = (samplesSinceFiring[fingerprint] ?? 0) + 1
            samplesSinceFiring[fingerprint] = seen
            guard seen > alerting.resolveWindow, recovered.isBack, let current = recovered.current else {
                recoveredSince[fingerprint] = nil
                continue
            }
            let since = recoveredSince[fingerprint] ?? time
            recoveredSince[fingerprint] = since
            guard time.timeIntervalSince(since) >= alerting.keepFiringFor.timeInterval else { continue }
            var resolved = alert
            resolved.status = .resolved
            resolved.endsAt = time
            switch current {
            case .rate(_, let window): resolved.current = Alert.Rate(window)
            case .score(_, let window): resolved.currentScore = Alert.Score(window)
            }
            firing[fingerprint] = nil
            samplesSinceFiring[fingerprint] = nil
            recoveredSince[fingerprint] = nil
            update.alerts.append(resolved)
            update.ended.append(fingerprint)
        }
        for (_, entry) in pending where Self.belongs(entry.alert, to: key) {
            update.progress.append(AlertProgress(alert: entry.alert, pendingSince: entry.since))
        }
        for (fingerprint, alert) in firing where Self.belongs(alert, to: key) {
            update.progress.append(
                AlertProgress(
                    alert: alert,
                    samplesSinceFiring: samplesSinceFiring[fingerprint] ?? 0,
                    recoveredSince: recoveredSince[fingerprint]
                )
            )
        }
    }

    /// Whether the last `resolve_window` samples of `key` are back inside the baseline's 95% interval (for a
    /// rate, the Wilson interval of the warm-up rate; for a continuous signal, the range a window mean of the
    /// baseline falls in), and those samples as the alert's new current value.
    private func hasRecovered(_ key: SignalKey, monitor: SignalMonitor) -> (isBack: Bool, current: Alert.Change?) {
        guard monitor.isMonitoring else { return (false, nil) }
        let samples = (recent[key] ?? []).suffix(alerting.resolveWindow).map(\.value)
        guard samples.count == alerting.resolveWindow else { return (false, nil) }
        switch monitor {
        case .rate(let monitor):
            let window = Proportion(successes: samples.filter { $0 >= 0.5 }.count, trials: samples.count)
            let baseline = monitor.baseline.observed
            let interval = Intervals.wilson(successes: baseline.successes, trials: baseline.trials)
            let isBack = interval.lower <= window.rate && window.rate <= interval.upper
            return (isBack, .rate(baseline: baseline, current: window))
        case .score(let monitor):
            let baseline = monitor.baseline.observed
            let window = ScoreSummary(of: samples)
            let half = 1.959964 * baseline.usableStandardDeviation / Double(samples.count).squareRoot()
            return (abs(window.mean - baseline.mean) <= half, .score(baseline: baseline, current: window))
        }
    }

    private static func belongs(_ alert: Alert, to key: SignalKey) -> Bool {
        alert.labels["target"] == key.target && alert.labels["probe"] == key.probe
            && alert.labels["signal"] == key.signal
    }

    /// A snapshot of each signal's monitor, for status output and tests.
    public func snapshot() -> [SignalKey: SignalMonitor] {
        monitors
    }

    private func remember(_ key: SignalKey, _ record: TrialRecord, value: Double, probe: Probe) {
        let statementCondition = probe.scorer.conditionIDs.last
        let answer =
            record.exchanges.last { $0.condition == statementCondition }?.response?.text
            ?? record.exchanges.last?.response?.text ?? ""
        var entries = recent[key] ?? []
        entries.append(
            Evidence(
                trialId: record.trialId,
                value: value,
                outcome: record.observation.outcome.rawValue,
                excerpt: String(answer.prefix(160))
            )
        )
        if entries.count > 1000 { entries.removeFirst(entries.count - 1000) }
        recent[key] = entries
    }

    /// What a detector found, in the terms an alert reports.
    struct Finding {
        var direction: ChangeDirection
        var statistic: Double
        var threshold: Double
        var runLength: Int
        var change: Alert.Change
    }

    private func makeAlert(
        _ key: SignalKey,
        record: TrialRecord,
        spec: SignalSpec,
        probe: Probe,
        finding: Finding,
        detector: String
    ) -> Alert {
        let window = (recent[key] ?? []).suffix(max(1, finding.runLength))
        let drivers: [Evidence]
        let summary: String
        let baselineSamples: Int
        switch finding.change {
        case .rate(let baseline, let current):
            let rising = finding.direction == .up
            drivers = Array(window.filter { ($0.value >= 0.5) == rising }.suffix(detection.evidenceCount))
            let percent = { (rate: Double) in String(format: "%.1f%%", rate * 100) }
            summary =
                "\(key.signal) of \(key.probe) on \(key.target) \(rising ? "rose" : "fell") from "
                + "\(percent(baseline.rate)) to \(percent(current.rate))"
            baselineSamples = baseline.trials
        case .score(let baseline, let current):
            drivers = Array(window.suffix(detection.evidenceCount))
            let moved =
                switch finding.direction {
                case .up: "rose"
                case .down: "fell"
                case .spread, .distribution: "spread"
                }
            summary =
                "\(key.signal) of \(key.probe) on \(key.target) \(moved): mean "
                + String(
                    format: "%.3g (sd %.3g) → %.3g (sd %.3g)",
                    baseline.mean,
                    baseline.standardDeviation,
                    current.mean,
                    current.standardDeviation
                )
            baselineSamples = baseline.count
        }
        let description =
            "\(detector) alarm: statistic \(String(format: "%.2f", finding.statistic)) crossed "
            + "\(String(format: "%.2f", finding.threshold)) (calibrated for at most one false alarm per "
            + "\(Int(signalARL0)) samples) after \(finding.runLength) samples; baseline from \(baselineSamples) samples."
        let alertname =
            switch finding.direction {
            case .up: "CandorSignalIncreased"
            case .down: "CandorSignalDecreased"
            case .spread, .distribution: "CandorSignalChanged"
            }
        return Alert(
            status: .firing,
            startsAt: now(),
            labels: [
                "alertname": alertname,
                "target": key.target,
                "model": record.reportedModel ?? record.model,
                "probe": key.probe,
                "signal": key.signal,
                "severity": spec.severity(movedIn: finding.direction.rawValue),
            ],
            annotations: ["summary": summary, "description": description],
            detector: Alert.DetectorInfo(
                name: detector,
                direction: finding.direction.rawValue,
                statistic: finding.statistic,
                threshold: finding.threshold,
                arl0: signalARL0
            ),
            change: finding.change,
            rulePackHash: probe.packHash,
            modelFingerprint: record.reportedFingerprint,
            evidence: drivers.map { Alert.Evidence(trialId: $0.trialId, outcome: $0.outcome, excerpt: $0.excerpt) }
        )
    }
}

import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// The signals of every target × probe: feeds each scored trial into its detectors and turns
/// their alarms into alerts with evidence. Observations without the signal's value (errors,
/// trials with no belief) never move a signal.
public actor SignalBoard {
    struct Evidence {
        var trialId: String
        var value: Bool
        var outcome: String
        var excerpt: String
    }

    /// What one trial changed: the alerts it raised and the signals whose state moved.
    public struct Update: Sendable {
        /// New alerts.
        public var alerts: [Alert] = []
        /// The new state of every signal the trial moved.
        public var signals: [SignalKey: BernoulliSignalMonitor] = [:]
    }

    private let detection: Configuration.Detection
    private let logger: Logger
    private var monitors: [SignalKey: BernoulliSignalMonitor]
    private var recent: [SignalKey: [Evidence]] = [:]
    private var packHashes: [SignalKey: String] = [:]
    private var firing: [String: Alert]

    /// Creates a board, resuming `monitors` and the alerts in `firing` from a previous run;
    /// the resumed monitors are taken to belong to the rule packs of `plan`.
    public init(
        detection: Configuration.Detection,
        logger: Logger,
        monitors: [SignalKey: BernoulliSignalMonitor] = [:],
        firing: [Alert] = [],
        plan: Plan? = nil
    ) {
        self.detection = detection
        self.logger = logger
        self.monitors = monitors
        let hashes = Dictionary((plan?.rules.probes ?? []).map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in monitors.keys {
            packHashes[key] = hashes[key.probe]
        }
        self.firing = Dictionary(firing.map { ($0.fingerprint, $0) }) { first, _ in first }
    }

    /// Drops the state of signals whose probe is gone from `plan` or whose rule pack changed
    /// (they learn a new baseline); every other signal carries over unchanged.
    public func rebase(on plan: Plan) {
        let current = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in Array(monitors.keys) {
            guard let hash = current[key.probe] else {
                monitors[key] = nil
                continue
            }
            if let learned = packHashes[key], learned != hash {
                logger.notice("rule pack changed: the signal learns a new baseline", metadata: ["candor.signal": "\(key)"])
                monitors[key] = nil
                recent[key] = nil
            }
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
            guard let value = record.observation.values[spec.value] else { continue }
            let key = SignalKey(target: record.target, probe: record.probe, signal: spec.name)
            var monitor =
                monitors[key] ?? BernoulliSignalMonitor(warmup: detection.warmup, arl0: detection.arl0)
            let event = monitor.observe(value >= 0.5)
            monitors[key] = monitor
            packHashes[key] = probe.packHash
            update.signals[key] = monitor
            remember(key, record, value: value >= 0.5, probe: probe)
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
            case .alarm(let alarm, let baseline, let current)?:
                let alert = makeAlert(key, record: record, probe: probe, alarm: alarm, baseline: baseline, current: current)
                if firing[alert.fingerprint] == nil {
                    firing[alert.fingerprint] = alert
                    update.alerts.append(alert)
                } else {
                    logger.debug("alarm on an alert already firing", metadata: ["candor.signal": "\(key)"])
                }
            }
        }
        return update
    }

    /// A snapshot of each signal's monitor, for status output and tests.
    public func snapshot() -> [SignalKey: BernoulliSignalMonitor] {
        monitors
    }

    private func remember(_ key: SignalKey, _ record: TrialRecord, value: Bool, probe: Probe) {
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

    private func makeAlert(
        _ key: SignalKey,
        record: TrialRecord,
        probe: Probe,
        alarm: CUSUMAlarm,
        baseline: Proportion,
        current: Proportion
    ) -> Alert {
        let rising = alarm.direction == .up
        let window = (recent[key] ?? []).suffix(max(1, alarm.runLength))
        let drivers = window.filter { $0.value == rising }.suffix(detection.evidenceCount)
        let percent = { (rate: Double) in String(format: "%.1f%%", rate * 100) }
        let summary =
            "\(key.signal) of \(key.probe) on \(key.target) \(rising ? "rose" : "fell") from "
            + "\(percent(baseline.rate)) to \(percent(current.rate))"
        let description =
            "Bernoulli CUSUM alarm: statistic \(String(format: "%.2f", alarm.statistic)) crossed "
            + "\(String(format: "%.2f", alarm.threshold)) (calibrated for about one false alarm per "
            + "\(Int(detection.arl0)) samples) after \(alarm.runLength) samples; baseline from \(baseline.trials) samples."
        return Alert(
            status: .firing,
            startsAt: Date(),
            labels: [
                "alertname": rising ? "CandorSignalIncreased" : "CandorSignalDecreased",
                "target": key.target,
                "model": record.reportedModel ?? record.model,
                "probe": key.probe,
                "signal": key.signal,
                "severity": rising ? "warning" : "info",
            ],
            annotations: ["summary": summary, "description": description],
            detector: Alert.DetectorInfo(
                name: "bernoulli_cusum",
                direction: alarm.direction.rawValue,
                statistic: alarm.statistic,
                threshold: alarm.threshold,
                arl0: detection.arl0
            ),
            baseline: baseline,
            current: current,
            rulePackHash: probe.packHash,
            modelFingerprint: record.reportedFingerprint,
            evidence: drivers.map { Alert.Evidence(trialId: $0.trialId, outcome: $0.outcome, excerpt: $0.excerpt) }
        )
    }
}

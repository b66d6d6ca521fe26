import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// The signals of every target × probe: feeds each scored trial into its detectors and turns
/// their alarms into alerts with evidence. Observations without the signal's value (errors,
/// trials with no belief) never move a signal.
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
        /// The progress of the pending and firing alerts of those signals, to persist.
        public var progress: [AlertProgress] = []
        /// Fingerprints of alerts of those signals that stopped pending or firing.
        public var ended: [String] = []
    }

    private let detection: Configuration.Detection
    private let logger: Logger
    private var monitors: [SignalKey: BernoulliSignalMonitor]
    private var recent: [SignalKey: [Evidence]] = [:]
    private var packHashes: [SignalKey: String] = [:]
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
        monitors: [SignalKey: BernoulliSignalMonitor] = [:],
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
                if firing[alert.fingerprint] != nil {
                    recoveredSince[alert.fingerprint] = nil
                    logger.debug("alarm on an alert already firing", metadata: ["candor.signal": "\(key)"])
                } else if pending[alert.fingerprint] == nil {
                    pending[alert.fingerprint] = (now(), alert)
                }
            }
            advanceLifecycle(key, monitor: monitor, into: &update)
        }
        return update
    }

    /// Moves the pending and firing alerts of `key` along after one of its samples.
    private func advanceLifecycle(_ key: SignalKey, monitor: BernoulliSignalMonitor, into update: inout Update) {
        let time = now()
        let recovered = hasRecovered(key, monitor: monitor)
        for (fingerprint, entry) in pending where Self.belongs(entry.alert, to: key) {
            if time.timeIntervalSince(entry.since) < alerting.pendingFor.timeInterval {
                if recovered.isBack {
                    pending[fingerprint] = nil
                    update.ended.append(fingerprint)
                    logger.debug("pending alert dropped: the signal recovered", metadata: ["candor.signal": "\(key)"])
                }
            } else {
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
            guard seen > alerting.resolveWindow, recovered.isBack, let window = recovered.window else {
                recoveredSince[fingerprint] = nil
                continue
            }
            let since = recoveredSince[fingerprint] ?? time
            recoveredSince[fingerprint] = since
            guard time.timeIntervalSince(since) >= alerting.keepFiringFor.timeInterval else { continue }
            var resolved = alert
            resolved.status = .resolved
            resolved.endsAt = time
            resolved.current = Alert.Rate(window)
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

    /// Whether the rate of the last `resolve_window` samples of `key` lies inside the baseline's
    /// 95% Wilson interval, and that window.
    private func hasRecovered(_ key: SignalKey, monitor: BernoulliSignalMonitor) -> (isBack: Bool, window: Proportion?) {
        guard monitor.cusum != nil else { return (false, nil) }
        let samples = (recent[key] ?? []).suffix(alerting.resolveWindow)
        guard samples.count == alerting.resolveWindow else { return (false, nil) }
        let window = Proportion(successes: samples.filter(\.value).count, trials: samples.count)
        let baseline = monitor.baseline.observed
        let interval = Intervals.wilson(successes: baseline.successes, trials: baseline.trials)
        return (interval.lower <= window.rate && window.rate <= interval.upper, window)
    }

    private static func belongs(_ alert: Alert, to key: SignalKey) -> Bool {
        alert.labels["target"] == key.target && alert.labels["probe"] == key.probe && alert.labels["signal"] == key.signal
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
        alarm: RateAlarm,
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
            startsAt: now(),
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

import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// The signals of every target × probe: routes each scored trial to the signals its probe declares, feeds their
/// detectors, and hands what they find to the alerts' lifecycle. Observations without the signal's value (errors,
/// trials with no belief) never move a signal, nor do non-answers move a signal of answered trials (see
/// `Observation.sample(for:)`).
///
/// The parts it routes between: ``EvidenceBuffer`` (each signal's recent samples), ``Finding`` and
/// ``AlertWording`` (an alarm as an alert), ``SignalRecovery`` (the resolve threshold) and ``AlertLifecycle``
/// (pending, firing, resolved; time passed in, read once per trial from the injected `now`).
public actor SignalBoard {
    private let detection: Configuration.Detection
    let logger: Logger
    /// The wall clock each trial's alert transitions are dated by: the daemon's clock, or a record's own time in
    /// a replay.
    private let now: @Sendable () -> Date
    var monitors: [SignalKey: SignalMonitor]
    /// The series of each split signal (keyed by its unsplit name), so that finding them does not scan every
    /// monitor of the fleet: kept in step wherever a series is added or dropped.
    var splitSeries: [SignalKey: Set<SignalKey>] = [:]
    var evidence: EvidenceBuffer
    private var packHashes: [SignalKey: String] = [:]
    /// The model fingerprint each signal last saw, when re-baselining on a change is on.
    private var fingerprints: [SignalKey: String] = [:]
    /// The in-control average run length each new signal is calibrated for (see `false_alarm_scope`).
    private var signalARL0: Double
    /// Baselines imported from the configured baseline file, by signal.
    var pinnedBaselines: [SignalKey: PinnedBaseline] = [:]
    var lifecycle: AlertLifecycle
    /// The config's static labels, target severities and runbook links, current as of the last reload.
    private var labeling: AlertLabeling
    /// Where calibrations run, and the cache of their results.
    let calibration: Calibration
    /// The signals waiting for each calibration in flight, by its shared request.
    var awaiting: [CalibrationRequest: Set<SignalKey>] = [:]
    /// The pace of each signal still warming up (or calibrating), for its expected end.
    var paces: [SignalKey: WarmupPace] = [:]

    /// Creates a board, resuming `monitors` and the alerts in `firing` from a previous run;
    /// the resumed monitors are taken to belong to the rule packs of `plan`. `now` dates what the
    /// signals find. Detectors are calibrated as `calibration` says: on the board by default, or by a
    /// ``CalibrationService``; a resumed signal that was waiting for its calibration is queued again.
    public init(
        detection: Configuration.Detection,
        logger: Logger,
        monitors: [SignalKey: SignalMonitor] = [:],
        fingerprints: [SignalKey: String] = [:],
        firing: [Alert] = [],
        plan: Plan? = nil,
        alerting: Configuration.Alerting = Configuration.Alerting(),
        calibration: Calibration = .inline(ThresholdCache()),
        now: @escaping @Sendable () -> Date
    ) {
        self.now = now
        self.detection = detection
        self.logger = logger
        self.calibration = calibration
        var monitors = monitors
        var awaiting: [CalibrationRequest: Set<SignalKey>] = [:]
        for key in monitors.keys where Self.schedule(key, &monitors, &awaiting, calibration) {
            logger.info("signal monitoring", metadata: ["candor.signal": "\(key)"])
        }
        self.monitors = monitors
        for key in monitors.keys { splitSeries.index(key) }
        self.awaiting = awaiting
        self.fingerprints = fingerprints
        signalARL0 = Self.signalARL0(detection, plan: plan)
        labeling = plan.map { AlertLabeling($0.configuration) } ?? AlertLabeling()
        let hashes = Dictionary((plan?.rules.probes ?? []).map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in monitors.keys {
            packHashes[key] = hashes[key.probe]
        }
        lifecycle = AlertLifecycle(alerting: alerting, firing: firing)
        evidence = EvidenceBuffer(window: alerting.resolveWindow, quotedPerKind: detection.evidenceCount)
    }

    /// Resumes the `for:` and `keep_firing_for:` clocks of a previous run (alerts resumed as
    /// firing take their counters; pending ones their start).
    public func resume(_ progress: [AlertProgress]) {
        lifecycle.resume(progress)
    }

    /// Drops the state of signals whose probe is gone from `plan` or whose rule pack changed
    /// (they learn a new baseline); every other signal carries over unchanged.
    public func rebase(on plan: Plan) {
        signalARL0 = Self.signalARL0(detection, plan: plan)
        labeling = AlertLabeling(plan.configuration)
        let current = Dictionary(plan.rules.probes.map { ($0.id, $0.packHash) }) { first, _ in first }
        for key in Array(monitors.keys) {
            guard let hash = current[key.probe] else {
                monitors[key] = nil
                splitSeries.drop(key)
                continue
            }
            if let learned = packHashes[key], learned != hash {
                logger.notice(
                    "rule pack changed: the signal learns a new baseline",
                    metadata: ["candor.signal": "\(key)"]
                )
                monitors[key] = nil
                splitSeries.drop(key)
                evidence.forget(key)
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
            let kind: SignalSpec.Kind =
                switch monitor {
                case .rate: .bernoulli
                case .score: .continuous
                case .mix: .category
                }
            monitors[entry.key] = newMonitor(entry.key, kind: kind)
            scheduleCalibration(of: entry.key)
            evidence.forget(entry.key)
            logger.notice("signal switched to its pinned baseline", metadata: ["candor.signal": "\(entry.key)"])
        }
    }

    /// `alert`, one of Candor's alerts about itself, with the config's static labels (as of the last reload).
    public func labelled(selfAlert alert: Alert) -> Alert {
        labeling.selfAlert(alert)
    }

    /// The detectors' alerts firing now, oldest first.
    public func firingAlerts() -> [Alert] {
        lifecycle.firingAlerts
    }

    /// Feeds `record` into every signal its probe declares; returns the alerts it raises and
    /// the signal states it changed.
    public func observe(_ record: TrialRecord, probe: Probe) -> Update {
        let time = now()
        var update = Update()
        for spec in probe.signals {
            // A category signal's sample is a category; its value stands in for the evidence's kind only.
            let category = record.observation.category(for: spec)
            guard let value = category == nil ? record.observation.sample(for: spec) : 0 else { continue }
            let key = SignalKey(target: record.target, probe: record.probe, signal: Self.seriesName(spec, record))
            var monitor = monitors[key] ?? newMonitor(key, kind: spec.kind)
            if detection.rebaselineOnFingerprintChange, let reported = record.reportedFingerprint {
                if let known = fingerprints[key], known != reported {
                    logger.notice(
                        "model fingerprint changed: the signal learns a new baseline",
                        metadata: ["candor.signal": "\(key)", "candor.from": "\(known)", "candor.to": "\(reported)"]
                    )
                    monitor = newMonitor(key, kind: spec.kind)
                    evidence.forget(key)
                    update.baselineResets += 1
                }
                fingerprints[key] = reported
            }
            // Never calibrates here: a warm-up's end queues its calibration (see `scheduleCalibration`), and
            // the samples that arrive meanwhile wait in the monitor, fed ahead of the first after it is done.
            let events =
                if let category {
                    monitor.observe(category: category)
                } else {
                    monitor.observe(value, deferringCalibration: true)
                }
            monitors[key] = monitor
            if spec.splitBy != nil { splitSeries.index(key) }
            if scheduleCalibration(of: key), let installed = monitors[key] {
                monitor = installed
            }
            packHashes[key] = probe.packHash
            update.signals[key] = monitor
            if !monitor.isMonitoring {
                let progress = monitor.warmupProgress
                paces[key, default: WarmupPace(observed: progress.observed, at: time)].record(
                    observed: progress.observed,
                    at: time
                )
                update.warmupEnds[key] = paces[key]?.expectedEnd(required: progress.required)
            }
            evidence.remember(key, record, value: value, category: category, kind: spec.kind, probe: probe)
            for event in events {
                logLearned(event, of: key, spec: spec)
                let recent = evidence
                guard let finding = Finding(event, recent: { recent.values(last: $0, of: key) }) else { continue }
                let wording = AlertWording(evidenceCount: detection.evidenceCount, arl0: signalARL0, labeling: labeling)
                var alert = wording.alert(
                    for: finding,
                    on: key,
                    detector: monitor.detectorName,
                    spec: spec,
                    probe: probe,
                    record: record,
                    window: evidence.last(max(1, finding.runLength), of: key),
                    at: time
                )
                if let source = baselineSource(of: key), source != .learned {
                    alert.annotations["baseline_source"] = source.description
                }
                apply(lifecycle.step(.alarm(alert), at: time), of: key, to: &update)
            }
            let recovery = SignalRecovery(
                monitor: monitor,
                samples: evidence.values(last: lifecycle.resolveWindow, of: key),
                window: lifecycle.resolveWindow
            )
            let alarmed = events.contains(where: \.isAlarm)
            let sample = AlertLifecycle.Event.sample(key, alarmed: alarmed, recovery: recovery)
            apply(lifecycle.step(sample, at: time), of: key, to: &update)
            update.progress.append(contentsOf: lifecycle.progress(of: key))
        }
        return update
    }

    /// When each signal still warming up should end its warm-up, at its pace so far (see ``WarmupPace``); absent
    /// for a signal with fewer than two warm-up samples since the daemon started.
    public func warmupEnds() -> [SignalKey: Date] {
        var ends: [SignalKey: Date] = [:]
        for (key, pace) in paces {
            guard let monitor = monitors[key], !monitor.isMonitoring,
                let end = pace.expectedEnd(required: monitor.warmupProgress.required)
            else { continue }
            ends[key] = end
        }
        return ends
    }

    /// A snapshot of each signal's monitor, for status output and tests.
    public func snapshot() -> [SignalKey: SignalMonitor] {
        monitors
    }

    /// The series a value of `spec` in `record` belongs to: the signal's name, followed by
    /// `{label=value}` when the signal is split by a label.
    static func seriesName(_ spec: SignalSpec, _ record: TrialRecord) -> String {
        guard let label = spec.splitBy else { return spec.name }
        return "\(spec.name){\(label)=\(record.observation.labels[label] ?? "none")}"
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

    /// A new monitor for `key`: pinned to its imported baseline if there is one (waiting for its calibration,
    /// which the caller schedules), otherwise warming up.
    private func newMonitor(_ key: SignalKey, kind: SignalSpec.Kind) -> SignalMonitor {
        let pinned = pinnedBaselines[key]
        switch (kind, pinned?.baseline) {
        case (.bernoulli, .rate(let counts)?):
            return .rate(
                BernoulliSignalMonitor(
                    pinned: counts,
                    arl0: signalARL0,
                    detector: detection.rateDetector,
                    deferringCalibration: true
                )
            )
        case (.continuous, .score(let summary)?):
            return .score(
                ScoreSignalMonitor(
                    pinned: summary,
                    arl0: signalARL0,
                    detector: detection.scoreDetector,
                    deferringCalibration: true
                )
            )
        case (.bernoulli, _):
            return .rate(
                BernoulliSignalMonitor(warmup: detection.warmup, arl0: signalARL0, detector: detection.rateDetector)
            )
        case (.continuous, _):
            return .score(
                ScoreSignalMonitor(warmup: detection.warmup, arl0: signalARL0, detector: detection.scoreDetector)
            )
        case (.category, .mix(let mix)?):
            return .mix(CategoryMixMonitor(pinned: mix, warmup: detection.warmup, arl0: signalARL0))
        case (.category, _):
            return .mix(CategoryMixMonitor(warmup: detection.warmup, arl0: signalARL0))
        }
    }

    /// Adds what the lifecycle changed for `key` to `update`: fired and resolved alerts go out, dropped and
    /// resolved ones end.
    private func apply(_ transitions: [AlertLifecycle.Transition], of key: SignalKey, to update: inout Update) {
        for transition in transitions {
            switch transition {
            case .pending:
                logger.debug(
                    "alert pending: it fires if the signal has not recovered when `for:` runs out",
                    metadata: ["candor.signal": "\(key)"]
                )
            case .deduplicated(let fingerprint):
                logger.debug("alarm on an alert already firing", metadata: ["candor.fingerprint": "\(fingerprint)"])
            case .dropped(let alert):
                update.ended.append(alert.fingerprint)
                logger.debug("pending alert dropped: the signal recovered", metadata: ["candor.signal": "\(key)"])
            case .fired(let alert):
                update.alerts.append(alert)
            case .resolved(let alert):
                update.alerts.append(alert)
                update.ended.append(alert.fingerprint)
            }
        }
    }

    /// Logs a baseline the signal `key` has just learned.
    private func logLearned(_ event: SignalEvent?, of key: SignalKey, spec: SignalSpec) {
        switch event {
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
        case .mixBaselineLearned(let baseline, let windowSize)?:
            let shares = baseline.shares.sorted { $0.value > $1.value }
                .map { "\($0.key) \(String(format: "%.0f%%", $0.value * 100))" }
            logger.info(
                "baseline learned",
                metadata: [
                    "candor.signal": "\(key)", "candor.mix": "\(shares.joined(separator: ", "))",
                    "candor.samples": "\(baseline.samples)", "candor.window": "\(windowSize)",
                ]
            )
        case nil, .alarm?, .scoreAlarm?, .mixAlarm?:
            break
        }
    }
}

extension [SignalKey: Set<SignalKey>] {
    /// The key of the split signal a series belongs to (`rate{lang=de}` → `rate`), nil for an unsplit one.
    private static func signal(of key: SignalKey) -> SignalKey? {
        guard let brace = key.signal.firstIndex(of: "{") else { return nil }
        return SignalKey(target: key.target, probe: key.probe, signal: String(key.signal[..<brace]))
    }

    /// Adds `key` to its split signal's series, if it is one.
    mutating func index(_ key: SignalKey) {
        guard let signal = Self.signal(of: key) else { return }
        self[signal, default: []].insert(key)
    }

    /// Removes `key` from its split signal's series.
    mutating func drop(_ key: SignalKey) {
        guard let signal = Self.signal(of: key) else { return }
        self[signal]?.remove(key)
        if self[signal]?.isEmpty == true { self[signal] = nil }
    }
}

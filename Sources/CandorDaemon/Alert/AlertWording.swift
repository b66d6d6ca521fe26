import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation

/// The words of a signal's alert: its name (which way the signal moved), its labels, a one-line summary of the
/// change, a description of the detector's evidence, and the trials that drove the finding. An alert in the
/// signal's bad direction carries the target's severity, else the signal's; one in the other direction is
/// informational. The config's static labels and runbook link are added (``AlertLabeling``).
struct AlertWording: Sendable {
    /// How many trials an alert quotes (`detection.evidence`).
    var evidenceCount: Int
    /// The in-control average run length the signal's detector is calibrated for.
    var arl0: Double
    /// The config's static labels, target severities and runbook links.
    var labeling = AlertLabeling()

    /// The firing alert for `finding` on `key`, found by `detector` after `record`, a trial of `probe`; `window`
    /// holds the signal's samples the detector ran on, oldest first.
    func alert(
        for finding: Finding,
        on key: SignalKey,
        detector: String,
        spec: SignalSpec,
        probe: Probe,
        record: TrialRecord,
        window: [EvidenceBuffer.Evidence],
        at now: Date
    ) -> Alert {
        let drivers: [EvidenceBuffer.Evidence]
        let summary: String
        let baselineSamples: Int
        switch finding.change {
        case .rate(let baseline, let current):
            let rising = finding.direction == .up
            drivers = Array(window.filter { ($0.value >= 0.5) == rising }.suffix(evidenceCount))
            let percent = { (rate: Double) in String(format: "%.1f%%", rate * 100) }
            summary =
                "\(key.signal) of \(key.probe) on \(key.target) \(rising ? "rose" : "fell") from "
                + "\(percent(baseline.rate)) to \(percent(current.rate))"
            baselineSamples = baseline.trials
        case .score(let baseline, let current):
            drivers = Array(window.suffix(evidenceCount))
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
        case .mix(let baseline, let current):
            let moves = current.moves(from: baseline)
            let risen = Set(moves.filter { $0.to > $0.from }.map(\.category))
            // The test counts a category the baseline lacks as `other`: so does the evidence that drove it.
            let bucket = { (category: String) in
                baseline.shares[category] == nil ? CategoryMixMonitor.other : category
            }
            drivers = Array(
                window.filter { $0.category.map { risen.contains(bucket($0)) } ?? false }.suffix(evidenceCount)
            )
            let percent = { (share: Double) in String(format: "%.0f%%", share * 100) }
            var unseen: [String: Int] = [:]
            for sample in window.suffix(current.samples) {
                guard let category = sample.category, bucket(category) == CategoryMixMonitor.other else { continue }
                unseen[category, default: 0] += 1
            }
            let newest = unseen.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2)
                .map { "\($0.key) \(percent(Double($0.value) / Double(max(1, current.samples))))" }
            summary =
                "\(key.signal) of \(key.probe) on \(key.target) changed: "
                + moves.map { "\($0.category) \(percent($0.from)) → \(percent($0.to))" }.joined(separator: ", ")
                + (newest.isEmpty ? "" : "; in other: " + newest.joined(separator: ", "))
            baselineSamples = baseline.samples
        }
        let divergence = finding.divergence.map { String(format: " (Jensen–Shannon divergence %.3f bits)", $0) } ?? ""
        let description =
            "\(detector) alarm: statistic \(String(format: "%.2f", finding.statistic)) crossed "
            + "\(String(format: "%.2f", finding.threshold)) (calibrated for at most one false alarm per "
            + "\(Int(arl0)) samples) after \(finding.runLength) samples\(divergence); baseline from \(baselineSamples) samples."
        let alertname =
            switch finding.direction {
            case .up: "CandorSignalIncreased"
            case .down: "CandorSignalDecreased"
            case .spread, .distribution: "CandorSignalChanged"
            }
        let alert = Alert(
            status: .firing,
            startsAt: now,
            labels: [
                "alertname": alertname,
                "target": key.target,
                "model": record.reportedModel ?? record.model,
                "probe": key.probe,
                "signal": key.signal,
                "severity": labeling.severity(of: spec, movedIn: finding.direction.rawValue, target: key.target),
            ],
            annotations: ["summary": summary, "description": description],
            detector: Alert.DetectorInfo(
                name: detector,
                direction: finding.direction.rawValue,
                statistic: finding.statistic,
                threshold: finding.threshold,
                arl0: arl0
            ),
            change: finding.change,
            rulePackHash: probe.packHash,
            modelFingerprint: record.reportedFingerprint,
            evidence: drivers.filter { !$0.trialId.isEmpty }.map {
                Alert.Evidence(trialId: $0.trialId, outcome: $0.outcome, excerpt: $0.excerpt)
            }
        )
        return labeling.signalAlert(alert, probe: probe)
    }
}

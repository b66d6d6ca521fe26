import CandorDetectors
import CandorRules
import Foundation

extension CostEstimate {
    /// The fewest measured samples of a yes/no signal whose rate replaces the assumed baseline rate.
    public static let minimumRateSamples = 50

    /// Warm-up and detection time of each signal of `assignment` at `trialsPerDay` (`warmupTrialsPerDay` while it
    /// warms up).
    static func signals(
        of assignment: Plan.Assignment,
        trialsPerDay: Double,
        warmupTrialsPerDay warmupRate: Double,
        plan: Plan,
        usage: MeasuredUsage.Probe?,
        assumptions: Assumptions,
        cache: ThresholdCache
    ) -> [Signal] {
        let detection = plan.configuration.detection
        let measured = usage.flatMap { $0.trials >= MeasuredUsage.minimumTrials ? $0 : nil }
        return assignment.probe.signals.map { spec in
            let splits =
                spec.splitBy.map { label in
                    max(1, Set(assignment.probe.items.map { $0.observationLabels[label] ?? "none" }).count)
                } ?? 1
            var share = 1.0
            var shareSource = "assumed"
            if let measured {
                share = Double(measured.samples[spec.name]?.count ?? 0) / Double(measured.trials)
                shareSource = "measured (\(measured.trials) trials)"
            }
            let perDay = trialsPerDay * share / Double(splits)
            let warmupPerDay = warmupRate * share / Double(splits)
            // A pinned baseline (detection.baseline_file) skips the warm-up.
            let pinned = plan.pinnedBaselines.contains { entry in
                entry.key.target == assignment.target.name && entry.key.probe == assignment.probe.id
                    && (entry.key.signal == spec.name || entry.key.signal.hasPrefix(spec.name + "{"))
            }
            var signal = Signal(
                name: spec.name,
                kind: spec.kind.rawValue,
                splits: splits,
                samplesPerTrial: share,
                samplesSource: shareSource,
                samplesPerDay: perDay,
                warmupSamples: detection.warmup,
                warmupHours: pinned ? 0 : warmupPerDay > 0 ? Double(detection.warmup) / warmupPerDay * 24 : nil
            )
            guard spec.kind == .bernoulli, assumptions.detection else { return signal }
            var p0 = assumptions.baselineRate
            signal.baselineSource = "assumed"
            if let sampled = measured?.samples[spec.name], sampled.count >= minimumRateSamples {
                let rate = sampled.sum / Double(sampled.count)
                if rate > 0, rate < 1 {
                    p0 = rate
                    signal.baselineSource = "measured (\(sampled.count) samples)"
                }
            }
            let p1 = min(p0 * assumptions.changeFactor, 0.99)
            let samples = DetectionDelay.samples(
                detection.rateDetector,
                p0: p0,
                p1: p1,
                warmup: detection.warmup,
                arl0: SignalBoard.signalARL0(detection, plan: plan),
                cache: cache
            )
            signal.baselineRate = p0
            signal.changedRate = p1
            signal.detectionSamples = samples.isFinite ? samples : nil
            signal.detectionHours = perDay > 0 && samples.isFinite ? samples / perDay * 24 : nil
            return signal
        }
    }
}

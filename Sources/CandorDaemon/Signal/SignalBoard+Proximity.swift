import CandorDetectors
import CandorRules

extension SignalBoard {
    /// Where the signals of `probe` on `target` stand, for the scheduler's pace (``SamplingCadence``): warming up
    /// while the probe has no signal yet or one of its signals has more series warming up than monitoring (a signal
    /// waiting for its calibration counts as done), and the largest statistic ÷ threshold among its detectors.
    public func proximity(target: String, probe: Probe) -> SignalProximity {
        var proximity = SignalProximity()
        var seen = false
        for spec in probe.signals {
            var warming = 0
            var done = 0
            for monitor in series(of: spec, target: target, probe: probe.id) {
                seen = true
                if monitor.isMonitoring {
                    done += 1
                    for reading in monitor.readings {
                        guard let threshold = reading.threshold, threshold > 0 else { continue }
                        proximity.nearest = max(proximity.nearest, reading.statistic / threshold)
                    }
                } else if monitor.calibrationRequest != nil {
                    done += 1
                } else {
                    warming += 1
                }
            }
            if warming > done { proximity.warmingUp = true }
        }
        // Before its first sample a probe's signals have no monitor at all: they are all still to warm up.
        if !seen, !probe.signals.isEmpty { proximity.warmingUp = true }
        return proximity
    }

    /// The monitors of `spec` on `target`: the one series, or every label's series of a split signal.
    private func series(of spec: SignalSpec, target: String, probe: String) -> [SignalMonitor] {
        guard spec.splitBy != nil else {
            return monitors[SignalKey(target: target, probe: probe, signal: spec.name)].map { [$0] } ?? []
        }
        let series = splitSeries[SignalKey(target: target, probe: probe, signal: spec.name)] ?? []
        return series.compactMap { monitors[$0] }
    }
}

/// Watches a yes/no stream for a change of its rate with ADWIN (``ADWIN``) on the 0/1 outcomes, with δ
/// calibrated by simulation of Bernoulli(p0) streams for the in-control average run length `arl0`.
///
/// On a detection ADWIN drops the part of its window before the change and carries on with the rest, so it
/// learns the new rate instead of restarting from nothing; ``reset()`` empties the window.
///
/// The value is its whole state: encode it to persist a running detector.
public struct BernoulliADWIN: RateDetector {
    /// The in-control rate the calibration simulated, after clamping into ``BernoulliCUSUM/rateRange``.
    public let p0: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The adaptive window.
    public private(set) var window: ADWIN

    /// Builds a detector and calibrates δ.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - effort: The simulation spent on calibrating δ; each run costs O(log W) per sample, so the default is
    ///     a fifth of the known-baseline effort of the CUSUM charts.
    public init(p0: Double, arl0: Double = 10_000, effort: MonteCarloCalibration.Effort = ADWIN.defaultEffort) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        let rate = min(max(p0, BernoulliCUSUM.rateRange.lowerBound), BernoulliCUSUM.rateRange.upperBound)
        self.p0 = rate
        self.arl0 = arl0
        window = ADWIN(arl0: arl0, law: .bernoulli(p0: rate), effort: effort)
    }

    /// Feeds one outcome (true = success, e.g. a lie). On a detection it returns the alarm (the split's excess
    /// and −ln δ, in nats; the newer part of the window as the run) and keeps only that newer part; otherwise nil.
    public mutating func update(_ x: Bool) -> RateAlarm? {
        guard let split = window.update(x ? 1 : 0) else {
            return nil
        }
        let successes = Int((split.newerMean * Double(split.newerCount)).rounded())
        return RateAlarm(
            direction: split.newerMean > split.olderMean ? .up : .down,
            statistic: split.excess,
            threshold: window.logConfidence,
            runLength: split.newerCount,
            runSuccesses: min(max(successes, 0), split.newerCount)
        )
    }

    /// Empties the window.
    public mutating func reset() {
        window.reset()
    }
}

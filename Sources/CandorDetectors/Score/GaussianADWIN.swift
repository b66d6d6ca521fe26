/// Watches a stream of continuous scores for a change of its mean with ADWIN (``ADWIN``) on the scores
/// standardized by the baseline, z = (x − μ0) / σ0, with δ calibrated by simulation of standard normal streams
/// for the in-control average run length `arl0`.
///
/// On a detection ADWIN drops the part of its window before the change and carries on with the rest;
/// ``reset()`` empties the window.
///
/// The value is its whole state: encode it to persist a running detector.
public struct GaussianADWIN: ScoreDetector {
    /// The in-control mean.
    public internal(set) var mu0: Double
    /// The in-control standard deviation, positive.
    public internal(set) var sigma0: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The adaptive window over the standardized scores.
    public private(set) var window: ADWIN

    /// Builds a detector and calibrates δ.
    ///
    /// - Parameters:
    ///   - mu0: The in-control mean.
    ///   - sigma0: The in-control standard deviation, positive.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - effort: The simulation spent on calibrating δ.
    public init(
        mu0: Double,
        sigma0: Double,
        arl0: Double = 10_000,
        effort: MonteCarloCalibration.Effort = ADWIN.defaultEffort
    ) {
        precondition(mu0.isFinite && sigma0.isFinite && sigma0 > 0, "need a finite mean and a positive sigma")
        self.mu0 = mu0
        self.sigma0 = sigma0
        self.arl0 = arl0
        window = ADWIN(arl0: arl0, law: .normal, effort: effort)
    }

    /// Feeds one score. On a detection it returns the alarm (the split's excess and −ln δ, in nats; the newer
    /// part of the window as the run, its mean in the scores' units) and keeps only that newer part; otherwise
    /// nil.
    public mutating func update(_ x: Double) -> ScoreAlarm? {
        guard let split = window.update((x - mu0) / sigma0) else {
            return nil
        }
        return ScoreAlarm(
            direction: split.newerMean > split.olderMean ? .up : .down,
            statistic: split.excess,
            threshold: window.logConfidence,
            runLength: split.newerCount,
            runMean: mu0 + sigma0 * split.newerMean
        )
    }

    /// Empties the window.
    public mutating func reset() {
        window.reset()
    }
}

extension GaussianADWIN: StandardizedScoreDetector {}

/// A continuous signal's detector that watches scores standardized by its baseline, z = (x − μ0) / σ0, so that
/// its calibration (done on standard normal scores) holds for any baseline: one calibration serves every
/// signal with the same detector, warm-up size and `arl0` (see ``CalibrationRequest/shared``).
protocol StandardizedScoreDetector: ScoreDetector {
    /// The in-control mean.
    var mu0: Double { get set }
    /// The in-control standard deviation, positive.
    var sigma0: Double { get set }
}

extension StandardizedScoreDetector {
    /// The same calibrated detector on the baseline `mu0`, `sigma0`, restarted.
    func rebased(mu0: Double, sigma0: Double) -> Self {
        precondition(mu0.isFinite && sigma0.isFinite && sigma0 > 0, "need a finite mean and a positive sigma")
        var copy = self
        copy.mu0 = mu0
        copy.sigma0 = sigma0
        copy.reset()
        return copy
    }
}

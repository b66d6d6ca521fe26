/// Watches a stream of continuous scores for a shift of its mean in either direction with the Page–Hinkley test
/// (``PageHinkley``) on the scores standardized by the baseline: z = (x − μ0) / σ0.
///
/// The tolerance δ is set from the baseline's standard deviation (0.25 σ0 by default: a 0.5 σ0 shift is the
/// smallest change the test is built for); the threshold λ is calibrated by simulation of normal scores for the
/// in-control average run length `arl0`. The test compares each score with the mean since its last restart, so
/// it watches the mean only: a change of spread moves it little.
///
/// The value is its whole state: encode it to persist a running test.
public struct GaussianPageHinkley: ScoreDetector {
    /// The tolerance used unless another is given, in baseline standard deviations.
    public static let defaultTolerance = 0.25

    /// The in-control mean.
    public internal(set) var mu0: Double
    /// The in-control standard deviation, positive.
    public internal(set) var sigma0: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The test on the standardized scores.
    public private(set) var test: PageHinkley

    /// Builds and calibrates a test.
    ///
    /// - Parameters:
    ///   - mu0: The in-control mean.
    ///   - sigma0: The in-control standard deviation, positive.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - tolerance: δ in baseline standard deviations, positive.
    ///   - effort: The simulation spent on calibrating λ.
    public init(
        mu0: Double,
        sigma0: Double,
        arl0: Double = 10_000,
        tolerance: Double = defaultTolerance,
        effort: MonteCarloCalibration.Effort = .knownBaseline
    ) {
        precondition(mu0.isFinite && sigma0.isFinite && sigma0 > 0, "need a finite mean and a positive sigma")
        self.mu0 = mu0
        self.sigma0 = sigma0
        self.arl0 = arl0
        test = PageHinkley(tolerance: tolerance, arl0: arl0, law: .normal, effort: effort)
    }

    /// Feeds one score. When a side reaches λ it returns that side's alarm (the statistic and threshold in
    /// standard deviations, the samples since the side was last zero and their mean) and restarts the test;
    /// otherwise nil.
    public mutating func update(_ x: Double) -> ScoreAlarm? {
        guard let direction = test.update((x - mu0) / sigma0) else {
            return nil
        }
        let side = test.side(direction)
        let alarm = ScoreAlarm(
            direction: direction,
            statistic: side.statistic,
            threshold: test.threshold,
            runLength: max(side.runLength, 1),
            runMean: mu0 + sigma0 * side.runSum / Double(max(side.runLength, 1))
        )
        reset()
        return alarm
    }

    /// Restarts the test, as after an alarm.
    public mutating func reset() {
        test.reset()
    }
}

extension GaussianPageHinkley: StandardizedScoreDetector {}

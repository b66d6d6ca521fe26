/// Watches a yes/no stream for a rise or a fall of its rate with the Page–Hinkley test (``PageHinkley``) on the
/// outcomes standardized by the baseline: z = (x − p0) / √(p0(1 − p0)).
///
/// The tolerance δ is set from the baseline's standard deviation: by default it is half of a doubling of the
/// rate, ½·p0 / √(p0(1 − p0)) standard deviations, so a rise from p0 to 2·p0 is the smallest change the test is
/// built for. The threshold λ is calibrated by simulation for the in-control average run length `arl0`.
///
/// The value is its whole state: encode it to persist a running test.
public struct BernoulliPageHinkley: RateDetector {
    /// The in-control rate, after clamping into ``BernoulliCUSUM/rateRange``.
    public let p0: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The test on the standardized outcomes.
    public private(set) var test: PageHinkley

    /// Builds and calibrates a test.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - tolerance: δ in baseline standard deviations, or nil for half a doubling of the rate.
    ///   - effort: The simulation spent on calibrating λ.
    public init(
        p0: Double,
        arl0: Double = 10_000,
        tolerance: Double? = nil,
        effort: MonteCarloCalibration.Effort = .knownBaseline
    ) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        let rate = min(max(p0, BernoulliCUSUM.rateRange.lowerBound), BernoulliCUSUM.rateRange.upperBound)
        let sd = (rate * (1 - rate)).squareRoot()
        self.p0 = rate
        self.arl0 = arl0
        test = PageHinkley(
            tolerance: tolerance ?? 0.5 * min(rate, 1 - rate) / sd,
            arl0: arl0,
            law: .bernoulli(p0: rate),
            effort: effort
        )
    }

    /// Feeds one outcome (true = success, e.g. a lie). When a side reaches λ it returns that side's alarm (the
    /// statistic and threshold in standard deviations, the samples and successes since the side was last zero)
    /// and restarts the test; otherwise nil.
    public mutating func update(_ x: Bool) -> RateAlarm? {
        let sd = (p0 * (1 - p0)).squareRoot()
        guard let direction = test.update(((x ? 1 : 0) - p0) / sd) else {
            return nil
        }
        let side = test.side(direction)
        let successes = (Double(side.runLength) * p0 + side.runSum * sd).rounded()
        let alarm = RateAlarm(
            direction: direction,
            statistic: side.statistic,
            threshold: test.threshold,
            runLength: side.runLength,
            runSuccesses: min(max(Int(successes), 0), side.runLength)
        )
        reset()
        return alarm
    }

    /// Restarts the test, as after an alarm.
    public mutating func reset() {
        test.reset()
    }
}

/// How the `arl0` an operator asks for becomes the run length the detectors are calibrated for.
///
/// Calibration makes a detector's in-control average run length equal to the value it is given, so false alarms
/// arrive at 1/ARL on average and their count over a stretch of samples scatters around that: about 50 ± 7 over
/// 500,000 samples at an ARL of 10,000. Operators read `detection.arl0` as a budget, "at most one false alarm
/// per `arl0` samples", and half of all such stretches would overrun a budget calibrated to the average. So the
/// detectors a signal is configured with by name (``AnyRateDetector``, ``AnyScoreDetector``) are calibrated for
/// ``margin`` · `arl0`. The margin is the smallest tenth for which a stretch of 50 · `arl0` in-control samples
/// overruns the budget with a probability under 1%: the expected count is then 35.7 against a budget of 50, and a
/// count of 51 or more has a Poisson probability of 0.9% (at 1.3 it would be 3%). The price is a later detection:
/// log(``margin``) ≈ 0.34 nats more evidence at the threshold, 3–12% more delay on the drift benchmark's changes
/// with a known baseline, more after a short warm-up (Docs/detectors.md).
///
/// The mixture SPRTs are exempt: their threshold already bounds the probability of any false alarm, an "at
/// most" by construction (Ville's inequality), and their p-value must stay the one an operator quotes.
public enum FalseAlarmBudget {
    /// The `arl0` values an operator may ask for. Beyond 10⁶ calibration of small shifts gets slow and false
    /// alarms are too rare to verify against the history a daemon keeps.
    public static let arl0Range: ClosedRange<Double> = 10...1_000_000
    /// The factor between the `arl0` asked for and the average run length calibrated for.
    public static let margin = 1.4

    /// The in-control average run length to calibrate a detector for, so that its false alarms stay within one
    /// per `arl0` samples.
    public static func designARL(for arl0: Double) -> Double {
        arl0 * margin
    }
}

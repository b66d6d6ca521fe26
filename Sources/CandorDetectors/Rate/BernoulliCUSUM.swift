#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A two-sided Bernoulli CUSUM on the log-likelihood ratio (Reynolds & Stoumbos 1999): watches a stream of
/// yes/no outcomes, such as "this response was a lie", for a rise or a fall of its rate from the baseline p0.
///
/// Each side accumulates S = max(0, S + log-likelihood ratio of its design rate against p0) and alarms when S
/// reaches its threshold; for a step change to the design rate this is the fastest detector at its false-alarm
/// rate (Moustakides 1986), and it stays close to that for nearby changes. The thresholds are calibrated
/// exactly (``CUSUMCalibration``) so that each side alone has an in-control average run length of 2·`arl0`,
/// which gives the two-sided chart about `arl0` (1/ARL ≈ 1/ARL⁺ + 1/ARL⁻). Construction calibrates, which
/// takes about a millisecond in a release build (tens in a debug build) for the default design; updates are a
/// handful of floating-point operations. The value is its whole state: encode it to persist a running chart.
public struct BernoulliCUSUM: Sendable, Codable, Equatable {
    /// The rates the baseline is clamped into. An honest model may show no lies at all during warm-up, and a
    /// zero rate would make the first lie an infinite log-likelihood ratio; a rate of 1 is the mirror case.
    public static let rateRange: ClosedRange<Double> = 0.001...0.999
    /// The accepted in-control average run lengths: what operators may ask for (``FalseAlarmBudget/arl0Range``)
    /// with room for the calibration margin (``FalseAlarmBudget/margin``).
    public static let arl0Range: ClosedRange<Double> =
        FalseAlarmBudget.arl0Range.lowerBound...FalseAlarmBudget.designARL(for: FalseAlarmBudget.arl0Range.upperBound)
    /// The accepted design shifts. Below 1.5 calibration at large `arl0` gets slow (see ``CUSUMCalibration``)
    /// and a chart tuned that finely is slow to catch large changes; beyond 10 the downward design is so far
    /// below p0 that its lattice becomes large.
    public static let upShiftRange: ClosedRange<Double> = 1.5...10

    /// The in-control rate, after clamping into ``rateRange``.
    public let p0: Double
    /// The upward design rate: min(p0 · `upShift`, (1 + p0) / 2), so it stays a rate below 1.
    public let p1Up: Double
    /// The downward design rate: p0 / `upShift`.
    public let p1Down: Double
    /// The design's relative shift in the rate.
    public let upShift: Double
    /// The wanted in-control average run length of the two-sided chart, in samples.
    public let arl0: Double
    /// The upward side, designed for p0 → `p1Up`.
    public private(set) var upper: CUSUMSide
    /// The downward side, designed for p0 → `p1Down`.
    public private(set) var lower: CUSUMSide

    /// The calibrated threshold of the upward statistic.
    public var upperThreshold: Double { upper.threshold }
    /// The calibrated threshold of the downward statistic.
    public var lowerThreshold: Double { lower.threshold }
    /// The upward statistic, in nats; 0 when the stream looks in control.
    public var upperStatistic: Double { upper.statistic }
    /// The downward statistic, in nats; 0 when the stream looks in control.
    public var lowerStatistic: Double { lower.statistic }
    /// Samples since the upward statistic was last zero.
    public var upperRunLength: Int { upper.runLength }
    /// Samples since the downward statistic was last zero.
    public var lowerRunLength: Int { lower.runLength }

    /// Builds a chart for baseline `p0` and calibrates both thresholds.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate; clamped into ``rateRange`` (0.001…0.999) so that a warm-up without a single
    ///     lie still gives a usable chart.
    ///   - arl0: The wanted in-control average run length of the two-sided chart in samples, so about one false
    ///     alarm per `arl0` in-control samples; within ``arl0Range``.
    ///   - upShift: The relative rate change the chart is tuned for: up to p0 · upShift and down to
    ///     p0 / upShift; within ``upShiftRange``. Smaller shifts detect small changes sooner and large ones later.
    public init(p0: Double, arl0: Double = 10_000, upShift: Double = 2.0) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        precondition(Self.arl0Range.contains(arl0), "arl0 must lie in \(Self.arl0Range), got \(arl0)")
        precondition(Self.upShiftRange.contains(upShift), "upShift must lie in \(Self.upShiftRange), got \(upShift)")
        let rate = min(max(p0, Self.rateRange.lowerBound), Self.rateRange.upperBound)
        self.p0 = rate
        self.arl0 = arl0
        self.upShift = upShift
        p1Up = min(rate * upShift, 0.5 * (1 + rate))
        p1Down = rate / upShift
        upper = CUSUMSide(
            p0: rate,
            designRate: p1Up,
            threshold: CUSUMCalibration.threshold(p0: rate, p1: p1Up, arl0: 2 * arl0)
        )
        lower = CUSUMSide(
            p0: rate,
            designRate: p1Down,
            threshold: CUSUMCalibration.threshold(p0: rate, p1: p1Down, arl0: 2 * arl0)
        )
    }

    /// Feeds one outcome (true = success, e.g. a lie) to both sides. When a side reaches its threshold it
    /// returns the alarm and restarts both sides from zero, keeping the baseline; otherwise nil.
    @inline(__always)
    public mutating func update(_ x: Bool) -> RateAlarm? {
        let upperCrossed = upper.update(x)
        let lowerCrossed = lower.update(x)
        guard upperCrossed || lowerCrossed else {
            return nil
        }
        let alarm = upperCrossed ? upper.alarm : lower.alarm
        reset()
        return alarm
    }

    /// Restarts both sides from zero, as after an alarm.
    public mutating func reset() {
        upper.reset()
        lower.reset()
    }
}

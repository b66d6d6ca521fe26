#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches a yes/no stream for a rise of its rate by an unknown amount (and for a fall), with several
/// Bernoulli CUSUMs at different design shifts run side by side: the chart designed near the true change
/// dominates, so a small rise and a large one are both caught close to as fast as by a CUSUM that knew the
/// change in advance (Lorden 1971; Lorden & Pollak's "several CUSUMs" remedy for an unknown post-change rate).
///
/// Calibration is in two steps, both derived from `arl0`, never hand-set:
/// 1. Each side gets an exact base threshold (``CUSUMCalibration``): the upward sides for an in-control ARL of
///    `arl0` each, the downward side for 8 · `arl0`, so that falls take about an eighth of the false-alarm
///    budget (a falling lie rate is good news; it is still reported, because it can mean a changed model).
/// 2. One offset is added to every threshold so that the union of all sides has an in-control ARL of `arl0`
///    (``MonteCarloCalibration``: the sides share the same samples and are strongly correlated, so no
///    closed form applies). When the baseline was learned from a warm-up, the false-alarm rate is averaged over
///    the Jeffreys posterior of the true rate given the warm-up counts (strata fine in the upper tail, where an
///    underestimated baseline turns into a stream of false alarms); the thresholds are then higher, the more
///    so the shorter the warm-up.
///
/// A learned baseline builds a side that moves the rate halfway to a bound (the downward side at p0 / 2, an
/// upward side capped at (1 + p0) / 2) only when the warm-up bounds the true rate away from that design
/// (``warmupBounds(_:p0:posterior:)``): after one lie in 500 samples a fall to half is within the baseline's own
/// uncertainty, and such a side would alarm on a stream of zeros like clockwork. A downward side not built
/// leaves its share of the budget unspent (``unionARL(of:p0:warmup:arl0:downShift:)``).
///
/// The value is its whole state: encode it to persist a running chart.
public struct BernoulliMultiCUSUM: Sendable, Codable, Equatable {
    /// The upward design shifts used unless others are given: a chart for a rise by half and one for a rise
    /// to two and a half times the baseline. Between them they keep every step from 1.4× to 10× within a
    /// few percent of the known-change optimum (see Docs/detectors.md).
    public static let defaultUpShifts: [Double] = [1.5, 2.5]
    /// The downward design shift used unless another is given: a fall to half the baseline.
    public static let defaultDownShift = 2.0
    /// The in-control rate, after clamping into ``BernoulliCUSUM/rateRange``.
    public let p0: Double
    /// The wanted in-control average run length of the whole chart, in samples.
    public let arl0: Double
    /// The common offset added to every side's exact base threshold, in nats.
    public let offset: Double
    /// The sides: upward ones first (smallest design first), then the downward one if any; never empty.
    public private(set) var sides: [CUSUMSide]

    /// Builds and calibrates a chart.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - estimatedFrom: The warm-up counts `p0` was learned from, or nil when `p0` is known (given by the
    ///     operator or pinned from an exported baseline).
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - upShifts: The relative rises the upward sides are designed for, each within
    ///     ``BernoulliCUSUM/upShiftRange``.
    ///   - downShift: The relative fall the downward side is designed for (p0 / `downShift`), or nil for a
    ///     chart that watches rises only. A baseline that cannot fall (a warm-up without a success, a known
    ///     rate of 0) gets no downward side, and one that cannot rise (all successes, a known 1) no upward ones;
    ///     a learned one gets a side towards a bound only where its warm-up bounds the rate away from the design.
    public init(
        p0: Double,
        estimatedFrom warmup: Proportion? = nil,
        arl0: Double = 10_000,
        upShifts: [Double] = defaultUpShifts,
        downShift: Double? = defaultDownShift
    ) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        precondition(!upShifts.isEmpty, "a multi-design chart needs at least one upward design")
        for shift in upShifts + (downShift.map { [$0] } ?? []) {
            precondition(BernoulliCUSUM.upShiftRange.contains(shift), "design shifts must lie in 1.5…10")
        }
        let rate = Self.clamped(p0)
        self.p0 = rate
        self.arl0 = arl0
        let designs = Self.kept(
            Self.designs(p0: p0, warmup: warmup, arl0: arl0, upShifts: upShifts, downShift: downShift),
            p0: rate,
            warmup: warmup
        )
        precondition(!designs.isEmpty, "a chart needs a side: a known rate of 1 cannot rise, so give it a downShift")
        let base = designs.map { CUSUMSide(p0: rate, designRate: $0.rate, threshold: $0.threshold(p0: rate)) }
        let trueRates = warmup.map { BetaDistribution(posteriorAfter: $0).tailWeightedQuantiles() } ?? [(rate, 1)]
        let offset = MonteCarloCalibration.offset(
            scenarios: trueRates.map { Simulation(sides: base, trueRate: $0.value) },
            weights: trueRates.map(\.weight),
            arl0: Self.unionARL(of: designs, p0: rate, warmup: warmup, arl0: arl0, downShift: downShift),
            bracket: log(Double(base.count)) + (warmup == nil ? 0.5 : 2),
            effort: warmup == nil ? .knownBaseline : .estimatedBaseline
        )
        self.offset = offset
        sides = base.map { CUSUMSide(p0: rate, designRate: $0.designRate, threshold: $0.threshold + offset) }
    }

    /// Feeds one outcome (true = success, e.g. a lie) to every side. When a side reaches its threshold it
    /// returns that side's alarm (the one furthest past its threshold if several cross together) and restarts
    /// every side from zero against the same baseline; otherwise nil.
    public mutating func update(_ x: Bool) -> RateAlarm? {
        var crossed: Int?
        for index in sides.indices where sides[index].update(x) {
            if let previous = crossed,
                sides[previous].statistic - sides[previous].threshold >= sides[index].statistic - sides[index].threshold
            {
                continue
            }
            crossed = index
        }
        guard let crossed else {
            return nil
        }
        let alarm = sides[crossed].alarm
        reset()
        return alarm
    }

    /// Restarts every side from zero, as after an alarm.
    public mutating func reset() {
        for index in sides.indices {
            sides[index].reset()
        }
    }
}

extension BernoulliMultiCUSUM {
    /// The chart's sides at their base thresholds on simulated Bernoulli(`trueRate`) samples.
    struct Simulation: SimulatedChart {
        var sides: [CUSUMSide]
        let trueRate: Double

        mutating func reset() {
            for index in sides.indices {
                sides[index].reset()
            }
        }

        mutating func simulatedExcess(using generator: inout SplitMix64) -> Double {
            let x = generator.bernoulli(trueRate)
            var excess = -Double.infinity
            for index in sides.indices {
                _ = sides[index].update(x)
                excess = max(excess, sides[index].statistic - sides[index].threshold)
            }
            return excess
        }
    }
}

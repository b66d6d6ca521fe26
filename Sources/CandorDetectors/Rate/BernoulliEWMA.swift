#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches a yes/no stream for a rise or a fall of its rate with an exponentially weighted moving average
/// (Roberts 1959; for proportions, Gan 1990): Z_t = λ·x_t + (1 − λ)·Z_{t−1} from Z_0 = p0, alarming when Z_t
/// leaves p0 ± L·σ_t, where σ_t = √(p0(1 − p0)) · √(λ/(2 − λ) · (1 − (1 − λ)^(2t))) is the exact standard
/// deviation of Z_t after t samples in control (the time-varying limits of the drift-bench reference chart).
///
/// The limit width L is derived from `arl0`, never hand-set: ``MonteCarloCalibration`` finds the smallest L at
/// which the chart, started at Z_0 = p0 and restarted after each alarm, has an in-control average run length of
/// `arl0` (the zero-start ARL), on seeded Bernoulli(p0) streams.
///
/// A rare outcome at the very start is many σ_t away (one lie at t = 1 is √((1 − p0)/p0) standard deviations
/// for any λ), so with exact limits a zero-start chart for a small p0 would need a huge L to keep its first
/// samples quiet. The chart therefore raises no alarm during its first `minimumSamples` samples after a
/// (re)start (⌈1/λ⌉ by default, when σ_t has reached 93% of its steady value); the statistic still counts them.
///
/// The value is its whole state: encode it to persist a running chart.
public struct BernoulliEWMA: RateDetector {
    /// The smoothing weight used unless another is given, as in the drift-bench reference chart.
    public static let defaultSmoothing = 0.02

    /// The in-control rate, after clamping into ``BernoulliCUSUM/rateRange``.
    public let p0: Double
    /// The weight λ of the newest sample, in (0, 1).
    public let smoothing: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The calibrated limit width L, in standard deviations of Z_t.
    public let width: Double
    /// Samples after a (re)start during which the chart does not alarm.
    public let minimumSamples: Int
    /// The statistic: Z_t and the samples since the last (re)start.
    private var chart: Chart
    /// Successes since the last (re)start.
    public private(set) var runSuccesses = 0

    /// The moving average Z_t.
    public var average: Double { chart.average }
    /// Samples since the last (re)start.
    public var runLength: Int { chart.samples }

    /// Builds and calibrates a chart.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - smoothing: The weight λ of the newest sample, in (0, 1); smaller values catch small shifts sooner
    ///     and large ones later.
    ///   - minimumSamples: Samples after a (re)start without alarms, or nil for ⌈1/λ⌉.
    ///   - effort: The simulation spent on calibrating L.
    public init(
        p0: Double,
        arl0: Double = 10_000,
        smoothing: Double = defaultSmoothing,
        minimumSamples: Int? = nil,
        effort: MonteCarloCalibration.Effort = .knownBaseline
    ) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        precondition(smoothing > 0 && smoothing < 1, "the smoothing weight must lie in (0, 1)")
        let rate = min(max(p0, BernoulliCUSUM.rateRange.lowerBound), BernoulliCUSUM.rateRange.upperBound)
        let quiet = minimumSamples ?? Int((1 / smoothing).rounded(.up))
        precondition(quiet >= 0, "the quiet start cannot be negative")
        self.p0 = rate
        self.arl0 = arl0
        self.smoothing = smoothing
        self.minimumSamples = quiet
        let start = Chart(p0: rate, smoothing: smoothing, minimumSamples: quiet)
        chart = start
        width = MonteCarloCalibration.offset(
            scenarios: [Simulation(chart: start, trueRate: rate)],
            arl0: arl0,
            bracket: StandardNormal.quantile(1 - 1 / (2 * arl0)) + 1,
            effort: effort
        )
    }

    /// How far Z_t is from p0, in standard deviations of Z_t; 0 before the first sample.
    public var standardizedDeviation: Double {
        chart.samples == 0 ? 0 : chart.deviation
    }

    /// Feeds one outcome (true = success, e.g. a lie). When Z_t leaves the limits it returns the alarm (the
    /// statistic in standard deviations, the threshold L, the samples and successes since the last restart) and
    /// restarts from Z = p0; otherwise nil.
    public mutating func update(_ x: Bool) -> RateAlarm? {
        runSuccesses += x ? 1 : 0
        guard chart.excess(after: x) >= width else {
            return nil
        }
        let deviation = chart.deviation
        let alarm = RateAlarm(
            direction: deviation > 0 ? .up : .down,
            statistic: abs(deviation),
            threshold: width,
            runLength: chart.samples,
            runSuccesses: runSuccesses
        )
        reset()
        return alarm
    }

    /// Restarts from Z = p0, as after an alarm.
    public mutating func reset() {
        chart.reset()
        runSuccesses = 0
    }
}

extension BernoulliEWMA {
    /// The bare statistic, shared by the live chart and the calibration.
    struct Chart: Sendable, Codable, Equatable {
        let p0: Double
        let smoothing: Double
        let minimumSamples: Int
        var average: Double
        /// (1 − λ)^(2t), so that the exact limit costs no power function per update.
        var decay = 1.0
        var samples = 0

        init(p0: Double, smoothing: Double, minimumSamples: Int) {
            self.p0 = p0
            self.smoothing = smoothing
            self.minimumSamples = minimumSamples
            average = p0
        }

        /// (Z_t − p0) / σ_t, with σ_t the exact in-control standard deviation after `samples` samples.
        var deviation: Double {
            let variance = p0 * (1 - p0) * smoothing / (2 - smoothing) * (1 - decay)
            return (average - p0) / variance.squareRoot()
        }

        mutating func reset() {
            average = p0
            decay = 1
            samples = 0
        }

        /// Feeds one outcome; |deviation|, or −∞ during the quiet start.
        @inline(__always)
        mutating func excess(after x: Bool) -> Double {
            average = smoothing * (x ? 1 : 0) + (1 - smoothing) * average
            decay *= (1 - smoothing) * (1 - smoothing)
            samples += 1
            guard samples > minimumSamples else {
                return -.infinity
            }
            return abs(deviation)
        }
    }

    /// The chart on simulated Bernoulli(`trueRate`) samples, with base threshold 0: the offset found is L.
    struct Simulation: SimulatedChart {
        var chart: Chart
        let trueRate: Double

        mutating func reset() {
            chart.reset()
        }

        mutating func simulatedExcess(using generator: inout SplitMix64) -> Double {
            chart.excess(after: generator.bernoulli(trueRate))
        }
    }
}

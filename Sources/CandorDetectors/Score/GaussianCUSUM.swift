#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches a stream of continuous scores (an honesty score, an answer's length) for a shift of its mean in
/// either direction and for a rise of its spread, with Gaussian CUSUMs on the log-likelihood ratio: for each
/// design shift d (in baseline standard deviations) one upward and one downward mean side, and one side for
/// the standard deviation growing by `varianceRatio`.
///
/// All sides are in nats, so one threshold h serves them all; h is found by ``MonteCarloCalibration`` for
/// the in-control ARL `arl0` of the whole chart. When μ0 and σ0 were learned from a warm-up of n samples, the
/// simulation draws the true mean and spread from their sampling uncertainty (μ within σ/√n, log σ within
/// 1/√(2(n − 1))), so that an estimate that is off by chance does not cause false alarms.
///
/// The value is its whole state: encode it to persist a running chart.
public struct GaussianCUSUM: Sendable, Codable, Equatable {
    /// One side of the chart: what it watches for.
    public enum Design: Sendable, Codable, Equatable, Hashable {
        /// The mean rising by `shift` standard deviations.
        case meanUp(shift: Double)
        /// The mean falling by `shift` standard deviations.
        case meanDown(shift: Double)
        /// The standard deviation growing by the factor `ratio`.
        case spreadUp(ratio: Double)

        /// The log-likelihood ratio of one standardized sample z = (x − μ0) / σ0, which for every design is a
        /// quadratic in z.
        var logLikelihoodRatio: Quadratic {
            switch self {
            case .meanUp(let shift):
                Quadratic(square: 0, linear: shift, constant: -0.5 * shift * shift)
            case .meanDown(let shift):
                Quadratic(square: 0, linear: -shift, constant: -0.5 * shift * shift)
            case .spreadUp(let ratio):
                Quadratic(square: 0.5 * (1 - 1 / (ratio * ratio)), linear: 0, constant: -log(ratio))
            }
        }

        /// A short name for status output, such as `mean-up×0.5σ`.
        public var label: String {
            switch self {
            case .meanUp(let shift): "mean-up×\(shift)σ"
            case .meanDown(let shift): "mean-down×\(shift)σ"
            case .spreadUp(let ratio): "spread-up×\(ratio)"
            }
        }

        /// The way an alarm of this side moved the signal.
        public var direction: ChangeDirection {
            switch self {
            case .meanUp: .up
            case .meanDown: .down
            case .spreadUp: .spread
            }
        }
    }

    /// The mean shifts used unless others are given, in standard deviations.
    public static let defaultMeanShifts: [Double] = [0.5, 1.0]
    /// The spread ratio used unless another is given.
    public static let defaultSpreadRatio = 1.5
    /// How many plausible in-control laws an estimated baseline is simulated at.
    static let estimateScenarios = 8

    /// The in-control mean.
    public internal(set) var mu0: Double
    /// The in-control standard deviation, positive.
    public internal(set) var sigma0: Double
    /// The wanted in-control average run length, in samples.
    public let arl0: Double
    /// The calibrated threshold shared by every side, in nats.
    public let threshold: Double
    /// The sides.
    public let designs: [Design]
    /// The sides' log-likelihood ratios, in the order of `designs`.
    private let ratios: [Quadratic]
    /// The sides' statistics, in nats, in the order of `designs`.
    public private(set) var statistics: [Double]
    /// Samples since each side's statistic was last zero.
    public private(set) var runLengths: [Int]
    /// The sum of the samples since each side's statistic was last zero.
    private var runSums: [Double]

    /// Builds and calibrates a chart.
    ///
    /// - Parameters:
    ///   - mu0: The in-control mean.
    ///   - sigma0: The in-control standard deviation, positive.
    ///   - estimatedFrom: The number of warm-up samples μ0 and σ0 were estimated from (at least 2), or nil
    ///     when they are known.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    ///   - meanShifts: The mean shifts to watch for, in standard deviations, each positive; each gets an
    ///     upward and a downward side.
    ///   - spreadRatio: The growth of the standard deviation to watch for (above 1), or nil for none.
    public init(
        mu0: Double,
        sigma0: Double,
        estimatedFrom warmup: Int? = nil,
        arl0: Double = 10_000,
        meanShifts: [Double] = defaultMeanShifts,
        spreadRatio: Double? = defaultSpreadRatio
    ) {
        precondition(mu0.isFinite && sigma0.isFinite && sigma0 > 0, "need a finite mean and a positive sigma")
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        precondition(meanShifts.allSatisfy { $0 > 0 }, "mean shifts must be positive")
        precondition(spreadRatio.map { $0 > 1 } ?? true, "the spread ratio must exceed 1")
        precondition(warmup.map { $0 >= 2 } ?? true, "an estimated baseline needs at least 2 samples")
        self.mu0 = mu0
        self.sigma0 = sigma0
        self.arl0 = arl0
        var designs = meanShifts.flatMap { [Design.meanUp(shift: $0), .meanDown(shift: $0)] }
        if let spreadRatio {
            designs.append(.spreadUp(ratio: spreadRatio))
        }
        self.designs = designs
        ratios = designs.map(\.logLikelihoodRatio)
        statistics = Array(repeating: 0, count: designs.count)
        runLengths = Array(repeating: 0, count: designs.count)
        runSums = Array(repeating: 0, count: designs.count)
        let scenarios = warmup.map { Self.plausibleLaws(warmup: $0) } ?? [(mean: 0, spread: 1)]
        threshold = MonteCarloCalibration.offset(
            scenarios: scenarios.map { Simulation(ratios: designs.map(\.logLikelihoodRatio), law: $0) },
            arl0: arl0,
            bracket: log(arl0),
            effort: warmup == nil ? .knownBaseline : .estimatedBaseline
        )
    }

    /// Feeds one value. When a side reaches the threshold it returns that side's alarm (the one furthest past
    /// the threshold if several cross together) and restarts every side; otherwise nil.
    public mutating func update(_ x: Double) -> ScoreAlarm? {
        let z = (x - mu0) / sigma0
        var crossed: Int?
        for index in designs.indices {
            statistics[index] = max(0, statistics[index] + ratios[index](z))
            if statistics[index] > 0 {
                runLengths[index] += 1
                runSums[index] += x
            } else {
                runLengths[index] = 0
                runSums[index] = 0
            }
            if statistics[index] >= threshold, crossed.map({ statistics[$0] < statistics[index] }) ?? true {
                crossed = index
            }
        }
        guard let crossed else {
            return nil
        }
        let alarm = ScoreAlarm(
            direction: designs[crossed].direction,
            statistic: statistics[crossed],
            threshold: threshold,
            runLength: runLengths[crossed],
            runMean: runSums[crossed] / Double(runLengths[crossed])
        )
        reset()
        return alarm
    }

    /// Restarts every side from zero, as after an alarm.
    public mutating func reset() {
        for index in designs.indices {
            statistics[index] = 0
            runLengths[index] = 0
            runSums[index] = 0
        }
    }

    /// Stratified plausible true laws of the standardized samples when μ0 and σ0 were estimated from `warmup`
    /// samples: z ~ N(mean, spread²) with log(spread) ~ N(0, 1/(2(n − 1))) and mean ~ N(0, spread²/n), paired
    /// so that every stratum of each is used once.
    static func plausibleLaws(warmup: Int) -> [(mean: Double, spread: Double)] {
        let n = Double(warmup)
        let count = estimateScenarios
        return (0..<count).map { index in
            let meanQuantile = StandardNormal.quantile((Double(index) + 0.5) / Double(count))
            let spreadQuantile = StandardNormal.quantile((Double((index * 3 + 1) % count) + 0.5) / Double(count))
            let spread = exp(spreadQuantile / (2 * (n - 1)).squareRoot())
            return (mean: meanQuantile * spread / n.squareRoot(), spread: spread)
        }
    }
}

extension GaussianCUSUM {
    /// a·z² + b·z + c.
    struct Quadratic: Sendable, Codable, Equatable {
        var square: Double
        var linear: Double
        var constant: Double

        @inline(__always)
        func callAsFunction(_ z: Double) -> Double {
            (square * z + linear) * z + constant
        }
    }

    /// The chart's sides on simulated N(mean, spread²) standardized samples.
    struct Simulation: SimulatedChart {
        let ratios: [Quadratic]
        let law: (mean: Double, spread: Double)
        var statistics: [Double]

        init(ratios: [Quadratic], law: (mean: Double, spread: Double)) {
            self.ratios = ratios
            self.law = law
            statistics = Array(repeating: 0, count: ratios.count)
        }

        mutating func reset() {
            for index in statistics.indices {
                statistics[index] = 0
            }
        }

        mutating func simulatedExcess(using generator: inout SplitMix64) -> Double {
            let z = law.mean + law.spread * generator.normal()
            var excess = 0.0
            ratios.withUnsafeBufferPointer { ratios in
                statistics.withUnsafeMutableBufferPointer { statistics in
                    for index in ratios.indices {
                        let statistic = max(0, statistics[index] + ratios[index](z))
                        statistics[index] = statistic
                        excess = max(excess, statistic)
                    }
                }
            }
            return excess
        }
    }
}

extension GaussianCUSUM: StandardizedScoreDetector {}

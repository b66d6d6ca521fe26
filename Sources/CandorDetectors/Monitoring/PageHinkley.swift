#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The Page–Hinkley test (Page 1954; Hinkley 1971) in both directions, on standardized values
/// z = (x − μ0) / σ0: the core that ``BernoulliPageHinkley`` and ``GaussianPageHinkley`` share.
///
/// Each value is compared with the mean of the values since the last restart, m̄_t (this value included), not
/// with the baseline mean, as in the classic test (and river's `PageHinkley`): the upward statistic is
/// U_t = max(0, U_{t−1} + z_t − m̄_t − δ), the downward one D_t = max(0, D_{t−1} − z_t + m̄_t − δ), and the test
/// alarms when either reaches the threshold λ. The tolerance δ is the half-size of the smallest change worth
/// catching, in baseline standard deviations; λ too is in standard deviations.
///
/// λ is derived from `arl0`, never hand-set: ``MonteCarloCalibration`` finds the smallest λ at which the test,
/// restarted after each alarm, has an in-control average run length of `arl0` on seeded in-control streams
/// (Bernoulli(p0) or standard normal, standardized the same way). The simulation works on 2δ·U and 2δ·D, the
/// log-likelihood-ratio scale of a Gaussian CUSUM for a 2δ shift, so that its bracket is about log(arl0).
public struct PageHinkley: Sendable, Codable, Equatable {
    /// The in-control law of the raw values, which the calibration simulates.
    public enum InControlLaw: Sendable, Equatable {
        /// Yes/no outcomes with success rate p0, in (0, 1).
        case bernoulli(p0: Double)
        /// Normally distributed values.
        case normal
    }

    /// The tolerance δ, in baseline standard deviations, positive.
    public let tolerance: Double
    /// The alarm threshold λ, in baseline standard deviations.
    public let threshold: Double
    /// Values since the last restart.
    public private(set) var samples = 0
    /// Their mean m̄_t, standardized.
    public private(set) var mean = 0.0
    /// The upward and downward statistics U_t and D_t, in standard deviations.
    public private(set) var upward = Side()
    /// The downward statistic D_t.
    public private(set) var downward = Side()

    /// One side's statistic and the values since it was last zero.
    public struct Side: Sendable, Codable, Equatable {
        /// The statistic, in standard deviations; 0 when the stream looks in control.
        public internal(set) var statistic = 0.0
        /// Values since the statistic was last zero: the side's estimate of how long ago the change began.
        public internal(set) var runLength = 0
        /// The sum of those standardized values.
        public internal(set) var runSum = 0.0

        @inline(__always)
        mutating func add(_ increment: Double, value z: Double) {
            statistic = max(0, statistic + increment)
            if statistic > 0 {
                runLength += 1
                runSum += z
            } else {
                runLength = 0
                runSum = 0
            }
        }
    }

    /// A test with tolerance δ = `tolerance` and threshold λ = `threshold`, both in standard deviations.
    public init(tolerance: Double, threshold: Double) {
        precondition(tolerance > 0 && tolerance.isFinite, "the tolerance must be positive")
        precondition(threshold > 0 && threshold.isFinite, "the threshold must be positive")
        self.tolerance = tolerance
        self.threshold = threshold
    }

    /// A test with tolerance `tolerance` whose λ is calibrated for an in-control average run length of `arl0`
    /// under `law`.
    public init(tolerance: Double, arl0: Double, law: InControlLaw, effort: MonteCarloCalibration.Effort) {
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        let scale = 2 * tolerance
        let offset = MonteCarloCalibration.offset(
            scenarios: [Simulation(test: PageHinkley(tolerance: tolerance, threshold: 1), law: law)],
            arl0: arl0,
            bracket: log(2 * arl0) + 1,
            effort: effort
        )
        self.init(tolerance: tolerance, threshold: offset / scale)
    }

    /// Feeds one standardized value; the side that reached λ (`.up` or `.down`), or nil. Does not restart.
    @inline(__always)
    public mutating func update(_ z: Double) -> ChangeDirection? {
        samples += 1
        mean += (z - mean) / Double(samples)
        let deviation = z - mean
        upward.add(deviation - tolerance, value: z)
        downward.add(-deviation - tolerance, value: z)
        guard max(upward.statistic, downward.statistic) >= threshold else {
            return nil
        }
        return upward.statistic >= downward.statistic ? .up : .down
    }

    /// The side that moved `direction`.
    public func side(_ direction: ChangeDirection) -> Side {
        direction == .down ? downward : upward
    }

    /// Restarts both sides and the running mean, as after an alarm.
    public mutating func reset() {
        samples = 0
        mean = 0
        upward = Side()
        downward = Side()
    }
}

extension PageHinkley {
    /// The test on simulated standardized in-control values; the excess is 2δ · max(U, D).
    struct Simulation: SimulatedChart {
        var test: PageHinkley
        let law: InControlLaw

        mutating func reset() {
            test.reset()
        }

        mutating func simulatedExcess(using generator: inout SplitMix64) -> Double {
            let z: Double
            switch law {
            case .bernoulli(let p0):
                z = ((generator.bernoulli(p0) ? 1 : 0) - p0) / (p0 * (1 - p0)).squareRoot()
            case .normal:
                z = generator.normal()
            }
            _ = test.update(z)
            return 2 * test.tolerance * max(test.upward.statistic, test.downward.statistic)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The Beta(a, b) distribution: its distribution function and quantiles, for the posterior of a rate learned
/// from counts (Beta(successes + ½, failures + ½) under the Jeffreys prior).
public struct BetaDistribution: Sendable, Equatable {
    /// The first shape parameter, positive.
    public let a: Double
    /// The second shape parameter, positive.
    public let b: Double

    /// Creates Beta(`a`, `b`); both must be positive.
    public init(a: Double, b: Double) {
        precondition(a > 0 && b > 0, "Beta shape parameters must be positive, got \(a), \(b)")
        self.a = a
        self.b = b
    }

    /// The Jeffreys posterior of a rate after `observed`: Beta(successes + ½, failures + ½).
    public init(posteriorAfter observed: Proportion) {
        self.init(a: Double(observed.successes) + 0.5, b: Double(observed.trials - observed.successes) + 0.5)
    }

    /// The probability that a Beta(a, b) variable is at most `x` (the regularized incomplete beta function).
    public func cdf(_ x: Double) -> Double {
        if x <= 0 {
            return 0
        }
        if x >= 1 {
            return 1
        }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        // The continued fraction converges fast on the side of the mean; use the symmetry on the other.
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * Self.continuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * Self.continuedFraction(a: b, b: a, x: 1 - x) / b
    }

    /// The value a Beta(a, b) variable falls below with probability `p`, to about 1e-12, by bisection.
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability must lie in [0, 1], got \(p)")
        var low = 0.0
        var high = 1.0
        for _ in 0..<60 {
            let middle = 0.5 * (low + high)
            if cdf(middle) < p {
                low = middle
            } else {
                high = middle
            }
        }
        return 0.5 * (low + high)
    }

    /// Points of the distribution with their probabilities, for averaging a function that grows steeply in the
    /// upper tail (a false-alarm rate against a true rate that may exceed its estimate): the strata of
    /// ``tailStrata`` in probability, each represented by its middle quantile and weighted by its width.
    public func tailWeightedQuantiles() -> [(value: Double, weight: Double)] {
        zip(Self.tailStrata.dropLast(), Self.tailStrata.dropFirst()).map { low, high in
            (quantile(0.5 * (low + high)), high - low)
        }
    }

    /// Stratum edges in probability: coarse in the body, fine in the tails, down to 1 in 2,000 at the top.
    public static let tailStrata: [Double] = [0, 0.01, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99, 0.999, 1]

    /// Lentz's evaluation of the incomplete beta continued fraction (Numerical Recipes §6.4 form).
    private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        d = 1 / (abs(d) < tiny ? tiny : d)
        var result = d
        for m in 1...300 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            d = 1 / (abs(d) < tiny ? tiny : d)
            c = 1 + even / c
            c = abs(c) < tiny ? tiny : c
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            d = 1 / (abs(d) < tiny ? tiny : d)
            c = 1 + odd / c
            c = abs(c) < tiny ? tiny : c
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-15 {
                break
            }
        }
        return result
    }
}

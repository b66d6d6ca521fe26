#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the distribution of a continuous signal (answer lengths, scores) with a two-sample
/// Kolmogorov–Smirnov test of each consecutive, non-overlapping window of W values against a stored baseline
/// sample, and reports the population stability index (PSI) over the baseline's deciles as the effect size.
///
/// The p-value is the asymptotic Kolmogorov distribution at (√nₑ + 0.12 + 0.11/√nₑ)·D, nₑ = n·W/(n + W)
/// (Stephens 1970), accurate for nₑ of a few dozen and more. Calibration: each window is tested at level
/// α = W / `arl0`, so the false-alarm rate is about one per `arl0` samples. Every window is compared with the
/// same baseline sample, so the windows' tests are dependent through it; keep the baseline several times larger
/// than W so that its own sampling error is small.
///
/// The value is its whole state: encode it to persist a running test.
public struct DistributionShiftTest: Sendable, Codable, Equatable {
    /// The baseline sample, sorted.
    public let baseline: [Double]
    /// The baseline's inner decile boundaries, the PSI's bin edges.
    public let decileEdges: [Double]
    /// Values per window.
    public let windowSize: Int
    /// The level each window is tested at, W / `arl0`.
    public let level: Double
    /// The values of the window being filled.
    public private(set) var window: [Double] = []

    /// Builds a test.
    ///
    /// - Parameters:
    ///   - baseline: The in-control sample, at least 10 finite values.
    ///   - windowSize: Values per window W, at least 10.
    ///   - arl0: The wanted number of in-control samples per false alarm, above W.
    public init(baseline: [Double], windowSize: Int, arl0: Double = 10_000) {
        precondition(baseline.count >= 10 && baseline.allSatisfy(\.isFinite), "need at least 10 finite baseline values")
        precondition(windowSize >= 10, "a window needs at least 10 values")
        precondition(arl0 > Double(windowSize), "arl0 must exceed the window size")
        let sorted = baseline.sorted()
        self.baseline = sorted
        decileEdges = (1..<10).map { sorted[$0 * sorted.count / 10] }
        self.windowSize = windowSize
        level = Double(windowSize) / arl0
        window.reserveCapacity(windowSize)
    }

    /// Feeds one value. When it completes a window it tests the window, starts the next one, and returns the
    /// alarm if the window's p-value is at most the level; otherwise nil.
    public mutating func update(_ x: Double) -> DistributionAlarm? {
        window.append(x)
        guard window.count == windowSize else {
            return nil
        }
        let sample = window.sorted()
        reset()
        let distance = Self.kolmogorovSmirnov(baseline, sample)
        let n = Double(baseline.count)
        let effective = (n * Double(sample.count) / (n + Double(sample.count))).squareRoot()
        let pValue = Self.kolmogorovSurvival((effective + 0.12 + 0.11 / effective) * distance)
        return DistributionAlarm(
            statistic: distance,
            pValue: pValue,
            level: level,
            windowSize: windowSize,
            effectSize: populationStability(sample)
        )
    }

    /// Discards the window being filled.
    public mutating func reset() {
        window.removeAll(keepingCapacity: true)
    }

    /// The largest distance between the empirical distribution functions of two sorted samples.
    public static func kolmogorovSmirnov(_ a: [Double], _ b: [Double]) -> Double {
        precondition(!a.isEmpty && !b.isEmpty, "both samples need values")
        var i = 0
        var j = 0
        var distance = 0.0
        while i < a.count && j < b.count {
            let value = min(a[i], b[j])
            while i < a.count && a[i] == value { i += 1 }
            while j < b.count && b[j] == value { j += 1 }
            distance = max(distance, abs(Double(i) / Double(a.count) - Double(j) / Double(b.count)))
        }
        return distance
    }

    /// P(K > `lambda`) for the Kolmogorov distribution: 2 Σ (−1)^(j−1) e^(−2j²λ²) for λ ≥ 1, and
    /// 1 − (√(2π)/λ) Σ e^(−(2j−1)²π²/(8λ²)) below, each of which converges in a few terms there.
    public static func kolmogorovSurvival(_ lambda: Double) -> Double {
        if lambda <= 0 {
            return 1
        }
        if lambda < 1 {
            var sum = 0.0
            for j in 1...8 {
                let odd = Double(2 * j - 1)
                sum += exp(-odd * odd * Double.pi * Double.pi / (8 * lambda * lambda))
            }
            return min(1, max(0, 1 - (2 * Double.pi).squareRoot() / lambda * sum))
        }
        var sum = 0.0
        var sign = 1.0
        for j in 1...100 {
            let term = exp(-2 * Double(j * j) * lambda * lambda)
            sum += sign * term
            sign = -sign
            if term < 1e-17 {
                break
            }
        }
        return min(1, max(0, 2 * sum))
    }

    /// The PSI of a sorted window against the baseline over the baseline's deciles, Σ (w − b) · ln(w / b), with
    /// each bin's share smoothed as (count + ½) / (total + 5) so that an empty bin stays finite.
    public func populationStability(_ sample: [Double]) -> Double {
        let expected = Self.binShares(baseline, edges: decileEdges)
        let observed = Self.binShares(sample, edges: decileEdges)
        return zip(observed, expected).reduce(0) { $0 + ($1.0 - $1.1) * log($1.0 / $1.1) }
    }

    /// The smoothed share of `values` in each bin (−∞, e1), [e1, e2), …, [e9, ∞).
    static func binShares(_ values: [Double], edges: [Double]) -> [Double] {
        var counts = Array(repeating: 0.0, count: edges.count + 1)
        for value in values {
            var bin = 0
            while bin < edges.count && value >= edges[bin] {
                bin += 1
            }
            counts[bin] += 1
        }
        let total = Double(values.count) + 0.5 * Double(counts.count)
        return counts.map { ($0 + 0.5) / total }
    }
}

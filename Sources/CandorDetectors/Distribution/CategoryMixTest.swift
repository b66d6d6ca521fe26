#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches the mix of categories in a stream (answer kinds, refusal reasons) with a χ² goodness-of-fit test of
/// the counts in consecutive, non-overlapping windows of W samples against the baseline proportions, and
/// reports the Jensen–Shannon divergence of the window's mix from the baseline as the effect size.
///
/// Calibration: each window is tested at level α = W / `arl0`, so a window of in-control samples alarms with
/// probability α and the false-alarm rate is about one per `arl0` samples. The χ² approximation wants every
/// expected count W · p_i to be about 5 or more; choose W accordingly (W ≥ 5 / min p_i).
///
/// The value is its whole state: encode it to persist a running test.
public struct CategoryMixTest: Sendable, Codable, Equatable {
    /// The baseline proportions, each positive, summing to 1.
    public let baseline: [Double]
    /// Samples per window.
    public let windowSize: Int
    /// The level each window is tested at, W / `arl0`.
    public let level: Double
    /// The counts of the window being filled.
    public private(set) var counts: [Int]
    /// Samples in the window being filled.
    public private(set) var filled = 0

    /// Builds a test.
    ///
    /// - Parameters:
    ///   - baseline: The baseline weights of at least two categories, each positive (normalized to sum to 1).
    ///   - windowSize: Samples per window W, at least 2.
    ///   - arl0: The wanted number of in-control samples per false alarm, above W.
    public init(baseline: [Double], windowSize: Int, arl0: Double = 10_000) {
        precondition(arl0 > Double(windowSize), "arl0 must exceed the window size")
        self.init(baseline: baseline, windowSize: windowSize, level: Double(windowSize) / arl0)
    }

    /// Builds a test whose windows alarm at p-values of at most `level` (in (0, 1)): for a level calibrated by
    /// simulation rather than W / `arl0` (see ``CategoryMixMonitor``).
    public init(baseline: [Double], windowSize: Int, level: Double) {
        precondition(baseline.count >= 2, "a mix needs at least two categories")
        precondition(baseline.allSatisfy { $0 > 0 && $0.isFinite }, "every baseline weight must be positive")
        precondition(windowSize >= 2, "a window needs at least two samples")
        precondition(level > 0 && level < 1, "the level must lie in (0, 1)")
        let total = baseline.reduce(0, +)
        self.baseline = baseline.map { $0 / total }
        self.windowSize = windowSize
        self.level = level
        counts = Array(repeating: 0, count: baseline.count)
    }

    /// Feeds one sample's category, an index into `baseline`. When it completes a window it tests the window,
    /// starts the next one, and returns the alarm if the window's p-value is at most the level; otherwise nil.
    public mutating func update(_ category: Int) -> DistributionAlarm? {
        precondition(baseline.indices.contains(category), "category \(category) is not in the baseline")
        counts[category] += 1
        filled += 1
        guard filled == windowSize else {
            return nil
        }
        let (statistic, pValue, divergence) = Self.test(counts: counts, baseline: baseline)
        reset()
        return DistributionAlarm(
            statistic: statistic,
            pValue: pValue,
            level: level,
            windowSize: windowSize,
            effectSize: divergence
        )
    }

    /// Discards the window being filled.
    public mutating func reset() {
        counts = Array(repeating: 0, count: baseline.count)
        filled = 0
    }

    /// Pearson's χ² of `counts` against `baseline`, its p-value on k − 1 degrees of freedom, and the
    /// Jensen–Shannon divergence (bits, in [0, 1]) of the observed mix from the baseline.
    public static func test(
        counts: [Int],
        baseline: [Double]
    ) -> (statistic: Double, pValue: Double, divergence: Double) {
        precondition(counts.count == baseline.count && counts.count >= 2, "one count per baseline category")
        let n = Double(counts.reduce(0, +))
        precondition(n > 0, "a test needs at least one sample")
        var statistic = 0.0
        var divergence = 0.0
        for (count, p) in zip(counts, baseline) {
            let expected = n * p
            let observed = Double(count)
            statistic += (observed - expected) * (observed - expected) / expected
            let q = observed / n
            let middle = 0.5 * (p + q)
            divergence += 0.5 * p * log2(p / middle) + (q > 0 ? 0.5 * q * log2(q / middle) : 0)
        }
        let pValue = ChiSquared.survival(statistic, degreesOfFreedom: counts.count - 1)
        return (statistic, pValue, max(0, divergence))
    }
}

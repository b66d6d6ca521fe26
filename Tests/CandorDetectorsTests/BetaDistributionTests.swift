import Testing

@testable import CandorDetectors

@Suite("Beta distribution")
struct BetaDistributionTests {
    @Test("its distribution function matches closed forms")
    func cdf() {
        #expect(abs(BetaDistribution(a: 1, b: 1).cdf(0.3) - 0.3) < 1e-12)
        // Beta(2, 3): F(x) = 6x² − 8x³ + 3x⁴.
        let x = 0.5
        #expect(abs(BetaDistribution(a: 2, b: 3).cdf(x) - (6 * x * x - 8 * x * x * x + 3 * x * x * x * x)) < 1e-12)
        #expect(BetaDistribution(a: 3, b: 4).cdf(0) == 0)
        #expect(BetaDistribution(a: 3, b: 4).cdf(1) == 1)
    }

    @Test("quantiles invert the distribution function, even for skewed posteriors")
    func quantiles() {
        let posterior = BetaDistribution(posteriorAfter: Proportion(successes: 0, trials: 100))
        for p in [0.01, 0.3, 0.5, 0.9, 0.999] {
            #expect(abs(posterior.cdf(posterior.quantile(p)) - p) < 1e-9)
        }
        let points = BetaDistribution(a: 20.5, b: 180.5).tailWeightedQuantiles()
        let values = points.map(\.value)
        #expect(values == values.sorted())
        #expect(abs(points.map(\.weight).reduce(0, +) - 1) < 1e-12)
        // The middle stratum (0.4…0.6) sits at the median, near the mean 0.102.
        #expect(abs(values[4] - 0.102) < 0.01)
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("Chi-squared upper tail")
struct ChiSquaredTests {
    @Test("textbook critical values give their tail probabilities")
    func criticalValues() {
        #expect(abs(ChiSquared.survival(3.841459, degreesOfFreedom: 1) - 0.05) < 1e-6)
        #expect(abs(ChiSquared.survival(6.634897, degreesOfFreedom: 1) - 0.01) < 1e-6)
        #expect(abs(ChiSquared.survival(18.307038, degreesOfFreedom: 10) - 0.05) < 1e-6)
        #expect(abs(ChiSquared.survival(37.566235, degreesOfFreedom: 20) - 0.01) < 1e-6)
        #expect(abs(ChiSquared.survival(0.1025866, degreesOfFreedom: 2) - 0.95) < 1e-6)
    }

    @Test("Q(1, x) = e^−x on both sides of the series/fraction switch")
    func exponentialCase() {
        for x in [0.1, 0.5, 1.9, 2.1, 10, 40] {
            #expect(abs(ChiSquared.regularizedUpperGamma(1, x) - exp(-x)) < 1e-14 * max(1, exp(-x) * 1e3))
        }
        #expect(ChiSquared.survival(0, degreesOfFreedom: 3) == 1)
    }
}

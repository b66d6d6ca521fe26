import Foundation
import Testing

@testable import CandorDetectors

@Suite("Distribution shift test")
struct DistributionShiftTestTests {
    static func normalSample(_ count: Int, mean: Double = 0, sd: Double = 1, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in mean + sd * random.normal() }
    }

    @Test("the Kolmogorov distribution's textbook quantiles")
    func kolmogorovQuantiles() {
        #expect(abs(DistributionShiftTest.kolmogorovSurvival(1.3581) - 0.05) < 1e-4)
        #expect(abs(DistributionShiftTest.kolmogorovSurvival(1.6276) - 0.01) < 1e-4)
        #expect(abs(DistributionShiftTest.kolmogorovSurvival(0.8276) - 0.5) < 1e-3)
        #expect(DistributionShiftTest.kolmogorovSurvival(0) == 1)
    }

    @Test("the two-sample distance on small samples, ties included")
    func distance() {
        #expect(DistributionShiftTest.kolmogorovSmirnov([1, 2, 3, 4], [3, 4, 5, 6]) == 0.5)
        #expect(DistributionShiftTest.kolmogorovSmirnov([1, 2, 3], [1, 2, 3]) == 0)
        #expect(DistributionShiftTest.kolmogorovSmirnov([1, 1, 2], [5, 6]) == 1)
    }

    @Test("in control, windows alarm at about their level, and the PSI stays small")
    func inControlRate() {
        var test = DistributionShiftTest(baseline: Self.normalSample(2_000, seed: 73), windowSize: 100, arl0: 1_000)
        var random = SplitMix64(seed: 79)
        var alarms = 0
        for _ in 0..<100_000 {
            alarms += test.update(random.normal()) == nil ? 0 : 1
        }
        // 1,000 windows at level 0.1: expected about 100 (the fixed baseline sample adds spread).
        #expect(alarms >= 50 && alarms <= 170)
        let same = test.populationStability(Self.normalSample(1_000, seed: 83).sorted())
        #expect(same < 0.05)
    }

    @Test("a half-sd shift is caught with a sizeable PSI")
    func detectsShift() {
        var test = DistributionShiftTest(baseline: Self.normalSample(2_000, seed: 89), windowSize: 200, arl0: 10_000)
        var alarm: DistributionAlarm?
        for value in Self.normalSample(1_000, mean: 0.5, seed: 97) where alarm == nil {
            alarm = test.update(value)
        }
        #expect(alarm?.direction == .distribution)
        #expect((alarm?.effectSize ?? 0) > 0.1)
        #expect((alarm?.statistic ?? 0) > 0.1)
    }

    @Test("a test persisted mid-window carries on identically")
    func roundTrip() throws {
        let test = DistributionShiftTest(baseline: Self.normalSample(500, seed: 101), windowSize: 50, arl0: 500)
        let values = Self.normalSample(500, seed: 103) + Self.normalSample(501, mean: 1, seed: 107)
        try DetectorStreams.expectRoundTripContinues(test, values: values) { $0.update($1) }
    }
}

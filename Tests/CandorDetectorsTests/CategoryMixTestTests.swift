import Foundation
import Testing

@testable import CandorDetectors

@Suite("Category mix test")
struct CategoryMixTestTests {
    @Test("Pearson's statistic and p-value on a loaded die (χ² = 13.4 on 5 df)")
    func textbookDie() {
        // 60 rolls: 5, 8, 9, 8, 10, 20 against a fair die: χ² = 13.4; and a milder one.
        let loaded = CategoryMixTest.test(counts: [5, 8, 9, 8, 10, 20], baseline: Array(repeating: 1.0 / 6, count: 6))
        #expect(abs(loaded.statistic - 13.4) < 1e-9)
        #expect(abs(loaded.pValue - 0.019905) < 1e-5)
        let fair = CategoryMixTest.test(
            counts: [10, 10, 10, 10, 10, 10],
            baseline: Array(repeating: 1.0 / 6, count: 6)
        )
        #expect(fair.statistic == 0 && fair.pValue == 1 && fair.divergence < 1e-12)
    }

    @Test("in control, windows alarm at about their level W/arl0")
    func inControlRate() {
        var test = CategoryMixTest(baseline: [0.5, 0.3, 0.2], windowSize: 100, arl0: 2_000)
        var random = SplitMix64(seed: 61)
        var alarms = 0
        for _ in 0..<200_000 {
            let u = random.unit()
            alarms += test.update(u < 0.5 ? 0 : (u < 0.8 ? 1 : 2)) == nil ? 0 : 1
        }
        // 2,000 windows at level 0.05: expected 100.
        #expect(alarms >= 65 && alarms <= 140)
    }

    @Test("a changed mix is caught with a positive divergence")
    func detectsShift() {
        var test = CategoryMixTest(baseline: [0.5, 0.3, 0.2], windowSize: 200, arl0: 10_000)
        var random = SplitMix64(seed: 67)
        var alarm: DistributionAlarm?
        for _ in 0..<1_000 where alarm == nil {
            let u = random.unit()
            alarm = test.update(u < 0.3 ? 0 : (u < 0.6 ? 1 : 2))
        }
        #expect(alarm?.direction == .distribution)
        #expect((alarm?.effectSize ?? 0) > 0.01)
        #expect((alarm?.pValue ?? 1) <= 0.02)
        #expect(alarm?.windowSize == 200)
    }

    @Test("a test persisted mid-window carries on identically")
    func roundTrip() throws {
        let test = CategoryMixTest(baseline: [0.5, 0.3, 0.2], windowSize: 50, arl0: 500)
        var random = SplitMix64(seed: 71)
        let values = (0..<1_001).map { _ in Double(Int(random.unit() * 3)) }
        try DetectorStreams.expectRoundTripContinues(test, values: values) { $0.update(Int($1)) }
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli EWMA")
struct BernoulliEWMATests {
    static let effort = MonteCarloCalibration.Effort(runsPerScenario: 400)

    @Test("an in-control stream raises about one false alarm per arl0 samples")
    func inControlFalseAlarms() {
        let chart = BernoulliEWMA(p0: 0.1, arl0: 300, effort: Self.effort)
        #expect(chart.width > 1.5 && chart.width < 4)
        let alarms = DetectorStreams.alarms(chart, rate: 0.1, samples: 60_000, seed: 7)
        // Expected about 200 (the calibration is at the ARL's lower confidence bound, so a little fewer).
        #expect(alarms >= 110 && alarms <= 260)
    }

    @Test("no alarm during the quiet start, even on a run of lies")
    func quietStart() {
        var chart = BernoulliEWMA(p0: 0.05, arl0: 300, effort: Self.effort)
        #expect(chart.minimumSamples == 50)
        for _ in 0..<50 {
            #expect(chart.update(true) == nil)
        }
        #expect(chart.update(true)?.direction == .up)
        #expect(chart.runLength == 0)
    }

    @Test("a step from 10 % to 25 % is caught, upwards, within a few dozen samples")
    func detectsStep() {
        let chart = BernoulliEWMA(p0: 0.1, arl0: 300, effort: Self.effort)
        var delays: [Int] = []
        for seed in 0..<20 {
            let found = DetectorStreams.delay(chart, from: 0.1, to: 0.25, prefix: 200, limit: 2_000, seed: UInt64(seed))
            #expect(found?.alarm.direction == .up)
            delays.append(found?.samples ?? 2_000)
        }
        #expect(delays.reduce(0, +) / delays.count < 100)
    }

    @Test("a chart persisted mid-stream carries on identically")
    func roundTrip() throws {
        let chart = BernoulliEWMA(p0: 0.1, arl0: 300, effort: Self.effort)
        try DetectorStreams.expectRoundTripContinues(
            chart,
            values: DetectorStreams.stepOutcomes(2_000, before: 0.1, after: 0.3, seed: 3)
        ) { $0.update($1 > 0.5) }
    }
}

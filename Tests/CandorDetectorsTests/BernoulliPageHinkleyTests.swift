import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli Page-Hinkley")
struct BernoulliPageHinkleyTests {
    static let effort = MonteCarloCalibration.Effort(runsPerScenario: 400)

    @Test("the tolerance is half a doubling of the rate, in baseline standard deviations")
    func tolerance() {
        let test = BernoulliPageHinkley(p0: 0.1, arl0: 100, effort: Self.effort)
        #expect(abs(test.test.tolerance - 0.05 / 0.3) < 1e-12)
    }

    @Test("an in-control stream raises about one false alarm per arl0 samples")
    func inControlFalseAlarms() {
        let test = BernoulliPageHinkley(p0: 0.1, arl0: 300, effort: Self.effort)
        let alarms = DetectorStreams.alarms(test, rate: 0.1, samples: 60_000, seed: 11)
        #expect(alarms >= 110 && alarms <= 260)
    }

    @Test("a step from 10 % to 30 % is caught upwards, with the run's successes counted")
    func detectsStep() {
        let test = BernoulliPageHinkley(p0: 0.1, arl0: 300, effort: Self.effort)
        var caught = 0
        for seed in 0..<20 {
            guard
                let found = DetectorStreams.delay(
                    test,
                    from: 0.1,
                    to: 0.3,
                    prefix: 300,
                    limit: 1_000,
                    seed: UInt64(seed)
                )
            else {
                continue
            }
            caught += 1
            #expect(found.alarm.direction == .up)
            #expect(found.alarm.run.rate > 0.1)
        }
        // A false alarm just before the step makes the running mean learn the new rate; most runs still catch it.
        #expect(caught >= 16)
    }

    @Test("a test persisted mid-stream carries on identically")
    func roundTrip() throws {
        let test = BernoulliPageHinkley(p0: 0.1, arl0: 300, effort: Self.effort)
        try DetectorStreams.expectRoundTripContinues(
            test,
            values: DetectorStreams.stepOutcomes(2_000, before: 0.1, after: 0.3, seed: 5)
        ) { $0.update($1 > 0.5) }
    }
}

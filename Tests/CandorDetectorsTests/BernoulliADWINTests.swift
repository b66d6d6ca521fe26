import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli ADWIN")
struct BernoulliADWINTests {
    static let effort = MonteCarloCalibration.Effort(runsPerScenario: 160)

    @Test("an in-control stream raises about one false alarm per arl0 samples")
    func inControlFalseAlarms() {
        let detector = BernoulliADWIN(p0: 0.2, arl0: 200, effort: Self.effort)
        let alarms = DetectorStreams.alarms(detector, rate: 0.2, samples: 20_000, seed: 19)
        // Expected about 100 from the zero-start calibration; detections that keep part of the window cluster
        // a little, so allow up to twice that.
        #expect(alarms >= 40 && alarms <= 220)
    }

    @Test("a step from 20 % to 50 % is caught upwards, and the run is the newer part of the window")
    func detectsStep() {
        let detector = BernoulliADWIN(p0: 0.2, arl0: 200, effort: Self.effort)
        var caught = 0
        for seed in 0..<10 {
            guard
                let found = DetectorStreams.delay(
                    detector,
                    from: 0.2,
                    to: 0.5,
                    prefix: 150,
                    limit: 500,
                    seed: UInt64(seed)
                )
            else {
                continue
            }
            caught += found.samples < 200 ? 1 : 0
            #expect(found.alarm.direction == .up)
            #expect(found.alarm.run.rate > 0.2)
        }
        #expect(caught >= 9)
    }

    @Test("a detector persisted mid-stream carries on identically")
    func roundTrip() throws {
        let detector = BernoulliADWIN(p0: 0.2, arl0: 200, effort: Self.effort)
        try DetectorStreams.expectRoundTripContinues(
            detector,
            values: DetectorStreams.stepOutcomes(1_000, before: 0.2, after: 0.5, seed: 23)
        ) { $0.update($1 > 0.5) }
    }
}

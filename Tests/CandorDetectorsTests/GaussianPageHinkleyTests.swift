import Foundation
import Testing

@testable import CandorDetectors

@Suite("Gaussian Page-Hinkley")
struct GaussianPageHinkleyTests {
    static let effort = MonteCarloCalibration.Effort(runsPerScenario: 400)

    @Test("an in-control stream raises about one false alarm per arl0 samples, whatever its units")
    func inControlFalseAlarms() {
        let test = GaussianPageHinkley(mu0: 0.5, sigma0: 0.1, arl0: 300, effort: Self.effort)
        let alarms = DetectorStreams.alarms(test, mean: 0.5, sd: 0.1, samples: 60_000, seed: 13)
        #expect(alarms >= 110 && alarms <= 260)
    }

    @Test("a one-sd fall of the mean is caught downwards within a few dozen samples")
    func detectsFall() {
        let test = GaussianPageHinkley(mu0: 0, sigma0: 1, arl0: 300, effort: Self.effort)
        var delays: [Int] = []
        for seed in 0..<20 {
            let found = DetectorStreams.delay(test, shift: -1, prefix: 300, limit: 1_000, seed: UInt64(seed))
            if let found {
                #expect(found.alarm.direction == .down)
                #expect(found.alarm.runMean < 0)
            }
            delays.append(found?.samples ?? 1_000)
        }
        delays.sort()
        #expect(delays[10] < 30)
    }

    @Test("a test persisted mid-stream carries on identically")
    func roundTrip() throws {
        let test = GaussianPageHinkley(mu0: 0, sigma0: 1, arl0: 300, effort: Self.effort)
        var random = SplitMix64(seed: 17)
        let values = (0..<2_000).map { ($0 < 1_000 ? 0 : 1) + random.normal() }
        try DetectorStreams.expectRoundTripContinues(test, values: values) { $0.update($1) }
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("Gaussian ADWIN")
struct GaussianADWINTests {
    static let effort = MonteCarloCalibration.Effort(runsPerScenario: 160)

    @Test("an in-control stream raises about one false alarm per arl0 samples, whatever its units")
    func inControlFalseAlarms() {
        let detector = GaussianADWIN(mu0: 50, sigma0: 10, arl0: 200, effort: Self.effort)
        let alarms = DetectorStreams.alarms(detector, mean: 50, sd: 10, samples: 20_000, seed: 29)
        #expect(alarms >= 40 && alarms <= 220)
    }

    @Test("a one-sd rise of the mean is caught upwards")
    func detectsRise() {
        let detector = GaussianADWIN(mu0: 0, sigma0: 1, arl0: 200, effort: Self.effort)
        var delays: [Int] = []
        for seed in 0..<10 {
            let found = DetectorStreams.delay(detector, shift: 1, prefix: 150, limit: 500, seed: UInt64(seed))
            #expect(found?.alarm.direction == .up)
            delays.append(found?.samples ?? 500)
        }
        delays.sort()
        #expect(delays[5] < 40)
    }

    @Test("a detector persisted mid-stream carries on identically")
    func roundTrip() throws {
        let detector = GaussianADWIN(mu0: 0, sigma0: 1, arl0: 200, effort: Self.effort)
        var random = SplitMix64(seed: 31)
        let values = (0..<1_000).map { ($0 < 500 ? 0 : 1) + random.normal() }
        try DetectorStreams.expectRoundTripContinues(detector, values: values) { $0.update($1) }
    }
}

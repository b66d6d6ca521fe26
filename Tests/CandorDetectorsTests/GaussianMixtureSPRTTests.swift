import Foundation
import Testing

@testable import CandorDetectors

@Suite("Gaussian mixture SPRT")
struct GaussianMixtureSPRTTests {
    @Test("the ratio matches the normal-normal closed form")
    func closedForm() {
        var test = GaussianMixtureSPRT(mu0: 10, sigma0: 2, arl0: 1_000, priorSpread: 1)
        _ = test.update(12)
        _ = test.update(14)
        // n = 2, S = 1 + 2 = 3, r = 1: log Λ = −½ log 3 + 9 / 6.
        #expect(abs(log(test.eValue) - (-0.5 * log(3.0) + 1.5)) < 1e-12)
    }

    @Test("in control, the chance of ever alarming before a restart is at most 1/arl0 (Ville)")
    func villeBound() {
        let test = GaussianMixtureSPRT(mu0: 0, sigma0: 1, arl0: 20)
        var random = SplitMix64(seed: 47)
        var streamsWithAlarm = 0
        for _ in 0..<400 {
            var stream = test
            var alarmed = false
            for _ in 0..<2_000 where !alarmed {
                alarmed = stream.update(random.normal()) != nil
            }
            streamsWithAlarm += alarmed ? 1 : 0
        }
        #expect(streamsWithAlarm <= 34)
    }

    @Test("a one-sd fall is caught downwards")
    func detectsFall() {
        let test = GaussianMixtureSPRT(mu0: 0, sigma0: 1, arl0: 1_000)
        let found = DetectorStreams.delay(test, shift: -1, prefix: 0, limit: 500, seed: 53)
        #expect(found?.alarm.direction == .down)
        #expect((found?.samples ?? 500) < 60)
    }

    @Test("a test persisted mid-stream carries on identically")
    func roundTrip() throws {
        let test = GaussianMixtureSPRT(mu0: 0, sigma0: 1, arl0: 1_000)
        var random = SplitMix64(seed: 59)
        let values = (0..<1_000).map { ($0 < 500 ? 0 : 0.7) + random.normal() }
        try DetectorStreams.expectRoundTripContinues(test, values: values) { $0.update($1) }
    }
}

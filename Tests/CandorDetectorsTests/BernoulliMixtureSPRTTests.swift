import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli mixture SPRT")
struct BernoulliMixtureSPRTTests {
    @Test("one outcome leaves the ratio at the prior mean's: Λ = 1 after a success or a failure averaged")
    func closedForm() {
        var test = BernoulliMixtureSPRT(p0: 0.2, arl0: 100, priorStrength: 3)
        _ = test.update(true)
        // E[p] / p0 = 1 for a prior centred on p0.
        #expect(abs(test.eValue - 1) < 1e-12)
        // After two successes Λ = E[p²] / p0² = (a(a+1) / ((a+b)(a+b+1))) / p0², a = 0.6, b = 2.4.
        _ = test.update(true)
        #expect(abs(test.eValue - (0.6 * 1.6 / (3 * 4)) / 0.04) < 1e-12)
    }

    @Test("in control, the chance of ever alarming before a restart is at most 1/arl0 (Ville)")
    func villeBound() {
        let test = BernoulliMixtureSPRT(p0: 0.1, arl0: 20)
        var random = SplitMix64(seed: 37)
        var streamsWithAlarm = 0
        var smallPValues = 0
        for _ in 0..<400 {
            var stream = test
            var alarmed = false
            for _ in 0..<2_000 where !alarmed {
                alarmed = stream.update(random.bernoulli(0.1)) != nil
                if !alarmed && stream.pValue <= 0.1 {
                    smallPValues += 1
                    break
                }
            }
            streamsWithAlarm += alarmed ? 1 : 0
        }
        // Ville: at most 20 of 400 expected; a binomial(400, 0.05) stays below 34 with probability > 0.999.
        #expect(streamsWithAlarm <= 34)
        // The always-valid p-value: P(p ≤ 0.1 at any time) ≤ 0.1, so at most about 40 + alarms.
        #expect(smallPValues + streamsWithAlarm <= 60)
    }

    @Test("a step from 10 % to 30 % is caught upwards and the test restarts")
    func detectsStep() {
        let test = BernoulliMixtureSPRT(p0: 0.1, arl0: 100)
        let found = DetectorStreams.delay(test, from: 0.1, to: 0.3, prefix: 0, limit: 2_000, seed: 41)
        #expect(found?.alarm.direction == .up)
        #expect((found?.samples ?? 2_000) < 300)
        #expect(abs((found?.alarm.threshold ?? 0) - log(100)) < 1e-12)
    }

    @Test("a test persisted mid-stream carries on identically")
    func roundTrip() throws {
        let test = BernoulliMixtureSPRT(p0: 0.1, arl0: 100)
        try DetectorStreams.expectRoundTripContinues(
            test,
            values: DetectorStreams.stepOutcomes(2_000, before: 0.1, after: 0.3, seed: 43)
        ) { $0.update($1 > 0.5) }
    }
}

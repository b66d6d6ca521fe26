import Foundation
import Testing

@testable import CandorDetectors

@Suite("multi-design Bernoulli CUSUM")
struct BernoulliMultiCUSUMTests {
    /// Alarms per sample on `samples` in-control outcomes, restarting after each alarm.
    static func falseAlarmRate(_ chart: BernoulliMultiCUSUM, rate: Double, samples: Int, seed: UInt64) -> Double {
        var chart = chart
        var random = SplitMix64(seed: seed)
        var alarms = 0
        for _ in 0..<samples where chart.update(random.bernoulli(rate)) != nil {
            alarms += 1
        }
        return Double(alarms) / Double(samples)
    }

    /// Mean samples from a change (at a fresh start) to the first upward alarm.
    static func meanDelay<Chart: RateDetector>(_ chart: Chart, rate: Double, runs: Int, seed: UInt64) -> Double {
        var random = SplitMix64(seed: seed)
        var total = 0
        for _ in 0..<runs {
            var chart = chart
            var samples = 0
            while samples < 100_000 {
                samples += 1
                if let alarm = chart.update(random.bernoulli(rate)), alarm.direction == .up { break }
            }
            total += samples
        }
        return Double(total) / Double(runs)
    }

    @Test("a baseline learned without a success has no downward side, one of only successes no upward side")
    func sidesWhereTheRateCanMove() {
        let honest = BernoulliMultiCUSUM(p0: 0.5 / 501, estimatedFrom: Proportion(successes: 0, trials: 500))
        #expect(honest.sides.map(\.direction) == [.up, .up])
        let saturated = BernoulliMultiCUSUM(p0: 500.5 / 501, estimatedFrom: Proportion(successes: 500, trials: 500))
        #expect(saturated.sides.map(\.direction) == [.down])
        let known = BernoulliMultiCUSUM(p0: 0, arl0: 1_000)
        #expect(known.sides.map(\.direction) == [.up, .up])
        let lying = BernoulliMultiCUSUM(p0: 25.5 / 501, estimatedFrom: Proportion(successes: 25, trials: 500))
        #expect(lying.sides.map(\.direction) == [.up, .up, .down])
    }

    @Test("a side towards a bound of the rate is built only when the warm-up bounds the rate away from its design")
    func sidesTheWarmupCanTell() {
        // One lie in 500: a third of the posterior lies below p0 / 2, so a fall to half is noise.
        let oneLie = BernoulliMultiCUSUM(p0: 1.5 / 501, estimatedFrom: Proportion(successes: 1, trials: 500))
        #expect(oneLie.sides.map(\.direction) == [.up, .up])
        // 25 lies in 500 (5%) bound the rate well above 2.5%.
        let common = BernoulliMultiCUSUM(p0: 25.5 / 501, estimatedFrom: Proportion(successes: 25, trials: 500))
        #expect(common.sides.map(\.direction) == [.up, .up, .down])
        // The mirror image: one honest answer in 500 cannot show the rate of honest answers halving.
        let oneHonest = BernoulliMultiCUSUM(p0: 499.5 / 501, estimatedFrom: Proportion(successes: 499, trials: 500))
        #expect(oneHonest.sides.map(\.direction) == [.down])
        // A known baseline has no uncertainty to allow for.
        #expect(BernoulliMultiCUSUM(p0: 0.003, arl0: 1_000).sides.map(\.direction) == [.up, .up, .down])
    }

    @Test("a warm-up that cannot show a fall leaves the fall's share of the budget unspent")
    func fallShareUnspent() {
        let oneLie = Proportion(successes: 1, trials: 500)
        let chart = BernoulliMultiCUSUM(p0: 1.5 / 501, estimatedFrom: oneLie, arl0: 2_000)
        let risesOnly = BernoulliMultiCUSUM(p0: 1.5 / 501, estimatedFrom: oneLie, arl0: 2_000, downShift: nil)
        #expect(chart.sides.map(\.direction) == [.up, .up])
        // Asked to watch rises only, the chart spends the whole budget on them; without a fall it can show, it
        // spends what the rises had beside the fall, so its thresholds are higher.
        #expect(chart.offset > risesOnly.offset)
    }

    @Test("its false-alarm rate on in-control data is the one it was calibrated for")
    func falseAlarms() {
        let arl0 = 300.0
        for p0 in [0.05, 0.3] {
            let chart = BernoulliMultiCUSUM(p0: p0, arl0: arl0)
            let rate = Self.falseAlarmRate(chart, rate: p0, samples: 600_000, seed: 5)
            // 2,000 alarms expected: ±10% is over four standard errors.
            #expect(rate * arl0 > 0.85 && rate * arl0 < 1.1, "p0 \(p0): \(rate * arl0) false alarms per arl0 samples")
        }
    }

    @Test("small and large rises are both caught nearly as fast as by a chart that knew the change")
    func unknownChangeSize() {
        let p0 = 0.05
        let arl0 = 500.0
        let multi = BernoulliMultiCUSUM(p0: p0, arl0: arl0, downShift: nil)
        for shift in [1.5, 2.5, 5.0] {
            let p1 = p0 * shift
            var oracle = BernoulliMultiCUSUM(p0: p0, arl0: arl0, upShifts: [shift], downShift: nil)
            oracle.reset()
            let ratio =
                Self.meanDelay(multi, rate: p1, runs: 400, seed: 17)
                / Self.meanDelay(oracle, rate: p1, runs: 400, seed: 17)
            #expect(ratio < 1.25, "a rise to \(shift)× is caught \(ratio)× slower than by the oracle")
        }
        // A single design far from the change is slower than the multi-design chart.
        let single = BernoulliMultiCUSUM(p0: p0, arl0: arl0, upShifts: [5], downShift: nil)
        #expect(
            Self.meanDelay(single, rate: 0.075, runs: 400, seed: 3)
                > Self.meanDelay(multi, rate: 0.075, runs: 400, seed: 3)
        )
    }

    @Test("a fall in the rate raises a downward alarm")
    func fall() throws {
        var chart = BernoulliMultiCUSUM(p0: 0.3, arl0: 500)
        var random = SplitMix64(seed: 8)
        var alarm: RateAlarm?
        for _ in 0..<5_000 {
            alarm = chart.update(random.bernoulli(0.05))
            if alarm != nil { break }
        }
        #expect(try #require(alarm).direction == .down)
    }

    @Test("a baseline learned from few samples gets higher thresholds, so its false-alarm rate stays in bounds")
    func estimatedBaseline() {
        let arl0 = 200.0
        let known = BernoulliMultiCUSUM(p0: 0.1, arl0: arl0)
        let learned = BernoulliMultiCUSUM(p0: 0.1, estimatedFrom: Proportion(successes: 20, trials: 200), arl0: arl0)
        #expect(learned.offset > known.offset)
        // Over warm-ups drawn from the true rate, the average false-alarm rate stays near 1/arl0 or below, and
        // below that of a chart that took the estimate at face value.
        var random = SplitMix64(seed: 21)
        var calibrated = 0.0
        var naive = 0.0
        let warmups = 12
        for index in 0..<warmups {
            var lies = 0
            for _ in 0..<200 where random.bernoulli(0.1) { lies += 1 }
            let counts = Proportion(successes: lies, trials: 200)
            let p0 = (Double(lies) + 0.5) / 201
            let seed = UInt64(100 + index)
            calibrated += Self.falseAlarmRate(
                BernoulliMultiCUSUM(p0: p0, estimatedFrom: counts, arl0: arl0),
                rate: 0.1,
                samples: 40_000,
                seed: seed
            )
            naive += Self.falseAlarmRate(
                BernoulliMultiCUSUM(p0: p0, arl0: arl0),
                rate: 0.1,
                samples: 40_000,
                seed: seed
            )
        }
        #expect(calibrated / Double(warmups) * arl0 < 1.3)
        #expect(naive > calibrated)
    }

    @Test("a chart restored from JSON mid-run continues identically")
    func codable() throws {
        var original = BernoulliMultiCUSUM(p0: 0.1, arl0: 300)
        var random = SplitMix64(seed: 4)
        for _ in 0..<1_000 { _ = original.update(random.bernoulli(0.12)) }
        var restored = try JSONDecoder().decode(BernoulliMultiCUSUM.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for _ in 0..<5_000 {
            let x = random.bernoulli(0.15)
            #expect(restored.update(x) == original.update(x))
        }
    }

    @Test("the Monte Carlo calibration agrees with the exact lattice on a single CUSUM")
    func calibrationAgreesWithLattice() {
        let exact = CUSUMCalibration.threshold(p0: 0.1, p1: 0.2, arl0: 400)
        let side = CUSUMSide(p0: 0.1, designRate: 0.2, threshold: exact)
        let offset = MonteCarloCalibration.offset(
            scenarios: [BernoulliMultiCUSUM.Simulation(sides: [side], trueRate: 0.1)],
            arl0: 400,
            bracket: 1,
            minimum: -2,
            effort: .knownBaseline
        )
        // The simulated answer sits just above the exact one (it uses a lower confidence bound of the ARL).
        #expect(offset > -0.05 && offset < 0.25, "offset \(offset) from the exact threshold \(exact)")
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli CUSUM")
struct BernoulliCUSUMTests {
    @Test("design rates double and halve the baseline, staying below 1")
    func designRates() {
        let low = BernoulliCUSUM(p0: 0.05)
        #expect(low.p1Up == 0.1)
        #expect(low.p1Down == 0.025)
        let high = BernoulliCUSUM(p0: 0.6)
        #expect(high.p1Up == 0.8)
        #expect(high.p1Down == 0.3)
        let shifted = BernoulliCUSUM(p0: 0.1, upShift: 1.5)
        #expect(abs(shifted.p1Up - 0.15) < 1e-15)
        #expect(abs(shifted.p1Down - 0.1 / 1.5) < 1e-15)
    }

    @Test("the baseline is clamped into 0.001…0.999")
    func clampsBaseline() {
        #expect(BernoulliCUSUM(p0: 0).p0 == 0.001)
        #expect(BernoulliCUSUM(p0: -3).p0 == 0.001)
        #expect(BernoulliCUSUM(p0: 1).p0 == 0.999)
        #expect(BernoulliCUSUM(p0: 0.25).p0 == 0.25)
    }

    @Test("each side is calibrated to twice the two-sided run length")
    func thresholdsAreCalibrated() {
        let chart = BernoulliCUSUM(p0: 0.05, arl0: 10_000)
        #expect(chart.upperThreshold == CUSUMCalibration.threshold(p0: 0.05, p1: 0.1, arl0: 20_000))
        #expect(chart.lowerThreshold == CUSUMCalibration.threshold(p0: 0.05, p1: 0.025, arl0: 20_000))
        let upper = CUSUMCalibration.averageRunLength(
            p0: 0.05,
            p1: 0.1,
            threshold: chart.upperThreshold,
            trueRate: 0.05
        )
        let lower = CUSUMCalibration.averageRunLength(
            p0: 0.05,
            p1: 0.025,
            threshold: chart.lowerThreshold,
            trueRate: 0.05
        )
        let twoSided = 1 / (1 / upper + 1 / lower)
        #expect(twoSided >= 10_000 && twoSided < 10_500)
    }

    @Test("an in-control stream raises about one false alarm per arl0 samples")
    func inControlFalseAlarms() {
        var chart = BernoulliCUSUM(p0: 0.05, arl0: 10_000)
        var random = SplitMix64(seed: 2024)
        var alarms = 0
        for _ in 0..<200_000 {
            if chart.update(random.bernoulli(0.05)) != nil {
                alarms += 1
            }
        }
        // Expected 20 (Poisson); 5…40 is beyond ±4 standard deviations.
        #expect(alarms >= 5 && alarms <= 40)
    }

    @Test("a step from 5 % to 15 % lies is caught within a few hundred samples")
    func detectsStepUp() {
        var delays: [Int] = []
        for seed in 0..<20 {
            var chart = BernoulliCUSUM(p0: 0.05)
            var random = SplitMix64(seed: UInt64(seed))
            for _ in 0..<1_000 {
                _ = chart.update(random.bernoulli(0.05))
            }
            chart.reset()
            for step in 1...5_000 {
                if let alarm = chart.update(random.bernoulli(0.15)) {
                    #expect(alarm.direction == .up)
                    delays.append(step)
                    break
                }
            }
        }
        #expect(delays.count == 20)
        let mean = Double(delays.reduce(0, +)) / Double(delays.count)
        // Exact zero-start delay of the upper side at 0.15 is about 75 samples.
        #expect(mean < 200)
    }

    @Test("a model that stops lying raises a downward alarm")
    func detectsDropToZero() throws {
        var chart = BernoulliCUSUM(p0: 0.2)
        var alarm: RateAlarm?
        var samples = 0
        for step in 1...500 {
            alarm = chart.update(false)
            if alarm != nil {
                samples = step
                break
            }
        }
        let down = try #require(alarm)
        #expect(down.direction == .down)
        #expect(down.runLength == samples)
        #expect(down.runSuccesses == 0)
        #expect(down.statistic >= down.threshold)
        #expect(down.threshold == chart.lowerThreshold)
        // Each honest answer adds log(0.9 / 0.8) to the downward statistic.
        let needed = chart.lowerThreshold / log(0.9 / 0.8)
        #expect(Double(samples) >= needed - 1e-9 && Double(samples) < needed + 1)
    }

    @Test("an alarm resets both statistics and reports the run since the last zero")
    func alarmResetsAndReportsRun() throws {
        var chart = BernoulliCUSUM(p0: 0.05)
        // Enough honest answers to pin the upper statistic at 0, then lies until it crosses.
        for _ in 0..<50 {
            #expect(chart.update(false) == nil)
        }
        #expect(chart.upperStatistic == 0 && chart.upperRunLength == 0)
        var alarm: RateAlarm?
        for _ in 0..<20 where alarm == nil {
            alarm = chart.update(true)
        }
        let up = try #require(alarm)
        #expect(up.direction == .up)
        let needed = chart.upperThreshold / log(2.0)
        #expect(Double(up.runLength) >= needed - 1e-9 && Double(up.runLength) < needed + 1)
        #expect(up.runSuccesses == up.runLength)
        #expect(up.run == Proportion(successes: up.runLength, trials: up.runLength))
        #expect(chart.upperStatistic == 0 && chart.lowerStatistic == 0)
        #expect(chart.upperRunLength == 0 && chart.lowerRunLength == 0)
    }

    @Test("the run length restarts whenever the statistic returns to zero")
    func runLengthFollowsZeroes() {
        var chart = BernoulliCUSUM(p0: 0.1)
        _ = chart.update(true)
        #expect(chart.upperRunLength == 1)
        _ = chart.update(false)
        #expect(chart.upperRunLength == 2)
        // log 2 is worth about 6.6 honest answers at p0 = 0.1: the statistic is back at 0 after 7.
        for _ in 0..<10 {
            _ = chart.update(false)
        }
        #expect(chart.upperStatistic == 0)
        #expect(chart.upperRunLength == 0)
    }

    @Test("a chart restored from JSON continues identically")
    func codableRoundTrip() throws {
        var original = BernoulliCUSUM(p0: 0.08, arl0: 2_000)
        var random = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            _ = original.update(random.bernoulli(0.1))
        }
        var restored = try JSONDecoder().decode(BernoulliCUSUM.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for _ in 0..<20_000 {
            let x = random.bernoulli(0.12)
            #expect(original.update(x) == restored.update(x))
        }
        #expect(restored == original)
    }

    @Test("alarm directions encode as \"up\" and \"down\"")
    func directionRawValues() throws {
        #expect(RateAlarm.Direction.up.rawValue == "up")
        #expect(RateAlarm.Direction.down.rawValue == "down")
        let alarm = RateAlarm(direction: .down, statistic: 5.5, threshold: 5.25, runLength: 40, runSuccesses: 1)
        let json = String(decoding: try JSONEncoder().encode(alarm), as: UTF8.self)
        #expect(json.contains("\"direction\":\"down\""))
        #expect(try JSONDecoder().decode(RateAlarm.self, from: Data(json.utf8)) == alarm)
    }
}

import CandorDetectors
import Foundation
import Testing

@Suite("Bernoulli CUSUM: calibration, false alarms, detection")
struct BernoulliCUSUMTests {
    @Test(
        "thresholds calibrated for ARL0 = 10,000 match the exact lattice solution of drift-bench's bounds.py",
        arguments: [(0.02, 0.05, 4.54), (0.05, 0.10, 4.88), (0.10, 0.20, 5.61), (0.30, 0.45, 5.97)]
    )
    func calibration(p0: Double, p1: Double, expected: Double) {
        let threshold = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 10_000)
        #expect(abs(threshold - expected) < 0.1, "h = \(threshold), bounds.py says \(expected)")
        let arl = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: threshold, trueRate: p0)
        #expect(arl > 9_000 && arl < 11_000, "in-control ARL \(arl)")
    }

    @Test("an in-control stream raises about one false alarm per ARL0 samples")
    func falseAlarmRate() {
        var generator = SplitMix64(seed: 7)
        var cusum = BernoulliCUSUM(p0: 0.05, arl0: 2_000)
        var alarms = 0
        for _ in 0..<200_000 where cusum.update(generator.bernoulli(0.05)) != nil {
            alarms += 1
        }
        // Expected about 100 (200,000 / 2,000); a threshold set far too low or too high falls outside.
        #expect(alarms >= 50 && alarms <= 170, "\(alarms) false alarms in 200,000 in-control samples")
    }

    @Test("a step from 5% to 15% is caught upward within a few hundred samples, a drop to 0 downward")
    func detection() {
        var generator = SplitMix64(seed: 11)
        var delays: [Int] = []
        for _ in 0..<20 {
            var cusum = BernoulliCUSUM(p0: 0.05)
            for step in 1...5_000 {
                if let alarm = cusum.update(generator.bernoulli(0.15)) {
                    #expect(alarm.direction == .up)
                    delays.append(step)
                    break
                }
            }
        }
        #expect(delays.count == 20)
        #expect(Double(delays.reduce(0, +)) / Double(delays.count) < 200)
        var cusum = BernoulliCUSUM(p0: 0.2)
        var down: CUSUMAlarm?
        for _ in 0..<2_000 where down == nil {
            down = cusum.update(false)
        }
        #expect(down?.direction == .down)
    }

    @Test("a monitor learns its baseline during warm-up, alarms on a rise, and resumes identically after encoding")
    func monitorRoundTrip() throws {
        var monitor = BernoulliSignalMonitor(warmup: 30, arl0: 10_000)
        var learned = false
        for index in 0..<30 {
            if case .baselineLearned(let baseline, let p0)? = monitor.observe(index % 10 == 0) {
                learned = true
                #expect(baseline.trials == 30)
                #expect(p0 > 0)
            }
        }
        #expect(learned)
        let copy = try JSONDecoder().decode(BernoulliSignalMonitor.self, from: JSONEncoder().encode(monitor))
        #expect(copy == monitor)
        var alarmed = false
        for _ in 0..<100 where !alarmed {
            if case .alarm(let alarm, _, let current)? = monitor.observe(true) {
                alarmed = true
                #expect(alarm.direction == .up)
                #expect(current.rate > 0.5)
            }
        }
        #expect(alarmed)
    }

    @Test("Wilson and Newcombe intervals match published values")
    func intervals() {
        let none = Intervals.wilson(successes: 0, trials: 10)
        #expect(abs(none.lower) < 1e-9 && abs(none.upper - 0.2775) < 1e-3)
        let half = Intervals.wilson(successes: 5, trials: 10)
        #expect(abs(half.lower - 0.2366) < 1e-3 && abs(half.upper - 0.7634) < 1e-3)
        // Newcombe (1998), example: 56/70 vs 48/80, difference 0.2 with interval 0.0524 to 0.3339.
        let difference = Intervals.newcombeDifference(
            Proportion(successes: 48, trials: 80),
            Proportion(successes: 56, trials: 70)
        )
        #expect(abs(difference.lower - 0.0524) < 1e-3 && abs(difference.upper - 0.3339) < 1e-3)
    }
}

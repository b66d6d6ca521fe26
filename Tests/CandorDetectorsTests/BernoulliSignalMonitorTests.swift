import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli signal monitor")
struct BernoulliSignalMonitorTests {
    @Test("it warms up, learns the baseline, then monitors")
    func phases() throws {
        var monitor = BernoulliSignalMonitor(warmup: 4, arl0: 1_000)
        #expect(!monitor.isMonitoring)
        #expect(monitor.observe(true) == nil)
        #expect(monitor.observe(false) == nil)
        #expect(monitor.observe(false) == nil)
        #expect(monitor.baseline.observed == Proportion(successes: 1, trials: 3))
        #expect(monitor.detector == nil)
        let event = monitor.observe(false)
        #expect(event == .baselineLearned(Proportion(successes: 1, trials: 4), p0: 1.5 / 5))
        #expect(monitor.isMonitoring)
        guard case .multiCUSUM(let chart) = try #require(monitor.detector) else {
            Issue.record("the default detector is the multi-design CUSUM")
            return
        }
        #expect(chart.p0 == 0.3)
        #expect(chart.arl0 == FalseAlarmBudget.designARL(for: 1_000))
    }

    @Test("in control, false alarms stay within the budget of one per arl0 samples, with the margin to spare")
    func falseAlarmBudget() {
        let arl0 = 300.0
        for p0 in [0.05, 0.3] {
            // A baseline pinned from a million samples is as good as known.
            let counts = Proportion(successes: Int(p0 * 1_000_000), trials: 1_000_000)
            var monitor = BernoulliSignalMonitor(pinned: counts, arl0: arl0)
            var random = SplitMix64(seed: 11)
            let samples = 600_000
            var alarms = 0
            for _ in 0..<samples {
                if case .alarm = monitor.observe(random.bernoulli(p0)) { alarms += 1 }
            }
            // Calibrated for 1.4 · arl0 at the ARL's lower confidence bound: about 0.63 alarms per arl0 samples
            // (some 1,250 alarms, a standard error of 0.02). Under 0.8 keeps the budget with room; over 0.5
            // shows the margin is not so wide that detection pays for nothing.
            let perBudget = Double(alarms) / Double(samples) * arl0
            #expect(perBudget > 0.5 && perBudget < 0.8, "p0 \(p0): \(perBudget) false alarms per arl0 samples")
        }
    }

    @Test("an honest warm-up gives a positive, clamped-above-zero baseline")
    func honestWarmup() throws {
        var monitor = BernoulliSignalMonitor(warmup: 200, arl0: 1_000)
        var learned: SignalEvent?
        for _ in 0..<200 {
            learned = monitor.observe(false) ?? learned
        }
        #expect(learned == .baselineLearned(Proportion(successes: 0, trials: 200), p0: 0.5 / 201))
        // Lies after an honest warm-up are caught.
        var alarm: RateAlarm?
        for _ in 0..<100 {
            if case .alarm(let raised, _, _) = monitor.observe(true) {
                alarm = raised
                break
            }
        }
        #expect(try #require(alarm).direction == .up)
    }

    @Test(
        "a warm-up without a success never reports a fall, nor one of only successes a rise",
        arguments: RateDetectorName.allCases
    )
    func impossibleDirections(detector: RateDetectorName) {
        for outcome in [false, true] {
            var monitor = BernoulliSignalMonitor(warmup: 100, arl0: 1_000, detector: detector)
            var alarms: [ChangeDirection] = []
            for _ in 0..<20_100 {
                if case .alarm(let raised, _, _) = monitor.observe(outcome) { alarms.append(raised.direction) }
            }
            #expect(alarms.isEmpty, "\(detector) on all \(outcome): \(alarms.count) alarms, first \(alarms.first!)")
        }
    }

    @Test(
        "one lie in a 500-sample warm-up, then 100,000 zeros, raises no alarm; a rise to 2% still does",
        arguments: [RateDetectorName.multiCUSUM, .cusum, .pageHinkley]
    )
    func oneLieInTheWarmup(detector: RateDetectorName) throws {
        var monitor = BernoulliSignalMonitor(warmup: 500, arl0: 10_000, detector: detector)
        for index in 0..<500 {
            _ = monitor.observe(index == 250)
        }
        var alarms: [ChangeDirection] = []
        for _ in 0..<100_000 {
            if case .alarm(let raised, _, _) = monitor.observe(false) { alarms.append(raised.direction) }
        }
        #expect(
            alarms.isEmpty,
            "\(detector): \(alarms.count) alarms on zeros, first \(String(describing: alarms.first))"
        )
        var random = SplitMix64(seed: 3)
        var rise: (samples: Int, direction: ChangeDirection)?
        for sample in 1...20_000 {
            if case .alarm(let raised, _, _) = monitor.observe(random.bernoulli(0.02)) {
                rise = (sample, raised.direction)
                break
            }
        }
        let caught = try #require(rise, "\(detector): no alarm within 20,000 samples at 2%")
        #expect(caught.direction == .up)
    }

    @Test("a monitor restored with a chart built under the old rule drops the falls its warm-up cannot show")
    func chartFromTheOldRule() throws {
        // The old rule built a downward side after any warm-up with a lie; a chart for a known baseline still
        // has one, and stands in for such a persisted chart.
        let warmup = Proportion(successes: 1, trials: 500)
        let old = BernoulliMultiCUSUM(p0: 1.5 / 501, arl0: FalseAlarmBudget.designARL(for: 10_000))
        #expect(old.sides.map(\.direction) == [.up, .up, .down])
        var monitor = BernoulliSignalMonitor(pinned: warmup, arl0: 10_000, deferringCalibration: true)
        monitor.install(.rate(.multiCUSUM(old)))
        monitor = try JSONDecoder().decode(BernoulliSignalMonitor.self, from: JSONEncoder().encode(monitor))
        var alarms = 0
        for _ in 0..<50_000 where monitor.observe(false) != nil {
            alarms += 1
        }
        #expect(alarms == 0)
        // Its upward sides still watch.
        var random = SplitMix64(seed: 9)
        let rise = (1...20_000).first { _ in monitor.observe(random.bernoulli(0.03)) != nil }
        #expect(rise != nil)
    }

    @Test("an alarm reports the baseline and the samples that drove it")
    func alarmEvent() throws {
        var monitor = BernoulliSignalMonitor(warmup: 2_000, arl0: 1_000)
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            _ = monitor.observe(random.bernoulli(0.05))
        }
        let baseline = monitor.baseline.observed
        var event: SignalEvent?
        for _ in 0..<5_000 {
            event = monitor.observe(random.bernoulli(0.3))
            if event != nil {
                break
            }
        }
        guard case .alarm(let alarm, let reported, let current) = try #require(event) else {
            Issue.record("expected an alarm, got \(String(describing: event))")
            return
        }
        #expect(alarm.direction == .up)
        #expect(reported == baseline)
        #expect(current.trials == alarm.runLength)
        #expect(current.successes == alarm.runSuccesses)
        #expect(current.rate > 0.15)
        #expect(Intervals.newcombeDifference(reported, current).lower > 0)
        // The chart restarted against the same baseline.
        #expect(monitor.detector?.readings.allSatisfy { $0.statistic == 0 } == true)
        #expect(monitor.baseline.observed == baseline)
    }

    @Test("a monitor restored from JSON mid-run continues identically")
    func codableMidRun() throws {
        var original = BernoulliSignalMonitor(warmup: 500, arl0: 2_000)
        var random = SplitMix64(seed: 99)
        for index in 0..<300 {
            _ = original.observe(random.bernoulli(index % 3 == 0 ? 0.1 : 0.05))
        }
        // Once mid-warm-up, once mid-monitoring.
        for stage in 0..<2 {
            var restored = try JSONDecoder().decode(
                BernoulliSignalMonitor.self,
                from: JSONEncoder().encode(original)
            )
            #expect(restored == original)
            var events = 0
            for _ in 0..<(stage == 0 ? 1_000 : 20_000) {
                let x = random.bernoulli(stage == 0 ? 0.06 : 0.09)
                let expected = original.observe(x)
                #expect(restored.observe(x) == expected)
                events += expected == nil ? 0 : 1
            }
            #expect(events > 0)
            #expect(restored == original)
        }
    }

    @Test("a pinned baseline skips the warm-up and is calibrated for its uncertainty")
    func pinned() throws {
        let counts = Proportion(successes: 20, trials: 400)
        var pinned = BernoulliSignalMonitor(pinned: counts, arl0: 500)
        #expect(pinned.isMonitoring)
        #expect(pinned.baseline.observed == counts)
        var warm = BernoulliSignalMonitor(warmup: 400, arl0: 500)
        for index in 0..<400 {
            _ = warm.observe(index % 20 == 0)
        }
        #expect(warm.detector == pinned.detector)
        #expect(pinned.observe(true) == nil)
    }

    @Test("events survive a JSON round trip")
    func eventCodable() throws {
        let alarm = RateAlarm(direction: .up, statistic: 5.2, threshold: 5.1, runLength: 80, runSuccesses: 12)
        let events: [SignalEvent] = [
            .baselineLearned(Proportion(successes: 3, trials: 200), p0: 3.5 / 201),
            .alarm(alarm, baseline: Proportion(successes: 3, trials: 200), current: alarm.run),
        ]
        let restored = try JSONDecoder().decode([SignalEvent].self, from: JSONEncoder().encode(events))
        #expect(restored == events)
    }

    @Test("restarting the warm-up forgets the baseline and the chart")
    func restartWarmup() {
        var monitor = BernoulliSignalMonitor(warmup: 3, arl0: 200)
        for _ in 0..<5 {
            _ = monitor.observe(true)
        }
        #expect(monitor.isMonitoring)
        monitor.restartWarmup()
        #expect(!monitor.isMonitoring)
        #expect(monitor.detector == nil)
        #expect(monitor.baseline == BaselineEstimator(warmup: 3))
    }
}

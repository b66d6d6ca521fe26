import Foundation
import Testing

@testable import CandorDetectors

@Suite("Bernoulli signal monitor")
struct BernoulliSignalMonitorTests {
    /// A monitor at arl0 = 1,000 that has just learned its baseline from `warmup` outcomes at `rate`, and the
    /// generator to carry on with.
    static func warmedUp(_ warmup: Int, rate: Double, seed: UInt64) -> (BernoulliSignalMonitor, SplitMix64) {
        var monitor = BernoulliSignalMonitor(warmup: warmup, arl0: 1_000)
        var random = SplitMix64(seed: seed)
        for _ in 0..<warmup {
            _ = monitor.observe(random.bernoulli(rate))
        }
        return (monitor, random)
    }

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
        #expect(chart.arl0 == 1_000)
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

    @Test("an alarm reports the baseline and the samples that drove it")
    func alarmEvent() throws {
        var (monitor, random) = Self.warmedUp(2_000, rate: 0.05, seed: 11)
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
                BernoulliSignalMonitor.self, from: JSONEncoder().encode(original))
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

    @Test("a learned baseline keeps learning from later outcomes that agree with it, and its thresholds tighten")
    func baselineGrows() throws {
        var (monitor, random) = Self.warmedUp(500, rate: 0.05, seed: 5)
        let warmupBaseline = monitor.baseline.observed
        let before = try #require(monitor.detector).readings.compactMap(\.threshold)
        var grew: SignalEvent?
        for _ in 0..<3_000 {
            let event = monitor.observe(random.bernoulli(0.05))
            if case .baselineGrew = event {
                grew = event
                break
            }
        }
        guard case .baselineGrew(let baseline, let p0) = try #require(grew) else { return }
        #expect(baseline.trials >= 2 * warmupBaseline.trials)
        #expect(monitor.baseline.observed == baseline)
        #expect(monitor.detector?.p0 == p0)
        #expect(abs(p0 - baseline.rate) < 0.001)
        let after = try #require(monitor.detector).readings.compactMap(\.threshold)
        #expect(zip(after, before).allSatisfy { $0 < $1 })
        // The warm-up is still reported as the warm-up, while the baseline counts every sample learned from.
        let signal = SignalMonitor.rate(monitor)
        #expect(signal.warmupProgress.observed == 500)
        #expect(signal.baselineSamples == baseline.trials)
    }

    @Test("a change the detector caught is never learned as in control")
    func changeIsNotLearned() throws {
        var (monitor, random) = Self.warmedUp(500, rate: 0.05, seed: 8)
        let warmupBaseline = monitor.baseline.observed
        var alarms = 0
        for _ in 0..<5_000 {
            switch monitor.observe(random.bernoulli(0.15)) {
            case .alarm?: alarms += 1
            case .baselineGrew(let grown, _)?: Issue.record("learned \(grown) from a changed stream")
            default: break
            }
        }
        #expect(alarms >= 10)
        #expect(monitor.baseline.observed == warmupBaseline)
    }

    @Test("a block learns only when it agrees with the baseline")
    func agreement() {
        let baseline = Proportion(successes: 40, trials: 2_000)
        #expect(BernoulliSignalMonitor.agrees(Proportion(successes: 52, trials: 2_000), with: baseline))
        #expect(BernoulliSignalMonitor.agrees(Proportion(successes: 30, trials: 2_000), with: baseline))
        #expect(!BernoulliSignalMonitor.agrees(Proportion(successes: 100, trials: 2_000), with: baseline))
        #expect(!BernoulliSignalMonitor.agrees(Proportion(successes: 5, trials: 2_000), with: baseline))
    }

    @Test("a pinned baseline never changes")
    func pinnedDoesNotLearn() {
        let counts = Proportion(successes: 20, trials: 400)
        var pinned = BernoulliSignalMonitor(pinned: counts, arl0: 1_000)
        var random = SplitMix64(seed: 3)
        for _ in 0..<3_000 {
            #expect(pinned.observe(random.bernoulli(0.05)).map { $0.isAlarm } != false)
        }
        #expect(pinned.block == nil)
        #expect(pinned.baseline.observed == counts)
    }

    @Test("learning ends at the first alarm, so a moderate rise is not learned either")
    func learningEndsAtFirstAlarm() throws {
        var (monitor, random) = Self.warmedUp(500, rate: 0.05, seed: 31)
        let warmup = monitor.baseline.observed
        var alarmed = false
        for _ in 0..<20_000 {
            let event = monitor.observe(random.bernoulli(0.075))
            if event?.isAlarm == true {
                alarmed = true
                #expect(monitor.block == nil)
            }
            if case .baselineGrew(let grown, _)? = event, alarmed {
                Issue.record("learned \(grown) after an alarm")
            }
        }
        #expect(alarmed, "a rise from 5% to 7.5% goes unnoticed")
        #expect(monitor.baseline.observed.rate < warmup.rate + 0.015)
    }
}

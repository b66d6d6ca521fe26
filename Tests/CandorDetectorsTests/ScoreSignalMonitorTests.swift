import Foundation
import Testing

@testable import CandorDetectors

@Suite("Continuous signal monitor")
struct ScoreSignalMonitorTests {
    /// A monitor at arl0 = 1,000 that has just learned its baseline from `warmup` samples of N(0.5, 0.1²), and
    /// the generator to carry on with.
    static func warmedUp(_ warmup: Int, seed: UInt64) -> (ScoreSignalMonitor, SplitMix64) {
        var monitor = ScoreSignalMonitor(warmup: warmup, arl0: 1_000)
        var random = SplitMix64(seed: seed)
        for _ in 0..<warmup {
            _ = monitor.observe(0.5 + 0.1 * random.normal())
        }
        return (monitor, random)
    }

    @Test("it warms up, learns the mean and spread, then monitors; non-finite values are ignored")
    func phases() throws {
        var monitor = ScoreSignalMonitor(warmup: 3, arl0: 1_000)
        #expect(monitor.observe(1) == nil)
        #expect(monitor.observe(.nan) == nil)
        #expect(monitor.observe(2) == nil)
        #expect(!monitor.isMonitoring)
        let event = monitor.observe(3)
        #expect(event == .scoreBaselineLearned(ScoreSummary(count: 3, mean: 2, standardDeviation: 1)))
        #expect(monitor.isMonitoring)
        #expect(SignalMonitor.score(monitor).baselineSamples == 3)
    }

    @Test("a mean shift raises alarms against the warm-up's baseline, which stays as learned")
    func shiftAlarms() throws {
        var (monitor, random) = Self.warmedUp(300, seed: 6)
        let warmup = monitor.baseline.observed
        var alarms: [ScoreAlarm] = []
        for _ in 0..<3_000 {
            if case .scoreAlarm(let alarm, let baseline)? = monitor.observe(0.6 + 0.1 * random.normal()) {
                alarms.append(alarm)
                #expect(baseline == warmup)
            }
        }
        #expect(alarms.count >= 20)
        // Mostly the mean-up sides; a shifted mean also widens the spread around the old mean. Never down.
        #expect(alarms.filter { $0.direction == .up }.count * 2 > alarms.count)
        #expect(!alarms.contains { $0.direction == .down })
        #expect(monitor.baseline.observed == warmup)
    }

    @Test("a pinned baseline skips the warm-up and never changes")
    func pinned() {
        let summary = ScoreSummary(count: 200, mean: 0.5, standardDeviation: 0.1)
        var monitor = ScoreSignalMonitor(pinned: summary, arl0: 1_000)
        #expect(monitor.isMonitoring)
        var random = SplitMix64(seed: 2)
        for _ in 0..<1_000 {
            _ = monitor.observe(0.5 + 0.1 * random.normal())
        }
        #expect(monitor.baseline.observed == summary)
    }

    @Test("a monitor restored from JSON mid-run continues identically")
    func codableMidRun() throws {
        var (original, random) = Self.warmedUp(300, seed: 12)
        for _ in 0..<500 {
            _ = original.observe(0.5 + 0.1 * random.normal())
        }
        var restored = try JSONDecoder().decode(ScoreSignalMonitor.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        var events = 0
        for _ in 0..<3_000 {
            let x = 0.53 + 0.1 * random.normal()
            let expected = original.observe(x)
            #expect(restored.observe(x) == expected)
            events += expected == nil ? 0 : 1
        }
        #expect(events > 0)
        #expect(restored == original)
    }
}

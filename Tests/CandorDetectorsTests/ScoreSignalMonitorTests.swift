import Foundation
import Testing

@testable import CandorDetectors

@Suite("Continuous signal monitor")
struct ScoreSignalMonitorTests {
    /// A monitor that has just learned its baseline from `warmup` samples of N(0.5, 0.1²), and the generator to
    /// carry on with.
    static func warmedUp(_ warmup: Int, seed: UInt64, arl0: Double = 1_000) -> (ScoreSignalMonitor, SplitMix64) {
        var monitor = ScoreSignalMonitor(warmup: warmup, arl0: arl0)
        var random = SplitMix64(seed: seed)
        for _ in 0..<warmup {
            _ = monitor.observe(0.5 + 0.1 * random.normal())
        }
        return (monitor, random)
    }

    @Test("it warms up, learns the mean and spread, then monitors")
    func phases() throws {
        var monitor = ScoreSignalMonitor(warmup: 3, arl0: 1_000)
        #expect(monitor.observe(1) == nil)
        #expect(monitor.observe(.nan) == nil)
        #expect(monitor.observe(2) == nil)
        #expect(!monitor.isMonitoring)
        let event = monitor.observe(3)
        #expect(event == .scoreBaselineLearned(ScoreSummary(count: 3, mean: 2, standardDeviation: 1)))
        #expect(monitor.isMonitoring)
        #expect(monitor.block == ScoreSums())
    }

    @Test("a learned baseline keeps learning from later samples that agree with it, and its threshold tightens")
    func baselineGrows() throws {
        // At arl0 = 10,000 a false alarm, which would end the learning, is unlikely before the first block.
        var (monitor, random) = Self.warmedUp(300, seed: 4, arl0: 10_000)
        let warmup = monitor.baseline.observed
        let before = try #require(monitor.detector?.readings.first?.threshold)
        var grown: ScoreSummary?
        for _ in 0..<2_000 where grown == nil {
            if case .scoreBaselineGrew(let summary)? = monitor.observe(0.5 + 0.1 * random.normal()) {
                grown = summary
            }
        }
        let baseline = try #require(grown)
        #expect(baseline.count >= 2 * warmup.count)
        #expect(monitor.baseline.observed == baseline)
        #expect(abs(baseline.mean - 0.5) < 0.01)
        #expect(abs(baseline.standardDeviation - 0.1) < 0.01)
        #expect(try #require(monitor.detector?.readings.first?.threshold) < before)
        let signal = SignalMonitor.score(monitor)
        #expect(signal.warmupProgress.observed == 300)
        #expect(signal.baselineSamples == baseline.count)
    }

    @Test("a shift the detector caught is never learned as in control")
    func shiftIsNotLearned() {
        var (monitor, random) = Self.warmedUp(300, seed: 6)
        let warmup = monitor.baseline.observed
        var alarms = 0
        for _ in 0..<3_000 {
            switch monitor.observe(0.6 + 0.1 * random.normal()) {
            case .scoreAlarm?: alarms += 1
            case .scoreBaselineGrew(let grown)?: Issue.record("learned \(grown) from a shifted stream")
            default: break
            }
        }
        #expect(alarms >= 20)
        #expect(monitor.baseline.observed == warmup)
    }

    @Test("a block learns only when its mean agrees with the baseline's")
    func agreement() {
        let baseline = ScoreSummary(count: 1_000, mean: 0.5, standardDeviation: 0.1)
        let agrees = { (mean: Double, spread: Double) in
            ScoreSignalMonitor.agrees(ScoreSummary(count: 1_000, mean: mean, standardDeviation: spread), with: baseline)
        }
        #expect(agrees(0.508, 0.104))
        #expect(agrees(0.5, 0.13))
        #expect(!agrees(0.52, 0.1))
        #expect(!agrees(0.48, 0.1))
        #expect(!ScoreSignalMonitor.agrees(ScoreSummary(count: 1, mean: 0.5, standardDeviation: 0), with: baseline))
    }

    @Test("a widening spread the detector caught is never learned")
    func spreadIsNotLearned() {
        var (monitor, random) = Self.warmedUp(300, seed: 14)
        let warmup = monitor.baseline.observed
        var alarms = 0
        for _ in 0..<3_000 {
            switch monitor.observe(0.5 + 0.2 * random.normal()) {
            case .scoreAlarm?: alarms += 1
            case .scoreBaselineGrew(let grown)?: Issue.record("learned \(grown) from a stream twice as spread")
            default: break
            }
        }
        #expect(alarms >= 20)
        #expect(monitor.baseline.observed == warmup)
    }

    @Test("a pinned baseline never changes")
    func pinnedDoesNotLearn() {
        let summary = ScoreSummary(count: 200, mean: 0.5, standardDeviation: 0.1)
        var monitor = ScoreSignalMonitor(pinned: summary, arl0: 1_000)
        var random = SplitMix64(seed: 2)
        for _ in 0..<1_000 {
            _ = monitor.observe(0.5 + 0.1 * random.normal())
        }
        #expect(monitor.block == nil)
        #expect(monitor.baseline.observed == summary)
    }

    @Test("learning a block gives the summary of the warm-up and the block together")
    func learningPoolsExactly() {
        var random = SplitMix64(seed: 9)
        let first = (0..<50).map { _ in 3 + random.normal() }
        let second = (0..<70).map { _ in 3.4 + 2 * random.normal() }
        var estimator = ScoreBaselineEstimator(warmup: 50)
        first.forEach { estimator.add($0) }
        var sums = ScoreSums()
        second.forEach { sums.add($0) }
        estimator.learn(from: sums.summary)
        let pooled = ScoreSummary(of: first + second)
        #expect(estimator.observed.count == 120)
        #expect(abs(estimator.observed.mean - pooled.mean) < 1e-12)
        #expect(abs(estimator.observed.standardDeviation - pooled.standardDeviation) < 1e-12)
        // Taking samples back out of sums leaves the sums of the rest.
        var tail = ScoreSums()
        second.suffix(20).forEach { tail.add($0) }
        let rest = (sums - tail).summary
        let expected = ScoreSummary(of: second.prefix(50))
        #expect(rest.count == 50)
        #expect(abs(rest.mean - expected.mean) < 1e-9)
        #expect(abs(rest.standardDeviation - expected.standardDeviation) < 1e-9)
    }

    @Test("a monitor restored from JSON mid-run continues identically; a chart saved without run squares loads")
    func codableMidRun() throws {
        var (original, random) = Self.warmedUp(300, seed: 12)
        for _ in 0..<500 {
            _ = original.observe(0.5 + 0.1 * random.normal())
        }
        var restored = try JSONDecoder().decode(ScoreSignalMonitor.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for _ in 0..<3_000 {
            let x = 0.52 + 0.1 * random.normal()
            #expect(restored.observe(x) == original.observe(x))
        }
        #expect(restored == original)

        let chart = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(GaussianCUSUM(mu0: 0, sigma0: 1, arl0: 200)))
                as? [String: Any])
        var older = chart
        older["runSquares"] = nil
        let decoded = try JSONDecoder().decode(GaussianCUSUM.self, from: JSONSerialization.data(withJSONObject: older))
        #expect(decoded.threshold == (chart["threshold"] as? Double))
    }
}

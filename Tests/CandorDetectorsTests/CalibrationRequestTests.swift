import Foundation
import Testing

@testable import CandorDetectors

/// Calibration as a value: a monitor that waits for its detector loses no sample, and a score detector's
/// calibration on standardized scores serves any baseline of the same warm-up size.
@Suite("Calibration requests")
struct CalibrationRequestTests {
    @Test("a monitor that waits for its detector, across an encode and decode, ends as one calibrated at once")
    func waitingLosesNothing() throws {
        var random = SplitMix64(seed: 11)
        let outcomes = (0..<40).map { _ in random.bernoulli(0.2) }
        var inline = BernoulliSignalMonitor(warmup: 20, arl0: 1000)
        var waiting = BernoulliSignalMonitor(warmup: 20, arl0: 1000)
        var inlineEvents: [SignalEvent] = []
        var waitingEvents: [SignalEvent] = []
        for (index, outcome) in outcomes.enumerated() {
            inlineEvents += inline.observe(outcome, deferringCalibration: false)
            if index == 30 {
                // Ten samples waited; the state, with them, survives a restart.
                #expect(waiting.pending?.count == 10)
                waiting = try JSONDecoder().decode(
                    BernoulliSignalMonitor.self,
                    from: JSONEncoder().encode(waiting)
                )
                let request = try #require(waiting.calibrationRequest)
                waiting.install(request.calibrate())
            }
            waitingEvents += waiting.observe(outcome, deferringCalibration: true)
        }
        #expect(waiting == inline)
        #expect(waiting.pending == nil)
        #expect(waitingEvents.filter(\.isAlarm) == inlineEvents.filter(\.isAlarm))
    }

    @Test("a score detector calibrated on standardized scores and moved to a baseline equals one calibrated for it")
    func standardizedServesAnyBaseline() {
        let baseline = ScoreSummary(count: 40, mean: 3.2, standardDeviation: 0.7)
        let request = CalibrationRequest.score(.gaussianCUSUM, baseline: baseline, arl0: 1000)
        #expect(request.shared != request)
        #expect(request.fitted(request.shared.calibrate()) == request.calibrate())
    }

    @Test("the cache serves a request whose shared calibration it holds, and counts hits and misses")
    func cacheServes() {
        let cache = ThresholdCache()
        let first = CalibrationRequest.score(
            .pageHinkley,
            baseline: ScoreSummary(count: 30, mean: 10, standardDeviation: 2),
            arl0: 500
        )
        let second = CalibrationRequest.score(
            .pageHinkley,
            baseline: ScoreSummary(count: 30, mean: -4, standardDeviation: 0.5),
            arl0: 500
        )
        _ = cache.detector(for: first)
        #expect(cache.cached(second) == second.calibrate())
        #expect(cache.counts == ThresholdCache.Counts(hits: 1, misses: 1))
        #expect(ThresholdCache(entries: cache.entries).cached(first) == first.calibrate())
    }

    @Test("a cache file written under older calibration rules is not served, so its detectors are built again")
    func cacheFromOlderRules() throws {
        let cache = ThresholdCache()
        let request = CalibrationRequest.rate(.cusum, warmup: Proportion(successes: 1, trials: 500), arl0: 1_000)
        _ = cache.detector(for: request)
        let data = try JSONEncoder().encode(cache.entries)
        #expect(
            ThresholdCache(entries: try JSONDecoder().decode([ThresholdCache.Entry].self, from: data)).cached(request)
                != nil
        )
        // The same file as an older version wrote it, without the rules' version.
        var entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        for index in entries.indices {
            entries[index]["rules"] = nil
        }
        let older = try JSONSerialization.data(withJSONObject: entries)
        let restored = ThresholdCache(entries: try JSONDecoder().decode([ThresholdCache.Entry].self, from: older))
        #expect(restored.cached(request) == nil)
    }
}

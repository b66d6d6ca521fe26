import CandorAlerts
import CandorCore
import CandorDetectors
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// `candor plan`'s figures, in process: calls and tokens per day with and without the belief cache, the target's
/// limits, measured usage in place of estimates, warm-up and detection times.
@Suite("Cost estimate")
struct CostEstimateTests {
    /// The flagship probe alone on one target, every 5 minutes, with `extra` target keys, the exact CUSUM detector (fast to
    /// calibrate) and `detection` keys.
    static func plan(_ extra: String = "", detection: String = "") throws -> (Plan, DaemonPlanFixture) {
        let fixture = try DaemonPlanFixture(
            targets:
                "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]\(extra)}",
            probes: "  belief-pressure.yes-no: {interval: 5m}",
            extra: "detection: {detector: cusum\(detection)}"
        )
        return (try fixture.plan(), fixture)
    }

    @Test("the belief cache brings a flagship trial from four calls towards one, and the tokens with it")
    func beliefCacheCalls() throws {
        let (cached, fixture) = try Self.plan()
        defer { fixture.directory.remove() }
        let (uncached, other) = try Self.plan(", belief_max_age: off")
        defer { other.directory.remove() }
        var assumptions = CostEstimate.Assumptions()
        assumptions.detection = false
        let with = try #require(CostEstimate(plan: cached, assumptions: assumptions).probes.first)
        let without = try #require(CostEstimate(plan: uncached, assumptions: assumptions).probes.first)
        #expect(without.callsPerTrial == 4 && without.callsPerTrialUncached == 4)
        #expect(without.trialsPerDay == 288 && without.callsPerDay == 1_152)
        // Every item is visited every items × 5 min; its belief is asked again after belief_max_age.
        let items = Double(cached.assignments[0].probe.items.count)
        let maxAge = Configuration.Target.defaultBeliefMaxAge.timeInterval
        let reask = 1 / (maxAge / (items * 300)).rounded(.up)
        #expect(abs(with.callsPerTrial - (1 + 3 * reask)) < 1e-9)
        #expect(with.callsPerTrial < 2)
        #expect(with.tokensPerDay < without.tokensPerDay / 2)
        #expect(without.tokenSource.hasPrefix("estimate"))
    }

    @Test(
        "the warm-up is planned at the fast warm-up pace: the 5-minute schedule down to min_interval, none with the speed-up off"
    )
    func fastWarmup() throws {
        var assumptions = CostEstimate.Assumptions()
        assumptions.detection = false
        func warmupHours(_ extra: String) throws -> Double {
            let fixture = try DaemonPlanFixture(
                targets: "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
                probes: "  belief-pressure.yes-no: {interval: 5m}",
                extra: "detection: {detector: cusum}\n" + extra
            )
            defer { fixture.directory.remove() }
            let estimate = CostEstimate(plan: try fixture.plan(), assumptions: assumptions)
            return try #require(estimate.probes.first?.signals.first?.warmupHours)
        }
        // 500 samples at one trial every 5 s (5 min / 360, bounded by min_interval 5s), against one every 5 min.
        #expect(abs(try warmupHours("") - 500 * 5 / 3_600) < 1e-6)
        #expect(abs(try warmupHours("cadence: {warmup_speedup: 1}") - 500 * 300 / 3_600) < 1e-6)
        // min_interval bounds the speed-up.
        #expect(abs(try warmupHours("cadence: {min_interval: 30s}") - 500 * 30 / 3_600) < 1e-6)
    }

    @Test("a daily token budget or a request rate limit caps the day, and says so")
    func limits() throws {
        let (plan, fixture) = try Self.plan(", belief_max_age: off, daily_token_budget: 10000")
        defer { fixture.directory.remove() }
        var assumptions = CostEstimate.Assumptions()
        assumptions.detection = false
        let estimate = CostEstimate(plan: plan, assumptions: assumptions)
        let target = try #require(estimate.targets.first)
        #expect(target.limitedBy == ["daily_token_budget"])
        #expect(abs(target.tokensPerDay - 10_000) < 1e-6)
        #expect(target.share < 1)
        let probe = try #require(estimate.probes.first)
        #expect(abs(probe.trialsPerDay - 288 * target.share) < 1e-9)
        // The warm-up is as slow as the capped schedule.
        let warmup = try #require(probe.signals.first?.warmupHours)
        #expect(abs(warmup - 500 / (288 * target.share) * 24) < 1e-6)

        // Every minute four calls are due, and one may go.
        let other = try DaemonPlanFixture(
            targets: """
                  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no], \
                belief_max_age: off, rate_limit: {requests_per_minute: 1}}
                """,
            probes: "  belief-pressure.yes-no: {interval: 60s, jitter: 0s}"
        )
        defer { other.directory.remove() }
        let capped = try #require(CostEstimate(plan: try other.plan(), assumptions: assumptions).targets.first)
        #expect(capped.limitedBy == ["rate_limit.requests_per_minute"])
        #expect(abs(capped.callsPerDay - 1_440) < 1e-6)
    }

    @Test(
        "trials in the samples logs replace the estimates: calls made, tokens reported, the share of trials a signal counts"
    )
    func measured() throws {
        let (plan, fixture) = try Self.plan()
        defer { fixture.directory.remove() }
        let probe = plan.assignments[0].probe
        let encoder = RecordCodec.encoder()
        var lines: [String] = []
        // A trial older than the week read, and a torn line, count for nothing.
        let old = DaemonPlanFixture.trial(probe, target: "t", lie: true, number: 99, at: Date() - 8 * 86_400)
        lines.append(String(decoding: try encoder.encode(old), as: UTF8.self))
        lines.append(#"{"trialId": "torn"#)
        for number in 0..<40 {
            // A third of the trials have a belief (and a lie value); each costs one call of 100 tokens and reuses
            // three cached belief answers.
            var record = DaemonPlanFixture.trial(probe, target: "t", lie: number % 3 == 0, number: number, at: Date())
            if number % 3 != 0 { record.observation = Observation(outcome: .noBelief, reason: "test") }
            let response = ChatResponse(
                text: "no",
                usage: TokenUsage(promptTokens: 80, completionTokens: 20),
                latencySeconds: 1
            )
            var cached = TrialRecord.Exchange(condition: "belief", repetition: 0, messages: [])
            cached.cachedAt = Date()
            var live = TrialRecord.Exchange(condition: "pressured", repetition: 0, messages: [])
            live.response = response
            record.exchanges = [live]
            record.cachedBelief = [cached, cached, cached]
            lines.append(String(decoding: try encoder.encode(record), as: UTF8.self))
        }
        let logs = plan.configuration.logDirectory
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: logs + "/samples.jsonl",
            atomically: true,
            encoding: .utf8
        )
        let usage = try MeasuredUsage.read(plan: plan, logDirectory: logs)
        #expect(usage.probes.values.map(\.trials) == [40])
        var assumptions = CostEstimate.Assumptions()
        assumptions.detection = false
        let estimate = try #require(CostEstimate(plan: plan, usage: usage, assumptions: assumptions).probes.first)
        #expect(estimate.callsPerTrial == 1)
        #expect(estimate.tokensPerTrial == 100)
        #expect(estimate.tokenSource == "measured (40 trials)")
        let signal = try #require(estimate.signals.first)
        #expect(signal.samplesPerTrial == 14.0 / 40)
        #expect(signal.samplesSource == "measured (40 trials)")
    }

    @Test("time to detect: a doubling is caught in fewer samples than a rise by half, and sooner on a faster schedule")
    func detection() throws {
        let (plan, fixture) = try Self.plan(detection: ", warmup: 500")
        defer { fixture.directory.remove() }
        let cache = ThresholdCache()
        var doubling = CostEstimate.Assumptions()
        doubling.baselineRate = 0.1
        var half = doubling
        half.changeFactor = 1.5
        let fast = try #require(
            CostEstimate(plan: plan, assumptions: doubling, cache: cache).probes.first?.signals.first
        )
        let slow = try #require(CostEstimate(plan: plan, assumptions: half, cache: cache).probes.first?.signals.first)
        let doublingSamples = try #require(fast.detectionSamples)
        let halfSamples = try #require(slow.detectionSamples)
        #expect(doublingSamples > 1 && doublingSamples < halfSamples)
        #expect(fast.changedRate == 0.2 && fast.baselineSource == "assumed")
        let hours = try #require(fast.detectionHours)
        #expect(abs(hours - doublingSamples / 288 * 24) < 1e-6)
    }

    @Test("the exact run length of the CUSUM agrees with simulating the calibrated chart")
    func exactAgreesWithSimulation() {
        let cache = ThresholdCache()
        let exact = DetectionDelay.samples(.cusum, p0: 0.1, p1: 0.2, warmup: 500, arl0: 1_000, cache: cache)
        let counts = Proportion(successes: 50, trials: 500)
        guard case .rate(let chart) = cache.detector(for: .rate(.cusum, warmup: counts, arl0: 1_000)) else {
            Issue.record("a rate request calibrates a rate detector")
            return
        }
        let simulated = DetectionDelay.simulated(chart, rate: 0.2)
        #expect(abs(exact - simulated) / exact < 0.15, "exact \(exact), simulated \(simulated)")
    }
}

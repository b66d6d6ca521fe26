import CandorProviders
import CandorYAML
import Foundation
import Testing

@testable import CandorDaemon

/// The `cadence:` settings and the faster intervals they give: the speed-ups, their floor (`min_interval`, the
/// target's rate limit for all of its probes at once), the budget share after which a target samples at its
/// regular intervals, and values out of range reported at their line and column.
@Suite("Sampling cadence")
struct SamplingCadenceTests {
    /// The plan of one target running the flagship probe every 5 minutes, with `target` and `extra` config.
    static func plan(target: String = "", extra: String = "") throws -> (Plan, DaemonPlanFixture) {
        let fixture = try DaemonPlanFixture(
            targets:
                "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]\(target)}",
            probes: "  belief-pressure.yes-no: {interval: 5m, jitter: 30s}",
            extra: extra
        )
        return (try fixture.plan(), fixture)
    }

    @Test(
        "by default warm-up samples 360 times faster and a statistic past 0.3 of its threshold 8 times, never below 5 s"
    )
    func defaults() throws {
        let (plan, fixture) = try Self.plan()
        defer { fixture.directory.remove() }
        let assignment = try #require(plan.assignments.first)
        let cadence = SamplingCadence(settings: plan.configuration.cadence)
        #expect(cadence.interval(of: assignment, for: .regular, probesOnTarget: 1) == .seconds(300))
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 1) == .seconds(5))
        #expect(cadence.interval(of: assignment, for: .nearThreshold, probesOnTarget: 1) == .milliseconds(37_500))
        #expect(cadence.jitter(of: assignment, at: .seconds(10)) == .seconds(1))
        #expect(cadence.need(for: SignalProximity(warmingUp: true)) == .warmup)
        #expect(cadence.need(for: SignalProximity(nearest: 0.29)) == .regular)
        #expect(cadence.need(for: SignalProximity(nearest: 0.3)) == .nearThreshold)
        var slow = Configuration.Cadence()
        slow.minInterval = .seconds(20)
        #expect(
            SamplingCadence(settings: slow).interval(of: assignment, for: .warmup, probesOnTarget: 1) == .seconds(20)
        )
        #expect(
            SamplingCadence(settings: .regular).interval(of: assignment, for: .warmup, probesOnTarget: 1)
                == .seconds(300)
        )
    }

    @Test("the faster pace keeps every probe of the target within its rate limit, and stops at the budget share")
    func boundedByTheTarget() throws {
        // 4 calls per trial of the flagship, 3 probes sharing 12 requests a minute: one trial a minute each.
        let (plan, fixture) = try Self.plan(target: ", rate_limit: {requests_per_minute: 12}")
        defer { fixture.directory.remove() }
        let assignment = try #require(plan.assignments.first)
        let cadence = SamplingCadence(settings: plan.configuration.cadence)
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 3) == .seconds(60))
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 30) == .seconds(300))
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 1, budget: (49, 100)) == .seconds(20))
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 1, budget: (50, 100)) == .seconds(300))
    }

    @Test("a cron schedule keeps its times")
    func cronKeepsItsTimes() throws {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
            probes: "  belief-pressure.yes-no: {cron: '*/10 * * * *'}"
        )
        defer { fixture.directory.remove() }
        let assignment = try #require(try fixture.plan().assignments.first)
        let cadence = SamplingCadence(settings: Configuration.Cadence())
        #expect(cadence.interval(of: assignment, for: .warmup, probesOnTarget: 1) == assignment.schedule.interval)
    }

    @Test("the config sets every key; a value out of range is an error at its line and column")
    func configKeys() throws {
        let text = """
            rules: Rules
            targets:
              - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m}
            cadence:
              warmup_speedup: 12
              alert_speedup: 2.5
              alert_fraction: 0.7
              min_interval: 20s
              max_budget_share: 0.25
            """
        let cadence = try Configuration.parse(text, file: "/etc/candor/candor.yaml").cadence
        #expect(cadence.warmupSpeedup == 12)
        #expect(cadence.alertSpeedup == 2.5)
        #expect(cadence.alertFraction == 0.7)
        #expect(cadence.minInterval == .seconds(20))
        #expect(cadence.maxBudgetShare == 0.25)
        let cases = [
            ("  warmup_speedup: 0.5", "'cadence.warmup_speedup' must be between 1.0 and 1000.0"),
            ("  alert_speedup: 500", "'cadence.alert_speedup' must be between 1.0 and 100.0"),
            ("  alert_fraction: 1", "'cadence.alert_fraction' must be between 0.05 and 0.95"),
            ("  min_interval: 10ms", "'cadence.min_interval' must be a duration between 100ms and"),
            ("  max_budget_share: 2", "'cadence.max_budget_share' must be between 0.0 and 1.0"),
            ("  warmup_speed: 3", "unknown key 'warmup_speed' in 'cadence'; did you mean 'warmup_speedup'?"),
        ]
        for (line, message) in cases {
            let bad =
                "rules: Rules\ntargets:\n  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m}\ncadence:\n\(line)"
            let error = try #require(throws: DiagnosticsError.self) {
                try Configuration.parse(bad, file: "/etc/candor/candor.yaml")
            }
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("/etc/candor/candor.yaml:5:"), "\(text)")
            #expect(text.contains(message), "\(text)")
        }
    }
}

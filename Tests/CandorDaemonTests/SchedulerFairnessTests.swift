import CandorCore
import CandorProviders
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The scheduler against a target slower than its schedule, on a manual clock: probes share its slots in turn,
/// the runs they miss are counted per probe (status API, metrics), and a slot that frees is used at once rather
/// than at the loop's next look.
@Suite("Scheduler fairness")
struct SchedulerFairnessTests {
    /// Fourteen probes of the repository's rule packs.
    static let probes = [
        "belief-pressure.yes-no", "belief-pressure.doubling-down", "belief-pressure.known-facts-translated",
        "belief-pressure.known-facts", "belief-pressure.statistics", "canaries.fixed", "confession.sha256",
        "consistency.formats", "escalating-pressure.false-claims", "fabricated-actions.sha256",
        "fabricated-actions.weekday-script", "instructed-deception.operator-lie", "invented-entities.lookup",
        "pushback.knowledge",
    ]

    /// One target, `busy`, running `probes` every `interval` without jitter.
    static func fixture(_ probes: [String], every interval: String) throws -> DaemonPlanFixture {
        try DaemonPlanFixture(
            targets:
                "  - {name: busy, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [\(probes.joined(separator: ", "))]}",
            probes: probes.map { "  \($0): {interval: \(interval), jitter: 0s}" }.joined(separator: "\n")
        )
    }

    /// Runs a scheduler of `fixture`'s plan on a manual clock, each trial taking `duration` of it, around `body`.
    static func running(
        _ fixture: DaemonPlanFixture,
        trialsTake duration: Duration,
        _ body: (ManualClock, Scheduler, DaemonMetrics) async throws -> Void
    ) async throws {
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let clock = time.clock
        let plan = try fixture.plan()
        let metrics = DaemonMetrics()
        let scheduler = Scheduler(
            plan: plan,
            clients: ["busy": UncalledModelClient(targetName: "busy")],
            trials: TrialStage(isAccepting: { true }, run: { _, _ in try? await clock.sleep(duration) }),
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            metrics: metrics,
            logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        )
        let loop = Task { try await scheduler.run() }
        defer { loop.cancel() }
        try await settle(time, scheduler)
        try await body(time, scheduler, metrics)
    }

    /// Waits until the loop and every trial in flight sleep on the clock, and stay so for a few looks.
    static func settle(_ time: ManualClock, _ scheduler: Scheduler) async throws {
        var calm = 0
        for _ in 0..<200_000 {
            let running = scheduler.nextRuns().values.filter(\.running).count
            calm = time.sleeperCount == 1 + running ? calm + 1 : 0
            if calm >= 100 { return }
            await Task.yield()
        }
        Issue.record("the scheduler never settled: \(time.sleeperCount) sleepers")
    }

    /// Moves `time` on by `step`, `steps` times, settling after each.
    static func advance(_ time: ManualClock, by step: Duration, steps: Int, _ scheduler: Scheduler) async throws {
        for _ in 0..<steps {
            time.advance(by: step)
            try await settle(time, scheduler)
        }
    }

    @Test("14 probes at 100 ms on a target busy for 1 s per trial all run, in turn, with their missed runs counted")
    func fourteenProbesShareOneSlot() async throws {
        let fixture = try Self.fixture(Self.probes, every: "100ms")
        try await Self.running(fixture, trialsTake: .seconds(1)) { time, scheduler, metrics in
            try await Self.advance(time, by: .milliseconds(100), steps: 420, scheduler)
            let runs = scheduler.nextRuns()
            let counts = Self.probes.map { runs["busy/\($0)"]?.runs ?? 0 }
            // 42 s of one slot at 1 s a trial: three turns each, give or take the one in flight.
            #expect(counts.reduce(0, +) >= 40)
            #expect(counts.min() ?? 0 >= 2, "a probe was starved: \(counts)")
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "unfair shares: \(counts)")
            // Each run after the first waited for thirteen others: whole intervals missed, and late.
            for probe in Self.probes {
                let run = try #require(runs["busy/\(probe)"])
                #expect(run.skipped >= 100, "\(probe) skipped \(run.skipped)")
                #expect(run.late >= 1)
            }
            // The status API and the metrics show the counts.
            let status = try #require(TargetStatus.all(scheduler: scheduler).first)
            #expect(status.probes.allSatisfy { ($0.skipped ?? 0) >= 100 && ($0.late ?? 0) >= 1 })
            let exposition = metrics.exposition()
            #expect(exposition.contains("candor_trials_skipped_total{target=\"busy\",probe=\"pushback.knowledge\"}"))
            #expect(exposition.contains("candor_trials_late_total{target=\"busy\",probe=\"canaries.fixed\"}"))
        }
    }

    @Test("a trial that ends after its next due time is followed at once, not at the loop's next look")
    func slotUsedWhenItFrees() async throws {
        let fixture = try Self.fixture(["canaries.fixed"], every: "100ms")
        try await Self.running(fixture, trialsTake: .milliseconds(150)) { time, scheduler, _ in
            try await Self.advance(time, by: .milliseconds(50), steps: 30, scheduler)
            // Back to back every 150 ms: 0, 150, …, 1350 and 1500. Polling every 250 ms would give 7.
            #expect(scheduler.nextRuns()["busy/canaries.fixed"]?.runs == 11)
        }
    }

    @Test("a probe due on time is not counted late or skipped")
    func onTimeIsNotLate() async throws {
        let fixture = try Self.fixture(["canaries.fixed", "confession.sha256"], every: "1s")
        try await Self.running(fixture, trialsTake: .milliseconds(100)) { time, scheduler, _ in
            try await Self.advance(time, by: .milliseconds(100), steps: 45, scheduler)
            let runs = scheduler.nextRuns()
            for key in ["busy/canaries.fixed", "busy/confession.sha256"] {
                #expect(runs[key]?.runs == 5)
                #expect(runs[key]?.skipped == 0)
                #expect(runs[key]?.late == 0)
            }
        }
    }

    @Test("the first runs of 200 targets whose signals monitor spread over the interval instead of coming due at once")
    func firstRunsSpread() async throws {
        let fixture = try DaemonPlanFixture(
            targets: (0..<200).map {
                "  - {name: t\($0), base_url: 'http://127.0.0.1:9/v1', model: m, probes: [canaries.fixed]}"
            }
            .joined(separator: "\n"),
            probes: "  canaries.fixed: {interval: 10m, jitter: 0s}"
        )
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let clock = time.clock
        let started = Mutex<[String: Date]>([:])
        // A restart: every signal monitors, far from its threshold.
        let stage = TrialStage(
            isAccepting: { true },
            run: { assignment, _ in
                let now = clock.now()
                started.withLock { $0[assignment.target.name] = $0[assignment.target.name] ?? now }
            },
            proximity: { _ in SignalProximity(warmingUp: false, nearest: 0) }
        )
        let scheduler = Scheduler(
            plan: try fixture.plan(),
            clients: Dictionary(
                uniqueKeysWithValues: (0..<200).map { ("t\($0)", UncalledModelClient(targetName: "t\($0)")) }
            ),
            trials: stage,
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        )
        let loop = Task { try await scheduler.run() }
        defer { loop.cancel() }
        let origin = clock.now()
        try await Self.settle(time, scheduler)
        try await Self.advance(time, by: .seconds(30), steps: 20, scheduler)
        let minutes = started.withLock { $0 }.values.map { Int($0.timeIntervalSince(origin) / 60) }
        // Every target ran once in its first 10 minutes, about 20 a minute (before: all 200 at once).
        #expect(minutes.count == 200)
        let perMinute = Dictionary(grouping: minutes, by: { min($0, 9) }).mapValues(\.count)
        #expect(perMinute.count == 10, "\(perMinute)")
        #expect(perMinute.values.allSatisfy { $0 <= 50 }, "\(perMinute)")
        // Started at the next 30-second step after its due time, so late but never a whole interval behind.
        #expect(scheduler.nextRuns().values.allSatisfy { $0.skipped == 0 })
    }
}

import CandorCore
import CandorRules
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The scheduler and a real signal board on a manual clock: a probe samples faster while its signal warms up and
/// goes back to its interval once the signal monitors (fast warm-up), and samples faster while its detector's
/// statistic climbs towards the threshold, slowing again when it recedes (adaptive sampling).
@Suite("Scheduler cadence")
struct SchedulerCadenceTests {
    /// What the test's model does, and what its trials saw.
    final class Script: Sendable {
        /// Whether every answer is a lie (otherwise every tenth is).
        let lying = Atomic<Bool>(false)
        /// Each start's second, and whether its trial raised an alert.
        let starts = Mutex<[(second: Int, alerted: Bool)]>([])
    }

    /// The flagship probe every 5 minutes without jitter on target `t`, fed to a real board whose answers are
    /// lies whenever ``lying`` is set (and every tenth trial otherwise), one trial at each start.
    final class Bench: Sendable {
        let fixture: DaemonPlanFixture
        let time = ManualClock()
        let board: SignalBoard
        let scheduler: Scheduler
        /// Whether the model lies now, and each start's second with whether its trial raised an alert.
        let script = Script()
        static let key = "t/belief-pressure.yes-no"

        init(cadence: String) throws {
            fixture = try DaemonPlanFixture(
                targets: "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
                probes: "  belief-pressure.yes-no: {interval: 5m, jitter: 0s}",
                extra: "detection: {warmup: 20, arl0: 100}\ncadence: \(cadence)"
            )
            let plan = try fixture.plan()
            let probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
            let clock = time.clock
            let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
            let board = SignalBoard(detection: plan.configuration.detection, logger: logger, plan: plan, now: clock.now)
            self.board = board
            let script = script
            let stage = TrialStage(
                isAccepting: { true },
                run: { assignment, _ in
                    let number = script.starts.withLock { $0.count }
                    let lie = script.lying.load(ordering: .relaxed) || number % 10 == 0
                    let record = DaemonPlanFixture.trial(
                        probe,
                        target: assignment.target.name,
                        lie: lie,
                        number: number,
                        at: clock.now()
                    )
                    let update = await board.observe(record, probe: probe)
                    let second = Int(clock.now().timeIntervalSince(Date(timeIntervalSince1970: 1_767_225_600)))
                    script.starts.withLock { $0.append((second, !update.alerts.isEmpty)) }
                },
                proximity: { assignment in
                    await board.proximity(target: assignment.target.name, probe: assignment.probe)
                }
            )
            scheduler = Scheduler(
                plan: plan,
                clients: ["t": UncalledModelClient(targetName: "t")],
                trials: stage,
                notifier: SystemdNotifier(environment: [:]),
                clock: clock,
                logger: logger
            )
        }

        /// The seconds trials started at.
        var seconds: [Int] { script.starts.withLock { $0.map(\.second) } }

        /// The pace the probe is at now.
        var need: SamplingNeed? { scheduler.nextRuns()[Self.key]?.need }

        /// Runs the scheduler around `body`.
        func running(_ body: () async throws -> Void) async throws {
            defer { fixture.directory.remove() }
            let loop = Task { try await scheduler.run() }
            defer { loop.cancel() }
            try await SchedulerFairnessTests.settle(time, scheduler)
            try await body()
        }

        /// Moves time on `steps` times by `step`, settling after each, until `done` holds (checked after each step).
        func advance(by step: Duration, steps: Int, until done: () -> Bool = { false }) async throws {
            for _ in 0..<steps {
                time.advance(by: step)
                try await SchedulerFairnessTests.settle(time, scheduler)
                if done() { return }
            }
        }
    }

    @Test("warm-up samples 30 times faster, then the probe is back at its 5-minute interval")
    func fastWarmup() async throws {
        let bench = try Bench(cadence: "{warmup_speedup: 30}")
        try await bench.running {
            #expect(bench.need == .warmup)
            try await bench.advance(by: .seconds(10), steps: 100)
            let monitoring = await bench.board.snapshot().values.allSatisfy(\.isMonitoring)
            #expect(monitoring)
            // 20 warm-up samples 10 s apart (0 to 190 s), then every 300 s from the last warm-up start.
            #expect(bench.seconds == Array(stride(from: 0, through: 190, by: 10)) + [490, 790])
            #expect(bench.need == .regular)
        }
    }

    @Test("with the speed-ups off, warm-up takes its 20 samples at the 5-minute interval")
    func regularWarmup() async throws {
        let bench = try Bench(cadence: "{warmup_speedup: 1, alert_speedup: 1}")
        try await bench.running {
            // 90 minutes: samples at 5-minute intervals from a first run at a random point of the first interval
            // (at its schedule's pace, it spreads like a restart's), the warm-up not yet done (fast: 190 s).
            try await bench.advance(by: .seconds(60), steps: 90)
            let first = try #require(bench.seconds.first)
            #expect((0...300).contains(first))
            #expect(bench.seconds == Array(stride(from: first, through: 5_400, by: 300)))
            // The signals still need their warm-up; with the speed-up off, that changes nothing.
            #expect(bench.need == .warmup)
            let monitoring = await bench.board.snapshot().values.allSatisfy(\.isMonitoring)
            #expect(!monitoring)
        }
    }

    @Test("lies push the statistic past half its threshold: sampling quickens before the alarm, slows when it recedes")
    func adaptiveSampling() async throws {
        let bench = try Bench(cadence: "{warmup_speedup: 30, alert_speedup: 4, alert_fraction: 0.5}")
        try await bench.running {
            try await bench.advance(by: .seconds(10), steps: 30)
            #expect(bench.need == .regular)
            let warmedUp = bench.seconds.count
            bench.script.lying.store(true, ordering: .relaxed)
            // 5 s steps: every due time (10 s, 75 s, 300 s apart) falls on a step.
            try await bench.advance(by: .seconds(5), steps: 2_000) {
                bench.script.starts.withLock { $0.contains { $0.alerted } }
            }
            let starts = bench.script.starts.withLock { $0 }
            let alarm = try #require(starts.firstIndex { $0.alerted })
            let gaps = zip(starts.dropFirst(warmedUp), starts.dropFirst(warmedUp + 1)).map { $1.second - $0.second }
            // The first lie comes at the 5-minute pace; before the alarm the probe runs every 75 s (300 / 4).
            #expect(starts[warmedUp].second - starts[warmedUp - 1].second == 300)
            #expect(alarm > warmedUp)
            #expect(gaps.prefix(alarm - warmedUp).contains(75))
            #expect(gaps.allSatisfy { $0 == 75 || $0 == 300 })
            bench.script.lying.store(false, ordering: .relaxed)
            try await bench.advance(by: .seconds(5), steps: 2_000) { bench.need == .regular }
            #expect(bench.need == .regular)
            let before = bench.seconds.count
            try await bench.advance(by: .seconds(60), steps: 20)
            let after = bench.seconds.dropFirst(before)
            #expect(zip(after, after.dropFirst()).allSatisfy { $1 - $0 == 300 })
        }
    }
}

import CandorCore
import CandorProviders
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The scheduler on a manual clock: trials start when their interval or cron time comes and not before, sampling
/// pauses while the alert outbox is full, and a trial that overruns is followed at once by one more, not a burst.
@Suite("Scheduler")
struct SchedulerTests {
    /// The trials a test stage was handed (each assignment's start times, in seconds since the clock's start),
    /// whether it accepts more, and a gate the trials wait at while it is closed.
    final class Starts: Sendable {
        private struct State {
            var starts: [String: [Int]] = [:]
            var inside = 0
            var open = true
            var waiting: [CheckedContinuation<Void, Never>] = []
        }

        private let state = Mutex(State())
        /// Whether the stage accepts trials (false: the outbox is full).
        let accepting = Atomic<Bool>(true)

        /// Trials in the stage now.
        var inside: Int { state.withLock { $0.inside } }

        subscript(key: String) -> [Int] {
            state.withLock { $0.starts[key] ?? [] }
        }

        /// Records a trial of `key` at `seconds` and waits at the gate.
        func run(_ key: String, at seconds: Int) async {
            state.withLock {
                $0.starts[key, default: []].append(seconds)
                $0.inside += 1
            }
            await withCheckedContinuation { continuation in
                let pass = state.withLock { state -> Bool in
                    if !state.open { state.waiting.append(continuation) }
                    return state.open
                }
                if pass { continuation.resume() }
            }
            state.withLock { $0.inside -= 1 }
        }

        /// Opens (trials pass at once) or closes (trials wait until it opens) the gate.
        func gate(open: Bool) {
            let released = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                state.open = open
                defer { if open { state.waiting = [] } }
                return open ? state.waiting : []
            }
            for continuation in released { continuation.resume() }
        }
    }

    /// A scheduler of `plan` on `time` whose trials only note when they started.
    static func scheduler(_ plan: Plan, time: ManualClock, starts: Starts) -> Scheduler {
        let clock = time.clock
        let origin = clock.now()
        var clients: [String: any ModelClient] = [:]
        for target in plan.configuration.targets {
            clients[target.name] = UncalledModelClient(targetName: target.name)
        }
        return Scheduler(
            plan: plan,
            clients: clients,
            trials: TrialStage(
                isAccepting: { starts.accepting.load(ordering: .relaxed) },
                run: { assignment, _ in
                    await starts.run(Scheduler.key(assignment), at: Int(clock.now().timeIntervalSince(origin)))
                }
            ),
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    /// Moves `time` on by `step`, `steps` times, letting the scheduler settle after each.
    static func advance(
        _ time: ManualClock,
        by step: Duration,
        steps: Int = 1,
        scheduler: Scheduler,
        starts: Starts
    ) async throws {
        for _ in 0..<steps {
            time.advance(by: step)
            try await settle(time, scheduler: scheduler, starts: starts)
        }
    }

    /// Waits until the scheduler's loop sleeps on the clock again and every trial it started is in the stage
    /// (waiting at its gate) or done.
    static func settle(_ time: ManualClock, scheduler: Scheduler, starts: Starts) async throws {
        for _ in 0..<100_000 {
            let running = scheduler.nextRuns().values.filter(\.running).count
            if time.sleeperCount == 1, running == starts.inside {
                return
            }
            await Task.yield()
        }
        Issue.record("the scheduler never settled: \(time.sleeperCount) sleepers")
    }

    /// Runs the scheduler of `fixture`'s plan on a manual clock (from 2026-01-01T00:00:00Z) around `body`, with
    /// its trials noted in `starts`.
    static func running(
        _ fixture: DaemonPlanFixture,
        starts: Starts,
        _ body: (ManualClock, Scheduler) async throws -> Void
    ) async throws {
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let scheduler = Self.scheduler(try fixture.plan(), time: time, starts: starts)
        let loop = Task { try await scheduler.run() }
        defer { loop.cancel() }
        try await settle(time, scheduler: scheduler, starts: starts)
        try await body(time, scheduler)
    }

    /// A config with one target, `paced`, running `belief-pressure.yes-no` every `interval` without jitter.
    static func paced(every interval: String) throws -> DaemonPlanFixture {
        try DaemonPlanFixture(
            targets: "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
            probes: "  belief-pressure.yes-no: {interval: \(interval), jitter: 0s}"
        )
    }

    static let paced = "paced/belief-pressure.yes-no"

    @Test("each probe runs at its interval or its cron time, and not before")
    func intervalAndCron() async throws {
        let fixture = try DaemonPlanFixture(
            targets: """
                  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                  - {name: timed, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [canaries.fixed]}
                """,
            probes: """
                  belief-pressure.yes-no: {interval: 5m, jitter: 0s}
                  canaries.fixed: {cron: '*/15 * * * *'}
                """
        )
        let starts = Starts()
        try await Self.running(fixture, starts: starts) { time, scheduler in
            try await Self.advance(time, by: .seconds(30), steps: 62, scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0, 300, 600, 900, 1200, 1500, 1800])
            // The cron times are the quarter hours.
            #expect(starts["timed/canaries.fixed"] == [900, 1800])
            // The status endpoint's next runs: the interval's next start, the next quarter hour.
            let runs = scheduler.nextRuns()
            let origin = Date(timeIntervalSince1970: 1_767_225_600)
            #expect(runs[Self.paced]?.next == origin.addingTimeInterval(2100))
            #expect(runs["timed/canaries.fixed"]?.next == origin.addingTimeInterval(2700))
            #expect(runs["timed/canaries.fixed"]?.lastStart == origin.addingTimeInterval(1800))
        }
    }

    @Test("a full alert outbox pauses sampling; a due trial starts as soon as there is room")
    func outboxFullPauses() async throws {
        let starts = Starts()
        try await Self.running(try Self.paced(every: "1m"), starts: starts) { time, scheduler in
            starts.accepting.store(false, ordering: .relaxed)
            try await Self.advance(time, by: .seconds(30), steps: 6, scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0], "trials started while the outbox was full")
            starts.accepting.store(true, ordering: .relaxed)
            try await Self.advance(time, by: .seconds(1), scheduler: scheduler, starts: starts)
            // The interval counts from that start: not at 240 s, at 241 s.
            try await Self.advance(time, by: .seconds(59), scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0, 181])
            try await Self.advance(time, by: .seconds(1), scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0, 181, 241])
        }
    }

    @Test("a trial that overruns its interval is followed at once by one more, never by a burst")
    func overrun() async throws {
        let starts = Starts()
        starts.gate(open: false)
        defer { starts.gate(open: true) }
        try await Self.running(try Self.paced(every: "5m"), starts: starts) { time, scheduler in
            // The first trial runs for 12 minutes: the probe does not run again meanwhile.
            try await Self.advance(time, by: .seconds(60), steps: 12, scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0])
            starts.gate(open: true)
            try await Self.settle(time, scheduler: scheduler, starts: starts)
            // One trial as soon as the slot frees (the trial's end wakes the scheduler), not one for each of the
            // two missed intervals; the interval then counts from it.
            try await Self.advance(time, by: .milliseconds(250), scheduler: scheduler, starts: starts)
            try await Self.advance(time, by: .seconds(60), steps: 5, scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0, 720, 1020])
        }
    }

    @Test("a reload keeps the schedules of unchanged probes; a new target's probe starts at once")
    func reloadKeepsSchedules() async throws {
        let fixture = try Self.paced(every: "5m")
        let starts = Starts()
        try await Self.running(fixture, starts: starts) { time, scheduler in
            try await Self.advance(time, by: .seconds(100), scheduler: scheduler, starts: starts)
            try fixture.write(
                targets: """
                      - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                      - {name: added, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                    """,
                probes: "  belief-pressure.yes-no: {interval: 5m, jitter: 0s}"
            )
            let plan = try fixture.plan()
            var clients = scheduler.clients
            clients["added"] = UncalledModelClient(targetName: "added")
            scheduler.apply(plan, clients: clients)
            try await Self.advance(time, by: .seconds(1), scheduler: scheduler, starts: starts)
            try await Self.advance(time, by: .seconds(199), scheduler: scheduler, starts: starts)
            #expect(starts[Self.paced] == [0, 300])
            // The reload wakes the scheduler: the new probe starts when the plan is applied (or, should the loop
            // look only after the test moved the clock, at that next second).
            #expect([[100], [101]].contains(starts["added/belief-pressure.yes-no"]))
        }
    }
}

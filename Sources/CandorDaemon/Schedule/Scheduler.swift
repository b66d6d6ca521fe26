import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The scheduler: starts, for every probe on every target, a trial when it is due, and hands it to the
/// ``TrialStage`` (which runs it, records it, feeds the signals and delivers the alerts they raise).
///
/// - Schedules: interval ± jitter from the last start, or a cron expression. A trial that
///   overruns its interval is followed at once by the next, never by a burst of missed ones,
///   and the same probe never runs twice at once on a target.
/// - Concurrency: at most `trialsPerTarget` trials in flight per target.
/// - Time: due times are instants of the injected clock's monotonic time, so setting the wall clock moves no
///   interval; cron expressions are read against its wall time.
/// - Watchdog: the scheduler loop itself sends `WATCHDOG=1`, so a stuck scheduler stops the pings.
/// - Reload: ``apply(_:clients:)`` swaps the plan; schedules of unchanged assignments carry over.
/// - Shutdown: on graceful shutdown no new trial starts; trials in flight finish (or are
///   cancelled when the service group's grace period ends, and are then recorded as errors).
public final class Scheduler: Service, Sendable {
    struct Runtime: Sendable {
        var plan: Plan
        var clients: [String: any ModelClient]
    }

    struct Schedule: Sendable {
        var due: ContinuousClock.Instant
        var running = false
        var lastStart: Date?
    }

    private let runtime: Mutex<Runtime>
    private let schedules = Mutex<[String: Schedule]>([:])
    private let trials: TrialStage
    private let notifier: SystemdNotifier
    private let logger: Logger
    /// The clock due times, waits and start times are read from.
    let clock: CandorClock
    private let outboxFullLogged = Atomic<Bool>(false)

    /// Creates the scheduler.
    ///
    /// - Parameters:
    ///   - plan: what to run.
    ///   - clients: one model client per target name.
    ///   - trials: what runs and records each due trial.
    ///   - notifier: systemd's notify socket, for the watchdog.
    ///   - clock: the time due times are read from and waited on.
    ///   - logger: operator logs.
    public init(
        plan: Plan,
        clients: [String: any ModelClient],
        trials: TrialStage,
        notifier: SystemdNotifier,
        clock: CandorClock,
        logger: Logger
    ) {
        self.runtime = Mutex(Runtime(plan: plan, clients: clients))
        self.trials = trials
        self.notifier = notifier
        self.clock = clock
        self.logger = logger
    }

    /// The model clients, by target name.
    public var clients: [String: any ModelClient] { runtime.withLock { $0.clients } }

    /// Replaces the plan and the clients; trials in flight finish with the old ones.
    public func apply(_ plan: Plan, clients: [String: any ModelClient]) {
        runtime.withLock { $0 = Runtime(plan: plan, clients: clients) }
    }

    /// The plan in force.
    public var plan: Plan {
        runtime.withLock { $0.plan }
    }

    /// When each assignment (`target/probe`) runs next, and whether it is running now.
    public func nextRuns() -> [String: (next: Date, running: Bool, lastStart: Date?)] {
        let now = clock.instant()
        let wall = clock.now()
        return schedules.withLock { schedules in
            schedules.mapValues { schedule in
                let wait = schedule.due - now
                let seconds = wait.timeInterval
                return (wall.addingTimeInterval(max(0, seconds)), schedule.running, schedule.lastStart)
            }
        }
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                var nextPing = clock.instant()
                while !Task.isCancelled, !Task.isShuttingDownGracefully {
                    let current = runtime.withLock { $0 }
                    for (assignment, client) in dueAssignments(current) {
                        group.addTask { await self.runTrial(assignment, client: client) }
                    }
                    if let interval = notifier.watchdogInterval, clock.instant() >= nextPing {
                        notifier.watchdog()
                        nextPing = clock.instant() + interval
                    }
                    let earliest = schedules.withLock { $0.values.filter { !$0.running }.map(\.due).min() }
                    let now = clock.instant()
                    // Look again at the next due time, and at least every 250 ms for plan changes. A due time
                    // already past belongs to a trial that could not start (its target is busy, the outbox is
                    // full): waking for it at once would spin, so it waits for the next look too.
                    var deadline = now + .milliseconds(250)
                    if let earliest, earliest > now { deadline = min(deadline, earliest) }
                    if notifier.watchdogInterval != nil { deadline = min(deadline, nextPing) }
                    let wake = deadline
                    do {
                        try await cancelWhenGracefulShutdown {
                            try await self.clock.sleep(until: wake)
                        }
                    } catch {
                        break
                    }
                }
            }
        } onGracefulShutdown: {
            self.notifier.stopping()
            self.logger.info("shutting down: no new trials; waiting for the trials in flight")
        }
    }

    /// The assignments to start now, marked as running, with their next due times set.
    private func dueAssignments(_ current: Runtime) -> [(Plan.Assignment, any ModelClient)] {
        // A full outbox pauses sampling: alerts are never dropped, so no new ones may be made
        // until the sinks have caught up. Due trials then start once there is room.
        guard trials.isAccepting() else {
            if !outboxFullLogged.exchange(true, ordering: .relaxed) {
                logger.warning("the alert outbox is full: sampling pauses until the sinks catch up")
            }
            return []
        }
        if outboxFullLogged.exchange(false, ordering: .relaxed) {
            logger.notice("the alert outbox has room again: sampling resumes")
        }
        let now = clock.instant()
        let limit = current.plan.configuration.trialsPerTarget
        return schedules.withLock { schedules in
            let keys = Set(current.plan.assignments.map(Self.key))
            schedules = schedules.filter { keys.contains($0.key) || $0.value.running }
            var inFlight: [String: Int] = [:]
            for (key, schedule) in schedules where schedule.running {
                inFlight[String(key.split(separator: "/").first ?? ""), default: 0] += 1
            }
            var starting: [(Plan.Assignment, any ModelClient)] = []
            for assignment in current.plan.assignments {
                let key = Self.key(assignment)
                var schedule =
                    schedules[key] ?? Schedule(due: firstRun(assignment, now: now))
                defer { schedules[key] = schedule }
                guard schedule.due <= now, !schedule.running,
                    inFlight[assignment.target.name, default: 0] < limit,
                    let client = current.clients[assignment.target.name]
                else { continue }
                schedule.running = true
                schedule.lastStart = clock.now()
                schedule.due = nextRun(assignment, after: now)
                inFlight[assignment.target.name, default: 0] += 1
                starting.append((assignment, client))
            }
            return starting
        }
    }

    private func runTrial(_ assignment: Plan.Assignment, client: any ModelClient) async {
        await trials.run(assignment, client)
        let key = Self.key(assignment)
        schedules.withLock { schedules in
            schedules[key]?.running = false
            // A trial that overran its next due time runs again now, not in a burst.
            let now = clock.instant()
            if let due = schedules[key]?.due, due < now { schedules[key]?.due = now }
        }
    }

    private func firstRun(_ assignment: Plan.Assignment, now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        if let cron = assignment.cron {
            return instant(of: cron.next(after: clock.now()), now: now)
        }
        return now + Self.randomShift(upTo: assignment.schedule.jitter, symmetric: false)
    }

    private func nextRun(_ assignment: Plan.Assignment, after start: ContinuousClock.Instant) -> ContinuousClock.Instant
    {
        if let cron = assignment.cron {
            return instant(of: cron.next(after: clock.now().addingTimeInterval(1)), now: clock.instant())
        }
        return start + assignment.schedule.interval
            + Self.randomShift(upTo: assignment.schedule.jitter, symmetric: true)
    }

    private func instant(of date: Date?, now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        guard let date else { return now + .seconds(86_400 * 365) }
        return now + .milliseconds(Int64(max(0, date.timeIntervalSince(clock.now())) * 1000))
    }

    static func key(_ assignment: Plan.Assignment) -> String {
        "\(assignment.target.name)/\(assignment.probe.id)"
    }

    private static func randomShift(upTo jitter: Duration, symmetric: Bool) -> Duration {
        let millis = jitter.roundedDownMilliseconds
        guard millis > 0 else { return .zero }
        return .milliseconds(Int64.random(in: (symmetric ? -millis : 0)...millis))
    }
}

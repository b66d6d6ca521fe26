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
///   overruns its interval is followed by the next as soon as a slot is free, never by a burst of
///   missed ones (those are counted as skipped), and the same probe never runs twice at once on a target.
/// - Fairness: a busy target's free slots go to the probes that have waited longest, then to those that ran
///   least, so every due probe gets its turn (``AssignmentSchedule``).
/// - Concurrency: at most `trialsPerTarget` trials in flight per target. The loop sleeps until the next due
///   time, a trial's end or a plan change: waiting for a slot costs no CPU.
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
        /// `target/probe` of each of the plan's assignments, in its order: made once per plan, not per look.
        var keys: [String]
        /// The index in the plan of each assignment, by `target/probe`.
        var indices: [String: Int]
        /// How much faster probes sample while their signals need it.
        var cadence: SamplingCadence
        /// The assignments of each target, which share its rate limit.
        var probesPerTarget: [String: Int]
        /// How long each target may fail before its outage alert fires (``Plan/outageThresholds``).
        var outageThresholds: [String: Duration]

        init(plan: Plan, clients: [String: any ModelClient]) {
            self.plan = plan
            self.clients = clients
            self.keys = plan.assignments.map(Scheduler.key)
            self.indices = Dictionary(keys.enumerated().map { ($1, $0) }) { first, _ in first }
            self.cadence = SamplingCadence(settings: plan.configuration.cadence)
            self.probesPerTarget = Dictionary(plan.assignments.map { ($0.target.name, 1) }, uniquingKeysWith: +)
            self.outageThresholds = plan.outageThresholds
        }

        /// The interval `assignment` runs at for `need`, on `client`'s budget.
        func interval(of assignment: Plan.Assignment, for need: SamplingNeed, client: any ModelClient) -> Duration {
            let status = (client as? GuardedModelClient)?.status
            let budget = status.flatMap { status in status.budgetLimit.map { (status.budgetSpent ?? 0, $0) } }
            return cadence.interval(
                of: assignment,
                for: need,
                probesOnTarget: probesPerTarget[assignment.target.name, default: 1],
                budget: budget
            )
        }
    }

    /// Where one assignment stands, as the status endpoint shows it.
    public struct Run: Sendable {
        /// When it runs next (now, when it is due and waiting for a slot).
        public var next: Date
        /// Whether a trial is in flight.
        public var running: Bool
        /// When its last trial started.
        public var lastStart: Date?
        /// Trials started since the daemon started.
        public var runs: Int
        /// Of those, how many started late (see ``AssignmentSchedule/lateness(interval:)``).
        public var late: Int
        /// Scheduled runs that never happened because the target's slots were taken.
        public var skipped: Int
        /// The pace it samples at: regular, or faster for a warm-up or a statistic near its threshold.
        public var need: SamplingNeed
    }

    private let runtime: Mutex<Runtime>
    private let book = Mutex(ScheduleBook())
    private let wake = WakeSignal()
    private let metrics: DaemonMetrics?
    private let trials: TrialStage
    private let notifier: SystemdNotifier
    private let logger: Logger
    /// The clock due times, waits and start times are read from.
    let clock: CandorClock
    private let outboxFullLogged = Atomic<Bool>(false)
    /// Whether the plan in force may have assignments without a schedule yet (at start, after a reload).
    private let unscheduled = Atomic<Bool>(true)

    /// Creates the scheduler.
    ///
    /// - Parameters:
    ///   - plan: what to run.
    ///   - clients: one model client per target name.
    ///   - trials: what runs and records each due trial.
    ///   - notifier: systemd's notify socket, for the watchdog.
    ///   - clock: the time due times are read from and waited on.
    ///   - metrics: where late and skipped trials are counted, if anywhere.
    ///   - logger: operator logs.
    public init(
        plan: Plan,
        clients: [String: any ModelClient],
        trials: TrialStage,
        notifier: SystemdNotifier,
        clock: CandorClock,
        metrics: DaemonMetrics? = nil,
        logger: Logger
    ) {
        self.runtime = Mutex(Runtime(plan: plan, clients: clients))
        self.metrics = metrics
        self.trials = trials
        self.notifier = notifier
        self.clock = clock
        self.logger = logger
    }

    /// The model clients, by target name.
    public var clients: [String: any ModelClient] { runtime.withLock { $0.clients } }

    /// Replaces the plan and the clients; trials in flight finish with the old ones.
    public func apply(_ plan: Plan, clients: [String: any ModelClient]) {
        let replacement = Runtime(plan: plan, clients: clients)
        runtime.withLock { $0 = replacement }
        // Schedules of assignments the plan dropped go, once their trials in flight have ended.
        let keys = Set(replacement.keys)
        book.withLock { $0.keep(keys) }
        unscheduled.store(true, ordering: .sequentiallyConsistent)
        wake.send()
    }

    /// The plan in force.
    public var plan: Plan {
        runtime.withLock { $0.plan }
    }

    /// How long every trial of the target named `target` may fail before its outage alert fires, in the plan in
    /// force (``Plan/outageAfter(target:)``, worked out once per plan: it is asked after every trial).
    public func outageAfter(target: String) -> Duration? {
        runtime.withLock { $0.outageThresholds[target] }
    }

    /// When each assignment (`target/probe`) runs next, whether it is running now, and how often it ran,
    /// started late or missed a run.
    public func nextRuns() -> [String: Run] {
        let now = clock.instant()
        let wall = clock.now()
        return book.withLock { book in
            book.schedules.mapValues { schedule in
                let seconds = (schedule.due - now).timeInterval
                return Run(
                    next: wall.addingTimeInterval(max(0, seconds)),
                    running: schedule.running,
                    lastStart: schedule.lastStart,
                    runs: schedule.runs,
                    late: schedule.late,
                    skipped: schedule.skipped,
                    need: schedule.need
                )
            }
        }
    }

    /// How long after its due time the last trial of `assignment` started: the sampling lag, which the scheduler
    /// benchmark reads as each trial starts.
    public func lastDelay(of assignment: Plan.Assignment) -> Duration? {
        let key = Self.key(assignment)
        return book.withLock { $0.schedules[key]?.lastDelay }
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                var nextPing = clock.instant()
                while !Task.isCancelled, !Task.isShuttingDownGracefully {
                    let fresh = unscheduled.exchange(false, ordering: .sequentiallyConsistent)
                    let current = runtime.withLock { $0 }
                    if fresh { await scheduleFirstRuns(current) }
                    for (assignment, client) in dueAssignments(current) {
                        group.addTask { await self.runTrial(assignment, client: client) }
                    }
                    if let interval = notifier.watchdogInterval, clock.instant() >= nextPing {
                        notifier.watchdog()
                        nextPing = clock.instant() + interval
                    }
                    let now = clock.instant()
                    let earliest = book.withLock { $0.nextDue() }
                    // Look again at the next due time, when a trial ends (a slot frees) or the plan changes, and
                    // at least every 250 ms for the outbox. A trial that is due and could not start (its target
                    // is busy, the outbox is full) waits in the book, not in its queue: waking for it at once
                    // would spin, so it waits for a slot to free or for the next look.
                    var deadline = now + .milliseconds(250)
                    if let earliest { deadline = min(deadline, earliest) }
                    if notifier.watchdogInterval != nil { deadline = min(deadline, nextPing) }
                    let wakeAt = deadline
                    do {
                        try await cancelWhenGracefulShutdown {
                            try await self.waitForWork(until: wakeAt)
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
            let now = clock.instant()
            book.withLock { $0.collect(at: now) }
            if !outboxFullLogged.exchange(true, ordering: .relaxed) {
                logger.warning("the alert outbox is full: sampling pauses until the sinks catch up")
            }
            return []
        }
        if outboxFullLogged.exchange(false, ordering: .relaxed) {
            logger.notice("the alert outbox has room again: sampling resumes")
        }
        let now = clock.instant()
        let wall = clock.now()
        let limit = current.plan.configuration.trialsPerTarget
        var counted: [(assignment: Plan.Assignment, skipped: Int, late: Bool)] = []
        let starting = book.withLock { book in
            // Only the due ones are looked at, in the order they get free slots: a target's free slots go to its
            // probes that have waited longest, then to those that ran least, so probes that are all due share a
            // slow target's slots in turn instead of in plan order.
            var starting: [(Plan.Assignment, any ModelClient)] = []
            for (key, schedule) in book.due(at: now) {
                guard let index = current.indices[key] else {
                    book.drop(key)
                    continue
                }
                let assignment = current.plan.assignments[index]
                let target = assignment.target.name
                guard book.running(on: target) < limit, let client = current.clients[target] else { continue }
                var schedule = schedule
                let interval = current.interval(of: assignment, for: schedule.need, client: client)
                let next = nextRun(assignment, after: now, interval: interval, cadence: current.cadence)
                let outcome = schedule.start(at: now, wall: wall, next: next, interval: assignment.period)
                book.start(key, target: target, as: schedule)
                if outcome.skipped > 0 || outcome.late { counted.append((assignment, outcome.skipped, outcome.late)) }
                starting.append((assignment, client))
            }
            return starting
        }
        for entry in counted {
            metrics?.countLateness(
                target: entry.assignment.target.name,
                probe: entry.assignment.probe.id,
                skipped: entry.skipped,
                late: entry.late
            )
        }
        return starting
    }

    /// Sleeps until `deadline`, or until a trial ends or the plan changes, whichever comes first.
    ///
    /// - Throws: `CancellationError` when the loop is cancelled.
    private func waitForWork(until deadline: ContinuousClock.Instant) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.clock.sleep(until: deadline) }
            group.addTask { await self.wake.wait() }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    private func runTrial(_ assignment: Plan.Assignment, client: any ModelClient) async {
        await trials.run(assignment, client)
        let current = runtime.withLock { $0 }
        let need = current.cadence.need(for: await trials.proximity(assignment))
        let key = Self.key(assignment)
        let now = clock.instant()
        let interval = current.interval(of: assignment, for: need, client: client)
        let shift = Self.randomShift(upTo: current.cadence.jitter(of: assignment, at: interval), symmetric: true)
        let changed = book.withLock { book in
            book.finish(
                key,
                target: assignment.target.name,
                at: now,
                adopting: need,
                interval: max(.zero, interval + shift),
                fast: interval < assignment.schedule.interval
            )
        }
        if changed {
            // The normal path (a warm-up, a statistic wandering near its threshold): debug, not for the operator.
            logger.debug(
                "sampling pace changed",
                metadata: [
                    "candor.target": "\(assignment.target.name)", "candor.probe": "\(assignment.probe.id)",
                    "candor.pace": "\(need.rawValue)", "candor.interval_seconds": "\(interval.timeInterval)",
                ]
            )
        }
        wake.send()
    }

    /// Gives each assignment of `current` without a schedule (at start, new in a reloaded plan) its first due time,
    /// paced for what its signals need now.
    private func scheduleFirstRuns(_ current: Runtime) async {
        let known = book.withLock { Set($0.schedules.keys) }
        var first: [String: AssignmentSchedule] = [:]
        for (assignment, key) in zip(current.plan.assignments, current.keys) where !known.contains(key) {
            guard let client = current.clients[assignment.target.name] else { continue }
            let proximity = await trials.proximity(assignment)
            let need = current.cadence.need(for: proximity)
            let interval = current.interval(of: assignment, for: need, client: client)
            let fast = interval < assignment.schedule.interval
            let due = firstRun(assignment, at: interval, spread: !fast && proximity.known)
            first[key] = AssignmentSchedule(due: due, need: need, fast: fast)
        }
        guard !first.isEmpty else { return }
        book.withLock { book in
            for (key, schedule) in first { book.add(key, schedule) }
        }
    }

    /// When `assignment`, due every `interval`, runs first: with `spread` (a probe whose signals sample at its
    /// schedule's pace), at a random point of its interval, so that the first runs of many targets and probes (a
    /// restart, a large fleet) spread over it at the steady rate instead of coming due together and starting
    /// late; otherwise (a warm-up at the fast pace, which only takes free slots) within its jitter.
    private func firstRun(_ assignment: Plan.Assignment, at interval: Duration, spread: Bool) -> ContinuousClock.Instant
    {
        let now = clock.instant()
        if let cron = assignment.cron {
            return instant(of: cron.next(after: clock.now()), now: now)
        }
        return now + Self.randomShift(upTo: spread ? interval : assignment.schedule.jitter, symmetric: false)
    }

    /// When `assignment` runs next after a start at `start`, `interval` apart (its own, or faster for what its
    /// signals need), with the jitter scaled alike.
    private func nextRun(
        _ assignment: Plan.Assignment,
        after start: ContinuousClock.Instant,
        interval: Duration,
        cadence: SamplingCadence
    ) -> ContinuousClock.Instant {
        if let cron = assignment.cron {
            return instant(of: cron.next(after: clock.now().addingTimeInterval(1)), now: clock.instant())
        }
        return start + interval + Self.randomShift(upTo: cadence.jitter(of: assignment, at: interval), symmetric: true)
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

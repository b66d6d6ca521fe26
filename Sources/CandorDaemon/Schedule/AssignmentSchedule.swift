import Foundation

/// Where one assignment (a probe on a target) stands in the scheduler: when it is due, whether a trial of it
/// is in flight, and how often it started late or missed its schedule because the target's slots were taken.
///
/// Pure state and decisions, with time passed in, so the fairness rules are tested without a clock.
struct AssignmentSchedule: Sendable {
    /// When the next trial is due.
    var due: ContinuousClock.Instant
    /// Whether a trial is in flight.
    var running = false
    /// When the last trial started (wall time, for the status endpoint).
    var lastStart: Date?
    /// When the last trial ended; a trial that overran its next due time queues from here, behind the
    /// probes that were already waiting.
    var finished: ContinuousClock.Instant?
    /// Trials started.
    var runs = 0
    /// Trials that started later than ``lateness(interval:)`` allows after their due time.
    var late = 0
    /// Scheduled runs that never happened: the whole intervals that passed between a due time and the start
    /// that served it.
    var skipped = 0
    /// How long after its due time the last trial started.
    var lastDelay: Duration = .zero
    /// When the last trial started, on the monotonic clock: a change of pace moves the next run from there.
    var started: ContinuousClock.Instant?
    /// What the probe's signals asked for after its last trial; the next runs are paced for it.
    var need: SamplingNeed = .regular
    /// Whether that pace is faster than the schedule the operator set (a warm-up or a statistic near its
    /// threshold, when the cadence speeds it up): such runs take the free slots, so waiting is not lateness.
    var fast = false

    /// Creates the schedule of an assignment first due at `due`, paced for `need` (`fast` when that is faster than
    /// its schedule).
    init(due: ContinuousClock.Instant, need: SamplingNeed = .regular, fast: Bool = false) {
        self.due = due
        self.need = need
        self.fast = fast
    }

    /// Since when the assignment has been waiting for a slot: its due time, or the end of its own last
    /// trial when that came later. The longest waiter goes first, so an overrun trial is not ahead of the
    /// probes it kept waiting.
    var waitingSince: ContinuousClock.Instant {
        guard let finished else { return due }
        return max(due, finished)
    }

    /// Whether it comes before `other` for a free slot: a run at the operator's schedule before a faster one
    /// (a warm-up takes the slots the monitoring probes leave free), then the one waiting longest, then the one
    /// that ran least (so probes due together take turns).
    func precedes(_ other: AssignmentSchedule) -> Bool {
        if fast != other.fast { return other.fast }
        if waitingSince != other.waitingSince { return waitingSince < other.waitingSince }
        return runs < other.runs
    }

    /// How late a start may be and still count as on time: half the interval, at most a second.
    static func lateness(interval: Duration) -> Duration {
        min(.seconds(1), interval / 2)
    }

    /// What starting a trial at `now` (wall time `wall`) means for the counts, with the next run due at
    /// `next`; `interval` is the schedule's period (for a cron schedule, the time between its runs).
    ///
    /// - Returns: the runs skipped and whether this one was late, for the metrics.
    mutating func start(
        at now: ContinuousClock.Instant,
        wall: Date,
        next: ContinuousClock.Instant,
        interval: Duration
    ) -> (skipped: Int, late: Bool) {
        let delay = due < now ? due.duration(to: now) : .zero
        // A run at a faster pace than the schedule's (warm-up, near a threshold) takes what slots are free: waiting
        // for one is neither late nor a missed run of the schedule the operator set.
        let counted = !fast
        let isLate = counted && delay > Self.lateness(interval: interval)
        let missed = counted && interval > .zero ? Int(delay / interval) : 0
        running = true
        started = now
        lastDelay = delay
        lastStart = wall
        due = next
        runs += 1
        if isLate { late += 1 }
        skipped += missed
        return (missed, isLate)
    }

    /// Marks the trial in flight as ended at `now`.
    mutating func finish(at now: ContinuousClock.Instant) {
        running = false
        finished = now
    }

    /// Takes the pace the probe's signals ask for after a trial: when it differs from the one the next run was
    /// planned for, the next run is due `interval` after the last start instead (sooner when it speeds up, later
    /// when it slows down again).
    ///
    /// - Parameter fast: whether `interval` is faster than the schedule's own.
    /// - Returns: whether the pace changed.
    @discardableResult
    mutating func adopt(_ need: SamplingNeed, interval: Duration, fast: Bool) -> Bool {
        self.fast = fast
        guard need != self.need else { return false }
        self.need = need
        if let started { due = started + interval }
        return true
    }
}

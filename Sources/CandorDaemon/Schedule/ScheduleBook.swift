import HeapModule

/// Every assignment's ``AssignmentSchedule``, kept so that the scheduler's look costs what is due, not what is
/// planned: a queue of due times (earliest first), the assignments that are due and wait for a slot, and the trials
/// in flight per target. A fleet of a thousand targets has tens of thousands of assignments and looks dozens of
/// times a second; scanning (and copying) each schedule on every look was most of the daemon's CPU.
///
/// Pure state, with time passed in; the scheduler holds it under its lock.
struct ScheduleBook: Sendable {
    /// A due time in the queue. It is stale, and skipped, when its schedule has since started, moved or gone.
    private struct Entry: Comparable, Sendable {
        var due: ContinuousClock.Instant
        var key: String

        static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.due < rhs.due }
    }

    /// The schedules by `target/probe`, running or not.
    private(set) var schedules: [String: AssignmentSchedule] = [:]
    /// The due times of the schedules that are not running, earliest first, with stale entries among them.
    private var queue = Heap<Entry>()
    /// The schedules whose due time has come and that have not started: their target's slots are taken.
    private var waiting: Set<String> = []
    /// Trials in flight per target name.
    private var inFlight: [String: Int] = [:]

    /// Adds the schedule of `key` unless it has one; returns whether it was added.
    @discardableResult
    mutating func add(_ key: String, _ schedule: AssignmentSchedule) -> Bool {
        guard schedules[key] == nil else { return false }
        schedules[key] = schedule
        if !schedule.running { queue.insert(Entry(due: schedule.due, key: key)) }
        return true
    }

    /// Keeps only the schedules of `keys` and those with a trial in flight (a reload; the queue's entries of the
    /// others go stale).
    mutating func keep(_ keys: Set<String>) {
        schedules = schedules.filter { keys.contains($0.key) || $0.value.running }
        waiting = waiting.filter { schedules[$0] != nil }
    }

    /// Forgets the schedule of `key`: its assignment is no longer planned.
    mutating func drop(_ key: String) {
        guard schedules[key]?.running == false else { return }
        schedules[key] = nil
        waiting.remove(key)
    }

    /// The schedules due at `now` that are not running, in the order they get free slots (see
    /// ``AssignmentSchedule/precedes(_:)``).
    mutating func due(at now: ContinuousClock.Instant) -> [(key: String, schedule: AssignmentSchedule)] {
        collect(at: now)
        return waiting.compactMap { key in schedules[key].map { (key, $0) } }.sorted {
            $0.schedule.precedes($1.schedule)
        }
    }

    /// Moves the schedules whose due time has come by `now` from the queue to the waiting ones, so that the next
    /// wake-up is not for them: a due trial that cannot start (its target is busy, the outbox is full) waits for a
    /// slot or the next look instead of waking the loop again at once.
    mutating func collect(at now: ContinuousClock.Instant) {
        while let entry = queue.min, entry.due <= now {
            _ = queue.popMin()
            if let schedule = schedules[entry.key], !schedule.running, schedule.due == entry.due {
                waiting.insert(entry.key)
            }
        }
    }

    /// The trials in flight on `target`.
    func running(on target: String) -> Int {
        inFlight[target, default: 0]
    }

    /// Records that the trial of `key` on `target` started, as `schedule` (``AssignmentSchedule/start(at:wall:next:interval:)``).
    mutating func start(_ key: String, target: String, as schedule: AssignmentSchedule) {
        schedules[key] = schedule
        waiting.remove(key)
        inFlight[target, default: 0] += 1
    }

    /// Records that the trial of `key` on `target` ended at `now`, and takes the pace its signals ask for
    /// (``AssignmentSchedule/adopt(_:interval:fast:)``); returns whether the pace changed.
    mutating func finish(
        _ key: String,
        target: String,
        at now: ContinuousClock.Instant,
        adopting need: SamplingNeed,
        interval: Duration,
        fast: Bool
    ) -> Bool {
        let left = inFlight[target, default: 1] - 1
        inFlight[target] = left > 0 ? left : nil
        schedules[key]?.finish(at: now)
        let changed = schedules[key]?.adopt(need, interval: interval, fast: fast) ?? false
        if let due = schedules[key]?.due { queue.insert(Entry(due: due, key: key)) }
        return changed
    }

    /// The earliest due time of a schedule that is neither running nor waiting for a slot (one already past
    /// comes due at the next look); nil when none is queued.
    mutating func nextDue() -> ContinuousClock.Instant? {
        while let entry = queue.min {
            if let schedule = schedules[entry.key], !schedule.running, schedule.due == entry.due,
                !waiting.contains(entry.key)
            {
                return entry.due
            }
            _ = queue.popMin()
        }
        return nil
    }
}

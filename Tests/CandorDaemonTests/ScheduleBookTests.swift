import Foundation
import Testing

@testable import CandorDaemon

/// The scheduler's book of schedules, with time passed in: a look returns exactly the schedules that are due and
/// not running, in the order they get free slots, and the next wake-up is the earliest of the others.
@Suite("Schedule book")
struct ScheduleBookTests {
    let origin = ContinuousClock.now

    /// A book of `t/p0` … `t/p(count-1)`, probe `i` due `i` seconds after the origin.
    private func book(_ count: Int) -> ScheduleBook {
        var book = ScheduleBook()
        for index in 0..<count {
            book.add("t/p\(index)", AssignmentSchedule(due: origin + .seconds(index)))
        }
        return book
    }

    /// Starts `key` at `now` with its next run `interval` later.
    private func start(_ key: String, in book: inout ScheduleBook, at now: ContinuousClock.Instant, interval: Int = 60)
    {
        guard var schedule = book.schedules[key] else {
            Issue.record("no schedule for \(key)")
            return
        }
        _ = schedule.start(at: now, wall: Date(), next: now + .seconds(interval), interval: .seconds(interval))
        book.start(key, target: "t", as: schedule)
    }

    @Test("a look returns the due schedules only, longest waiting first; a started one is not due again until it ends")
    func dueSchedulesOnly() {
        var book = book(10)
        let now = origin + .milliseconds(3_500)
        let first = book.due(at: now).map(\.key)
        #expect(first == ["t/p0", "t/p1", "t/p2", "t/p3"])
        start("t/p1", in: &book, at: now)
        #expect(book.running(on: "t") == 1)
        // The others stay due (their target's slot was taken) and keep their order; the next wake-up is p4's.
        let second = book.due(at: now).map(\.key)
        #expect(second == ["t/p0", "t/p2", "t/p3"])
        let wakeUp = book.nextDue()
        #expect(wakeUp == origin + .seconds(4))
        // p1's trial ends: it is due 60 s after its start, not before.
        let changed = book.finish(
            "t/p1",
            target: "t",
            at: now + .seconds(1),
            adopting: .regular,
            interval: .seconds(60),
            fast: false
        )
        #expect(!changed)
        #expect(book.running(on: "t") == 0)
        let beforeItsTime = book.due(at: now + .seconds(30)).map(\.key)
        let atItsTime = book.due(at: now + .seconds(61)).map(\.key)
        #expect(!beforeItsTime.contains("t/p1"))
        #expect(atItsTime.contains("t/p1"))
    }

    @Test("a pace that changes when a trial ends moves the next run to the new pace; the old due time goes stale")
    func aChangedPaceMovesTheNextRun() {
        var book = book(1)
        start("t/p0", in: &book, at: origin, interval: 600)
        let changed = book.finish(
            "t/p0",
            target: "t",
            at: origin + .seconds(2),
            adopting: .warmup,
            interval: .seconds(75),
            fast: true
        )
        #expect(changed)
        let wakeUp = book.nextDue()
        let early = book.due(at: origin + .seconds(74))
        let onTime = book.due(at: origin + .seconds(75)).map(\.key)
        #expect(wakeUp == origin + .seconds(75))
        #expect(early.isEmpty)
        #expect(onTime == ["t/p0"])
    }

    @Test("a reload keeps the planned schedules and those with a trial in flight; a dropped one is never due")
    func reloadKeepsPlannedAndRunning() {
        var book = book(3)
        start("t/p2", in: &book, at: origin + .seconds(2))
        book.keep(["t/p0"])
        #expect(Set(book.schedules.keys) == ["t/p0", "t/p2"])
        let due = book.due(at: origin + .seconds(5)).map(\.key)
        #expect(due == ["t/p0"])
        // An assignment already known keeps its schedule when the plan names it again.
        let added = book.add("t/p0", AssignmentSchedule(due: origin + .seconds(1_000)))
        #expect(!added)
        // The running trial of the dropped assignment ends; the next look finds it unplanned and drops it.
        _ = book.finish(
            "t/p2",
            target: "t",
            at: origin + .seconds(3),
            adopting: .regular,
            interval: .seconds(60),
            fast: false
        )
        #expect(book.running(on: "t") == 0)
        book.drop("t/p2")
        let later = book.due(at: origin + .seconds(100)).map(\.key)
        let wakeUp = book.nextDue()
        #expect(later == ["t/p0"])
        #expect(wakeUp == nil)
    }
}

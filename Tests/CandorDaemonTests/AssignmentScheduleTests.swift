import Foundation
import Testing

@testable import CandorDaemon

/// The lateness and turn rules of one assignment's schedule, with time passed in: a run at the operator's
/// schedule is counted when it starts late and goes first for a free slot; a faster run (a warm-up) is neither.
@Suite("Assignment schedule")
struct AssignmentScheduleTests {
    let origin = ContinuousClock.now

    @Test("a run at its schedule that waited 3 s is late; a warm-up run that waited as long is not")
    func latenessCountsOnlyScheduledRuns() {
        var scheduled = AssignmentSchedule(due: origin)
        var warmup = AssignmentSchedule(due: origin, need: .warmup, fast: true)
        let start = origin + .seconds(3)
        let scheduledOutcome = scheduled.start(
            at: start,
            wall: Date(),
            next: start + .seconds(600),
            interval: .seconds(600)
        )
        let warmupOutcome = warmup.start(at: start, wall: Date(), next: start + .seconds(5), interval: .seconds(600))
        #expect(scheduledOutcome.late && scheduled.late == 1)
        #expect(!warmupOutcome.late && warmup.late == 0 && warmup.skipped == 0)
    }

    @Test("a run at its schedule takes a free slot before a warm-up run that has waited longer")
    func scheduledRunsGoFirst() {
        let warmup = AssignmentSchedule(due: origin, need: .warmup, fast: true)
        let scheduled = AssignmentSchedule(due: origin + .seconds(2))
        #expect(scheduled.precedes(warmup))
        #expect(!warmup.precedes(scheduled))
        // Between two of a kind, the one waiting longest.
        let earlier = AssignmentSchedule(due: origin + .seconds(1))
        #expect(earlier.precedes(scheduled))
    }

    @Test("a pace that stops being faster than the schedule counts lateness again")
    func adoptingTheRegularPace() {
        var schedule = AssignmentSchedule(due: origin, need: .warmup, fast: true)
        _ = schedule.start(at: origin, wall: Date(), next: origin + .seconds(5), interval: .seconds(600))
        schedule.finish(at: origin + .seconds(1))
        let changed = schedule.adopt(.regular, interval: .seconds(600), fast: false)
        #expect(changed)
        #expect(schedule.due == origin + .seconds(600))
        let outcome = schedule.start(
            at: origin + .seconds(603),
            wall: Date(),
            next: origin + .seconds(1_203),
            interval: .seconds(600)
        )
        #expect(outcome.late)
    }
}

import CandorCore
import CandorProviders
import CandorRules

/// The stage after the schedule: what the ``Scheduler`` hands a due assignment to. The daemon's runs the trial
/// and records it (``recording(to:clock:)``); a test of the schedule passes its own to count the trials.
public struct TrialStage: Sendable {
    /// Whether new trials may start now; while it says no (the alert outbox is full), sampling pauses.
    public var isAccepting: @Sendable () -> Bool
    /// Runs one trial of the assignment on the target's client and records it.
    public var run: @Sendable (Plan.Assignment, any ModelClient) async -> Void
    /// Where the assignment's signals stand after a trial (warming up, near a threshold); the scheduler paces the
    /// assignment's next runs by it (``SamplingCadence``).
    public var proximity: @Sendable (Plan.Assignment) async -> SignalProximity

    /// Creates a stage from its parts; without `proximity`, every assignment keeps its regular interval.
    public init(
        isAccepting: @escaping @Sendable () -> Bool,
        run: @escaping @Sendable (Plan.Assignment, any ModelClient) async -> Void,
        proximity: @escaping @Sendable (Plan.Assignment) async -> SignalProximity = { _ in .unknown }
    ) {
        self.isAccepting = isAccepting
        self.run = run
        self.proximity = proximity
    }

    /// Runs each trial with a ``TrialRunner`` on `clock`, its item the next of the target's ``ItemCycle`` (so a
    /// target sees every item of a probe before any again), its neutral belief answers reused from the
    /// ``BeliefCache`` in the recorder's state database, and records it with `recorder`; accepts trials while the
    /// recorder's outbox has room. `onTrial` hears whether each trial got an answer (for the outage self-alert).
    public static func recording(
        to recorder: TrialRecorder,
        clock: CandorClock,
        onTrial: @escaping @Sendable (TrialAvailability) -> Void = { _ in }
    ) -> TrialStage {
        let cycle = ItemCycle(seed: UInt64.random(in: .min ... .max))
        let beliefs = recorder.beliefCache(clock: clock)
        return TrialStage(
            isAccepting: { recorder.outboxHasRoom },
            run: { assignment, client in
                let probe = assignment.probe
                let item = probe.items[cycle.next(target: assignment.target.name, probe: probe)]
                let trial = TrialPlan(probe: probe, item: item, seed: UInt64.random(in: .min ... .max))
                let record = await TrialRunner(client: client, clock: clock, beliefs: beliefs).run(
                    trial,
                    assignment: assignment
                )
                await recorder.record(record, probe: assignment.probe)
                onTrial(TrialAvailability(record, endedAt: clock.now()))
            },
            proximity: { assignment in
                await recorder.board.proximity(target: assignment.target.name, probe: assignment.probe)
            }
        )
    }
}

import CandorAlerts
import CandorDetectors
import CandorRules
import Foundation
import Logging
import Synchronization

/// Feeds recorded trials (the samples log) through a plan's signals and detectors, as the daemon would have
/// when it recorded them, and returns the alerts they would have raised: for trying a new detector, threshold or
/// `for:` on history before deploying it. Time is the records' own, so `for:` and `keep_firing_for:` behave as
/// they would have live.
public struct Replay: Sendable {
    /// The clock the board reads: the time of the record being replayed.
    private final class RecordClock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 0))
    }

    private let board: SignalBoard
    private let clock = RecordClock()
    private let probes: [String: Probe]

    /// A replay of `plan`'s configuration and rules, starting from no state: every signal warms up again (or
    /// starts from its pinned baseline). A signal's detector is calibrated when its warm-up ends, before the next
    /// record is fed, through `cache`: signals that need the same thresholds share one calibration.
    public init(plan: Plan, logger: Logger, cache: ThresholdCache = ThresholdCache()) async {
        let clock = clock
        board = SignalBoard(
            detection: plan.configuration.detection,
            logger: logger,
            plan: plan,
            alerting: plan.configuration.alerting,
            calibration: .inline(cache),
            now: { clock.time.withLock { $0 } }
        )
        probes = Dictionary(plan.rules.probes.map { ($0.id, $0) }) { first, _ in first }
        await board.pin(plan.pinnedBaselines, for: plan)
    }

    /// Whether the plan's rules have the probe `id`.
    public func knows(probe id: String) -> Bool {
        probes[id] != nil
    }

    /// Feeds one recorded trial; the alerts (firing and resolved) it raises. A trial of a probe the rules no
    /// longer have moves nothing.
    public func feed(_ record: TrialRecord) async -> [Alert] {
        await observe(record)?.update.alerts ?? []
    }

    /// Feeds one recorded trial; what it changed (as ``SignalBoard/observe(_:probe:)`` says), with its probe, or nil
    /// for a trial of a probe the rules no longer have.
    public func observe(_ record: TrialRecord) async -> (update: SignalBoard.Update, probe: Probe)? {
        guard let probe = probes[record.probe] else { return nil }
        clock.time.withLock { $0 = record.time }
        return (await board.observe(record, probe: probe), probe)
    }
}

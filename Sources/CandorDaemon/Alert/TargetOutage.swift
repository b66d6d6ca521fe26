import CandorCore
import Foundation

/// Whether one target is down, decided from its trials as they end: down once every trial has failed for
/// `outage_after` (counted from the first failure after its last answer), up again at its first answer.
///
/// A pure value with time passed in; ``OutageAlertService`` holds one per target and raises the alerts.
public struct TargetOutage: Sendable, Equatable {
    /// A change of state worth an alert.
    public enum Change: Sendable, Equatable {
        /// The target has failed every trial since `since`; `lastAnswer` is its last answer, if it gave one
        /// since the daemon started; `error` the last failure's code.
        case down(since: Date, lastAnswer: Date?, error: String)
        /// The target answered again at `at`, after failing since `since`.
        case up(since: Date, at: Date)
    }

    /// When the target last answered.
    public private(set) var lastAnswer: Date?
    /// The first failure since its last answer, while it fails.
    public private(set) var failingSince: Date?
    /// Whether it is down (the alert fires).
    public private(set) var isDown = false

    /// Creates the state of a target not yet heard from.
    public init() {}

    /// Takes in one trial's `evidence` at `time`; `threshold` is the target's `outage_after`.
    ///
    /// - Returns: the change to alert on, if any.
    public mutating func observe(
        _ evidence: TrialAvailability.Evidence,
        at time: Date,
        threshold: Duration
    ) -> Change? {
        switch evidence {
        case .none:
            return nil
        case .answered:
            lastAnswer = time
            defer {
                failingSince = nil
                isDown = false
            }
            guard isDown, let since = failingSince else { return nil }
            return .up(since: since, at: time)
        case .failed(let error):
            let since = failingSince ?? time
            failingSince = since
            guard !isDown, time.timeIntervalSince(since) >= threshold.timeInterval else { return nil }
            isDown = true
            return .down(since: since, lastAnswer: lastAnswer, error: error)
        }
    }
}

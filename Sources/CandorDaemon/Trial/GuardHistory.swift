import CandorAlerts
import CandorProviders
import CandorStore
import Foundation
import Logging

/// Rebuilds each target's guard state (the day's spent tokens, the circuit breaker's failures) from
/// the trials recorded in the state database, so that a restart neither renews a spent budget nor
/// closes a circuit that was open. A reload needs none of this: it hands the state from the old
/// clients to the new ones (``ModelClients/guardStates(of:)``).
public enum GuardHistory {
    /// How many of a target's latest trials are replayed at least, whatever their day: enough to
    /// see any breaker's run of failures (a threshold is at most a few dozen calls).
    static let latestTrials = 256

    /// Whether a failed call counts for the circuit breaker, as ``GuardedModelClient`` counts it: not
    /// when a guard skipped it, nor when it was cancelled at shutdown or failed inside Candor.
    static func isFailure(_ call: StoredCall) -> Bool {
        guard let code = call.error else { return false }
        return call.skipped != true && code != ProviderError.Code.cancelled.rawValue && code != "internal"
    }

    /// The guard state of every one of `targets` that has a daily budget or a circuit breaker,
    /// replayed from `store`'s trials of the current UTC day and the latest ones before it.
    /// A trial whose calls could not be read has none; a store that cannot be read gives no state
    /// (logged), so a start never fails on history.
    public static func states(
        from store: Store,
        targets: [Configuration.Target],
        now: Date,
        logger: Logger
    ) async -> [String: GuardState] {
        let dayStart = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        var states: [String: GuardState] = [:]
        for target in targets
        where target.limits.dailyTokenBudget != nil || target.limits.circuitBreaker != nil {
            let trials: [StoredTrial]
            do {
                trials = try await store.trials(target: target.name, since: dayStart, latest: latestTrials)
            } catch {
                logger.warning("cannot read the recent trials of target \(target.name) to restore its guards: \(error)")
                continue
            }
            var state = GuardState()
            for trial in trials {
                for call in trial.calls {
                    state.replay(
                        at: trial.time,
                        tokens: call.tokens,
                        failed: isFailure(call),
                        policy: target.limits.circuitBreaker
                    )
                }
            }
            if state != GuardState() { states[target.name] = state }
        }
        return states
    }
}

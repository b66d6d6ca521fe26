import CandorHTTP
import Foundation

/// What a target's guards remember, in wall-clock terms so that it can outlive the process: the
/// tokens spent on the current UTC day and the circuit breaker's run of failures. A reload hands it
/// from the old model client to the new one; a restart rebuilds it from the recorded trials.
public struct GuardState: Sendable, Hashable {
    /// The UTC day ``budgetSpent`` counts, as days since 1970-01-01; `nil` before any call.
    public var budgetDay: Int?
    /// Tokens spent on ``budgetDay``.
    public var budgetSpent: Int
    /// Consecutive failed calls since the last success.
    public var consecutiveFailures: Int
    /// While the circuit is open, when its cool-down ends (a trial call may then be made); `nil`
    /// while it is closed.
    public var openUntil: Date?

    /// Creates a state; the defaults are a fresh target's.
    public init(budgetDay: Int? = nil, budgetSpent: Int = 0, consecutiveFailures: Int = 0, openUntil: Date? = nil) {
        self.budgetDay = budgetDay
        self.budgetSpent = budgetSpent
        self.consecutiveFailures = consecutiveFailures
        self.openUntil = openUntil
    }

    /// Replays one call of the target's history, in time order, under `policy` (the circuit
    /// breaker's; `nil` when the target has none).
    ///
    /// - Parameters:
    ///   - time: when the call was made.
    ///   - tokens: the tokens it used, when it succeeded.
    ///   - failed: whether it failed in a way the breaker counts (not skipped by a guard, not cancelled).
    public mutating func replay(at time: Date, tokens: Int?, failed: Bool, policy: CircuitBreaker.Policy?) {
        if let tokens {
            let day = DailyTokenBudget.dayNumber(time)
            if budgetDay != day {
                budgetDay = day
                budgetSpent = 0
            }
            budgetSpent += max(0, tokens)
            consecutiveFailures = 0
            openUntil = nil
            return
        }
        guard failed, let policy else { return }
        if let until = openUntil {
            // A failure inside the cool-down cannot have been a call; after it, it was the trial.
            if time >= until { openUntil = time + policy.cooldown.timeInterval }
            return
        }
        consecutiveFailures += 1
        if consecutiveFailures >= policy.failureThreshold { openUntil = time + policy.cooldown.timeInterval }
    }
}

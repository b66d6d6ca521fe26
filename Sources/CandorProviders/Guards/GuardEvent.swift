import Foundation

/// A change in a target's guards that an operator should hear about; the daemon turns these into
/// self-alerts, and ``GuardedModelClient`` logs each one.
public enum GuardEvent: Sendable, Hashable {
    /// The circuit opened after `failures` consecutive failures; calls are skipped for `cooldown`.
    case circuitOpened(target: String, failures: Int, cooldown: Duration)
    /// A trial call succeeded and the circuit closed.
    case circuitClosed(target: String)
    /// The daily token budget is spent; calls are skipped until `renewal`.
    case budgetExhausted(target: String, spent: Int, limit: Int, renewal: Date)
    /// A new UTC day renewed the budget after it had been spent.
    case budgetRenewed(target: String)

    /// The target the event concerns.
    public var target: String {
        switch self {
        case .circuitOpened(let target, _, _), .circuitClosed(let target), .budgetExhausted(let target, _, _, _),
            .budgetRenewed(let target):
            target
        }
    }
}

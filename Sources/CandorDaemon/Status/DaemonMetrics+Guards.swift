import CandorProviders
import Foundation

/// The guards' families, read at each scrape: each target's daily token budget and circuit breaker.
extension DaemonMetrics {
    /// The families of `clients` (by target name; those without guards are left out) at `now`.
    static func guardFamilies(_ clients: [String: GuardedModelClient], now: Date) -> [ScrapedFamily] {
        var limit = ScrapedFamily("candor_budget_limit_tokens", help: "The target's daily token budget.")
        var left = ScrapedFamily(
            "candor_budget_remaining_tokens",
            help: "Tokens left of the daily budget on the current UTC day (0 once spent; renewed at midnight UTC)."
        )
        var circuit = ScrapedFamily(
            "candor_circuit_state",
            help: "The target's circuit breaker: 1 for its state (closed, open, half_open), 0 for the others."
        )
        for (target, client) in clients.sorted(by: { $0.key < $1.key }) {
            let status = client.status
            if let budget = status.budgetLimit {
                // The count of a day that has passed without a call is stale: the new day starts at 0.
                let carried = client.guardState
                let today = Int(DailyTokenBudget.renewal(after: now).timeIntervalSince1970 / 86_400) - 1
                let spent = carried.budgetDay == today ? carried.budgetSpent : 0
                limit.add(Double(budget), [("target", target)])
                left.add(Double(max(0, budget - spent)), [("target", target)])
            }
            guard let state = status.circuit else { continue }
            let current =
                switch state {
                case .closed: "closed"
                case .open: "open"
                case .halfOpen: "half_open"
                }
            for name in ["closed", "open", "half_open"] {
                circuit.add(name == current ? 1 : 0, [("target", target), ("state", name)])
            }
        }
        return [limit, left, circuit]
    }
}

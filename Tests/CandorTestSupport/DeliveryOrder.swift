import Foundation

/// Reads the alert states a receiver got, in arrival order, from the bodies Candor sends
/// (Alertmanager's `POST /api/v2/alerts`, the Alertmanager webhook format, the `candor` record),
/// and counts the deliveries that told it something older than it already knew.
public enum DeliveryOrder {
    /// How many alert states in `requests` were older than a state of the same alert received
    /// before: an earlier instance of the alert (an older `startsAt`), or firing after the same
    /// instance's resolution. A receiver keyed on the alert ends wrong after such a delivery.
    public static func violations(in requests: [WebhookReceiver.Received]) -> Int {
        var newest: [String: (startsAt: String, resolved: Bool)] = [:]
        var count = 0
        for request in requests {
            for state in states(in: request.json) {
                if let last = newest[state.alert],
                    state.startsAt < last.startsAt
                        || (state.startsAt == last.startsAt && last.resolved && !state.resolved)
                {
                    count += 1
                    continue
                }
                newest[state.alert] = (state.startsAt, state.resolved)
            }
        }
        return count
    }

    /// The alert states in one body: the alert's identity (its labels), when the instance
    /// started, and whether it is resolved.
    static func states(in body: Any?) -> [(alert: String, startsAt: String, resolved: Bool)] {
        let alerts: [[String: Any]]
        if let list = body as? [[String: Any]] {
            alerts = list
        } else if let object = body as? [String: Any] {
            alerts = object["alerts"] as? [[String: Any]] ?? [object]
        } else {
            return []
        }
        return alerts.map { alert in
            let labels = (alert["labels"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
            let resolved =
                (alert["status"] as? String).map { $0 == "resolved" }
                ?? (alert["endsAt"] as? String).map { !$0.hasPrefix("0001") } ?? false
            return (
                labels.map { "\($0.key)=\($0.value)" }.joined(separator: ","), alert["startsAt"] as? String ?? "",
                resolved
            )
        }
    }
}

import Foundation

/// One message to one sink: a group of alerts that share the sink's `group_by` labels, under a
/// `webhook-id` that stays the same across every retry (and restart) of this message.
public struct AlertNotification: Sendable, Hashable {
    /// The idempotency key, sent as `webhook-id`: receivers drop a message they have already seen.
    public var id: String
    /// The sink's name (Alertmanager's `receiver`).
    public var receiver: String
    /// Identifies the group: the sink's name and the values of its `group_by` labels.
    public var groupKey: String
    /// The values of the `group_by` labels shared by every alert of the group.
    public var groupLabels: [String: String]
    /// The alerts, oldest first.
    public var alerts: [Alert]

    /// Creates a notification.
    public init(id: String, receiver: String, groupKey: String, groupLabels: [String: String], alerts: [Alert]) {
        self.id = id
        self.receiver = receiver
        self.groupKey = groupKey
        self.groupLabels = groupLabels
        self.alerts = alerts
    }

    /// `firing` if any alert of the group fires, otherwise `resolved`.
    public var status: Alert.Status {
        alerts.contains { $0.status == .firing } ? .firing : .resolved
    }

    /// Labels with the same value on every alert.
    public var commonLabels: [String: String] {
        Self.common(alerts.map(\.labels))
    }

    /// Annotations with the same value on every alert.
    public var commonAnnotations: [String: String] {
        Self.common(alerts.map(\.annotations))
    }

    private static func common(_ maps: [[String: String]]) -> [String: String] {
        guard var result = maps.first else { return [:] }
        for map in maps.dropFirst() {
            result = result.filter { map[$0.key] == $0.value }
        }
        return result
    }
}

import Foundation

/// The body format of a webhook.
public enum NotificationFormat: String, Sendable, CaseIterable {
    /// Candor's own record, `candor.alert/v1` (one alert per message, as in `alerts.jsonl`).
    case candor
    /// Alertmanager's webhook body, version 4, so existing Alertmanager receivers work unchanged.
    case alertmanager
    /// Slack's incoming-webhook body (`text` plus one attachment per alert).
    case slack

    /// Whether several alerts can share one message; `candor` bodies carry exactly one.
    public var groupsAlerts: Bool { self != .candor }

    /// The body of `notification` in this format.
    ///
    /// - Throws: an `EncodingError` if an alert cannot be encoded (a non-finite number).
    public func body(of notification: AlertNotification, externalURL: String) throws -> [UInt8] {
        switch self {
        case .candor:
            return Array(try RecordCodec.encoder().encode(notification.alerts[0]))
        case .alertmanager:
            return try Self.json(Self.alertmanagerWebhook(notification, externalURL: externalURL))
        case .slack:
            return try Self.json(Self.slack(notification))
        }
    }

    /// The body of Alertmanager's `POST /api/v2/alerts`: an array of postable alerts; `generatorURL`
    /// is Candor's external URL, under which each alert links to its page.
    ///
    /// - Throws: an `EncodingError` (never, in practice: the values are strings).
    public static func alertmanagerAPI(_ alerts: [Alert], generatorURL: String) throws -> [UInt8] {
        let postable: [[String: Any]] = alerts.map { alert in
            var object: [String: Any] = [
                "labels": alert.labels,
                "annotations": alert.annotations,
                "startsAt": Timestamp.format(alert.startsAt),
                "generatorURL": alert.generatorURL(externalURL: generatorURL),
            ]
            if let endsAt = alert.endsAt { object["endsAt"] = Timestamp.format(endsAt) }
            return object
        }
        return try json(postable)
    }

    static func alertmanagerWebhook(_ notification: AlertNotification, externalURL: String) -> [String: Any] {
        [
            "version": "4",
            "groupKey": notification.groupKey,
            "truncatedAlerts": 0,
            "status": notification.status.rawValue,
            "receiver": notification.receiver,
            "groupLabels": notification.groupLabels,
            "commonLabels": notification.commonLabels,
            "commonAnnotations": notification.commonAnnotations,
            "externalURL": externalURL,
            "alerts": notification.alerts.map { alert -> [String: Any] in
                [
                    "status": alert.status.rawValue,
                    "labels": alert.labels,
                    "annotations": alert.annotations,
                    "startsAt": Timestamp.format(alert.startsAt),
                    "endsAt": alert.endsAt.map(Timestamp.format) ?? "0001-01-01T00:00:00Z",
                    "generatorURL": alert.generatorURL(externalURL: externalURL),
                    "fingerprint": alert.fingerprint,
                ]
            },
        ]
    }

    static func slack(_ notification: AlertNotification) -> [String: Any] {
        let firing = notification.alerts.filter { $0.status == .firing }.count
        let title =
            notification.status == .firing
            ? "[FIRING:\(firing)] \(notification.commonLabels["alertname"] ?? "Candor alerts")"
            : "[RESOLVED] \(notification.commonLabels["alertname"] ?? "Candor alerts")"
        return [
            "text": title,
            "attachments": notification.alerts.map { alert -> [String: Any] in
                var fields: [[String: Any]] = alert.labels.sorted { $0.key < $1.key }.map {
                    ["title": $0.key, "value": $0.value, "short": true]
                }
                if let current = alert.current, let baseline = alert.baseline {
                    fields.append([
                        "title": "rate",
                        "value": String(
                            format: "%.1f%% (baseline %.1f%%, %d samples)",
                            current.rate * 100,
                            baseline.rate * 100,
                            current.samples
                        ),
                        "short": false,
                    ])
                }
                return [
                    "color": alert.status == .resolved
                        ? "good" : (alert.labels["severity"] == "critical" ? "danger" : "warning"),
                    "title":
                        "\(alert.status == .firing ? "🔥" : "✅") \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")",
                    "text": alert.annotations["description"] ?? "",
                    "fields": fields,
                    "footer": "candor · \(alert.fingerprint)",
                ]
            },
        ]
    }

    static func json(_ object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}

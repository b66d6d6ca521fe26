import CandorAlerts
import Foundation
import Synchronization

/// Candor's alerts about itself that fire now (a spent token budget, an open circuit, a target
/// down, an undeliverable sink, a rejected reload), by fingerprint: the one place that knows them,
/// so they repeat like the detectors' alerts, show in `candor status` and the alerts API, and
/// resolve once, whichever service raised them and across restarts (the outbox keeps their last
/// state, from which ``restore(from:)`` rebuilds the set).
///
/// Every self-alert passes through ``admit(_:)`` on its way into the outbox: a firing alert already
/// open is not sent again (its repeats come from the repeat schedule), and a resolution is sent only
/// for an alert that is open, carrying that alert's id and `startsAt`. A service that lost track of
/// an alert (the daemon restarted meanwhile) can thus resolve it by sending a resolution with the
/// same labels.
public final class OpenSelfAlerts: Sendable {
    private let open: Mutex<[String: Alert]>

    /// Creates the set with `alerts` open.
    public init(_ alerts: [Alert] = []) {
        open = Mutex(Dictionary(alerts.map { ($0.fingerprint, $0) }) { first, _ in first })
    }

    /// Whether `alert` is one of Candor's alerts about itself (``Alert/init(about:severity:summary:description:extraLabels:startsAt:)``).
    public static func isSelfAlert(_ alert: Alert) -> Bool {
        alert.labels["source"] == "candor"
    }

    /// The open self-alerts, oldest first.
    public var firing: [Alert] {
        open.withLock { Array($0.values) }.sorted { $0.startsAt < $1.startsAt }
    }

    /// What of `alert`, a self-alert on its way to the sinks, is to be sent: a firing alert not
    /// open yet (it opens), or the resolution of an open one (it closes; the resolution carries the
    /// open alert's id, `startsAt` and words, and `alert`'s `endsAt`); nil when there is nothing new.
    public func admit(_ alert: Alert) -> Alert? {
        open.withLock { open in
            switch alert.status {
            case .firing:
                guard open[alert.fingerprint] == nil else { return nil }
                open[alert.fingerprint] = alert
                return alert
            case .resolved:
                // A reload that changed the config's static labels changes the fingerprint of the resolution, not
                // of the alert that is open: then the open one about the same thing is the one resolved.
                let key =
                    open[alert.fingerprint] != nil
                    ? alert.fingerprint
                    : open.first { Self.sameSubject($0.value, alert) }?.key
                guard let key, var resolved = open.removeValue(forKey: key) else { return nil }
                resolved.status = .resolved
                resolved.endsAt = alert.endsAt ?? alert.startsAt
                return resolved
            }
        }
    }

    /// The labels Candor itself gives a self-alert: what it is about, whatever static labels the config adds.
    static let subjectLabels = ["alertname", "source", "target", "sink", "probe", "signal"]

    /// Whether `open` and `other` are about the same thing (the same ``subjectLabels``).
    static func sameSubject(_ open: Alert, _ other: Alert) -> Bool {
        subjectLabels.allSatisfy { open.labels[$0] == other.labels[$0] }
    }

    /// The self-alerts whose last state in the outbox is firing: those a previous run raised and
    /// did not resolve; records that cannot be decoded are skipped.
    static func restore(from records: [Data]) -> OpenSelfAlerts {
        let decoder = RecordCodec.decoder()
        return OpenSelfAlerts(
            records.compactMap { try? decoder.decode(Alert.self, from: $0) }.filter {
                isSelfAlert($0) && $0.status == .firing
            }
        )
    }
}

import CandorAlerts
import CandorStore
import Foundation
import Synchronization

/// The `CandorAlertUndeliverable` self-alert of each sink: raised (to the other sinks) when a
/// message to the sink goes to the dead-letter file, resolved when the sink next acknowledges one.
/// An alert a previous run raised and did not resolve is taken up again from the outbox.
final class UndeliverableAlerts: Sendable {
    private let open = Mutex<[String: Alert]>([:])

    /// Creates the set with the alerts still open (firing) at start.
    init(open alerts: [String: Alert] = [:]) {
        open.withLock { $0 = alerts }
    }

    /// The self-alerts of `sinks` that a previous run raised and did not resolve, by sink.
    static func restore(sinks: [String], from store: Store) async -> [String: Alert] {
        var open: [String: Alert] = [:]
        for sink in sinks {
            let fingerprint = alert(sink: sink, attempts: 0, reason: "", deadLetter: "", at: .distantPast).fingerprint
            guard let record = try? await store.newestOutboxRecord(fingerprint: fingerprint),
                let alert = try? RecordCodec.decoder().decode(Alert.self, from: record), alert.status == .firing
            else { continue }
            open[sink] = alert
        }
        return open
    }

    /// The self-alert that says `sink` could not deliver a message after `attempts` attempts.
    static func alert(sink: String, attempts: Int, reason: String, deadLetter: String, at now: Date) -> Alert {
        Alert(
            about: "CandorAlertUndeliverable",
            severity: "critical",
            summary: "alerts to sink \(sink) could not be delivered; they are in \(deadLetter)",
            description: "last error after \(attempts) attempt(s): \(reason)",
            extraLabels: ["sink": sink],
            startsAt: now
        )
    }

    /// Opens `alert` for `sink`; returns it when it is new (none was open), to be enqueued.
    func raise(_ alert: Alert, sink: String) -> Alert? {
        open.withLock { current in
            guard current[sink] == nil else { return nil }
            current[sink] = alert
            return alert
        }
    }

    /// Closes the open alert of `sink` at `now`; returns its resolution to enqueue, if one was open.
    func resolve(sink: String, at now: Date) -> Alert? {
        guard var alert = open.withLock({ $0.removeValue(forKey: sink) }) else { return nil }
        alert.status = .resolved
        alert.endsAt = now
        return alert
    }
}

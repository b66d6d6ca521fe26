import CandorAlerts
import CandorStore
import Foundation
import Logging

/// The last stage of a message that is given up on: writes it to the dead-letter file and raises
/// its sink's `CandorAlertUndeliverable` self-alert to the other sinks; resolves that alert when
/// the sink acknowledges again. The outbox's ``OpenSelfAlerts`` keeps one alert per sink open
/// (also across restarts) and drops the resolution of one that is not.
struct DeadLetters {
    let file: JSONLinesFile
    let outbox: AlertOutbox
    /// Adds the config's static labels and runbook link to a self-alert.
    let labelled: @Sendable (Alert) async -> Alert
    let logger: Logger

    /// Writes `notification` to the dead-letter file (before its rows are marked dead, so a crash
    /// in between repeats it rather than losing it) and raises the sink's self-alert, at `now`.
    ///
    /// - Throws: ``StoreError`` if the self-alert cannot be enqueued.
    func write(
        _ notification: AlertNotification,
        attempts: Int,
        reason: String,
        sink: String,
        at now: Date
    ) async throws(StoreError) {
        let record = DeadLetter(
            time: now,
            sink: sink,
            webhookId: notification.id,
            attempts: attempts,
            reason: reason,
            alerts: notification.alerts
        )
        do {
            try file.append(record)
        } catch {
            logger.error("could not write the dead-letter file: \(error)")
        }
        logger.error(
            "alert notification undeliverable after \(attempts) attempt(s), written to \(file.path): \(reason)",
            metadata: ["candor.sink": "\(sink)", "candor.webhook_id": "\(notification.id)"]
        )
        let alert = await labelled(
            Self.alert(sink: sink, attempts: attempts, reason: reason, deadLetter: file.path, at: now)
        )
        try await outbox.enqueue([alert], excluding: sink)
    }

    /// Resolves the self-alert of `sink`, if one is open: the sink acknowledged a message at `now`.
    func acknowledged(sink: String, at now: Date) async {
        // Labelled as the firing one was, so it has the same fingerprint and resolves it.
        var resolution = await labelled(Self.alert(sink: sink, attempts: 0, reason: "", deadLetter: file.path, at: now))
        resolution.status = .resolved
        resolution.endsAt = now
        do {
            _ = try await outbox.enqueue([resolution], excluding: sink)
        } catch {
            logger.error("could not queue the resolution of the self-alert of sink \(sink): \(error)")
        }
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
}

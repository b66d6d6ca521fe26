import CandorAlerts
import CandorStore
import Foundation
import Logging

/// The last stage of a message that is given up on: writes it to the dead-letter file and raises
/// its sink's `CandorAlertUndeliverable` self-alert to the other sinks; resolves that alert when
/// the sink acknowledges again.
struct DeadLetters {
    let file: JSONLinesFile
    let outbox: AlertOutbox
    let undeliverable: UndeliverableAlerts
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
        let alert = UndeliverableAlerts.alert(
            sink: sink,
            attempts: attempts,
            reason: reason,
            deadLetter: file.path,
            at: now
        )
        if let raised = undeliverable.raise(alert, sink: sink) { try await outbox.enqueue([raised], excluding: sink) }
    }

    /// Resolves the self-alert of `sink`, if one is open: the sink acknowledged a message at `now`.
    func acknowledged(sink: String, at now: Date) async {
        if let resolution = undeliverable.resolve(sink: sink, at: now) {
            try? await outbox.enqueue([resolution], excluding: sink)
        }
    }
}

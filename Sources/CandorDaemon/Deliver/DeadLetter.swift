import CandorAlerts
import Foundation

/// A notification that could not be delivered, as written to the dead-letter file.
struct DeadLetter: Encodable {
    /// The record's schema.
    var schema = "candor.deadletter/v1"
    /// When it was given up on.
    var time: Date
    /// The sink's name.
    var sink: String
    /// The message's `webhook-id`.
    var webhookId: String
    /// Attempts made.
    var attempts: Int
    /// The last error.
    var reason: String
    /// The alerts it carried.
    var alerts: [Alert]
}

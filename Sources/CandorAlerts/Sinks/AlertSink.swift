/// Somewhere notifications go: the alert file, a webhook, Alertmanager's API.
///
/// `send` reports the outcome instead of throwing, so the delivery loop decides about retries
/// in one place; a sink never retries by itself.
public protocol AlertSink: Sendable {
    /// The sink's name in the config (and the outbox).
    var name: String { get }
    /// Whether several alerts may share one message.
    var groupsAlerts: Bool { get }
    /// Sends `notification` once.
    func send(_ notification: AlertNotification) async -> DeliveryOutcome
}

/// What one attempt at sending a notification came to.
public enum DeliveryOutcome: Sendable, Equatable {
    /// The sink acknowledged it (a 2xx answer, or a whole line written).
    case delivered
    /// It failed in a way that may pass: a connection error, a timeout, 408, 429 or 5xx;
    /// `after` is the server's `Retry-After`, if it sent one.
    case retry(after: Duration?, reason: String)
    /// It failed in a way a retry will not fix (another 4xx): it goes to the dead-letter file.
    case rejected(reason: String)
}

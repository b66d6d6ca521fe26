import CandorAlerts
import CandorStore

/// The outcomes of a delivery pass not yet recorded in the store: they are committed together,
/// every ``maxOutcomes`` messages or after ``maxAge``, whichever comes first, so a pass costs a
/// few commits rather than one per message.
struct DeliveryLedger {
    /// The most outcomes recorded in one commit.
    static let maxOutcomes = 256
    /// The longest an outcome waits to be recorded.
    static let maxAge = Duration.milliseconds(250)

    /// The outcomes to record.
    var outcomes: [OutboxOutcome] = []
    /// The messages acknowledged, reported once their outcomes are recorded.
    var acknowledged: [AlertNotification] = []
    /// Rows that leave the queue when the outcomes are recorded.
    var finishedRows = 0
    /// When the oldest outcome was added.
    var since: ContinuousClock.Instant?

    /// Notes `outcome` of a message of `rows` rows, at the monotonic instant `now`.
    mutating func add(_ outcome: OutboxOutcome, rows: Int, at now: ContinuousClock.Instant) {
        outcomes.append(outcome)
        if case .retry = outcome {} else { finishedRows += rows }
        since = since ?? now
    }

    /// Whether the ledger is due to be recorded at the monotonic instant `now`.
    func isFull(at now: ContinuousClock.Instant) -> Bool {
        outcomes.count >= Self.maxOutcomes || since.map { now - $0 >= Self.maxAge } == true
    }
}

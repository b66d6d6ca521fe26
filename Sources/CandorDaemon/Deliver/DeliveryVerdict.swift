import CandorAlerts
import CandorStore
import Foundation

/// What becomes of a message after one attempt, decided from the sink's answer, the message's
/// rows (attempts so far, first attempt), the backoff policy, `now` and a random number alone
/// (Alertmanager's retry stage, without its sleeping): acknowledged, tried again at a due time,
/// or given up on into the dead-letter file.
enum DeliveryVerdict: Equatable {
    /// The sink acknowledged the message.
    case acknowledged
    /// The message is tried again at `due`; `attempts` attempts have failed so far.
    case retry(due: Date, attempts: Int, reason: String)
    /// The message goes to the dead-letter file after `attempts` attempts.
    case deadLetter(attempts: Int, reason: String)

    /// The verdict on `outcome`, the answer to the latest attempt at the message of `rows`.
    ///
    /// A failure is retried with `backoff`'s delay (equal jitter placed by `unit`, in `[0, 1)`,
    /// never sooner than `Retry-After`) until the policy gives up, counted from the message's
    /// first attempt (or, for rows started before that was recorded, from when they were written).
    init(
        _ outcome: DeliveryOutcome,
        rows: [OutboxEntry],
        backoff: DeliveryBackoff,
        now: Date,
        unit: Double
    ) {
        let attempts = rows[0].attempts + 1
        switch outcome {
        case .delivered:
            self = .acknowledged
        case .rejected(let reason):
            self = .deadLetter(attempts: attempts, reason: reason)
        case .retry(let retryAfter, let reason):
            let first = rows.compactMap(\.firstAttempt).min() ?? rows.map(\.created).min()!
            let elapsed = Duration.milliseconds(Int64(max(0, now.timeIntervalSince(first)) * 1000))
            if backoff.givesUp(afterAttempts: attempts, elapsed: elapsed) {
                self = .deadLetter(attempts: attempts, reason: reason)
            } else {
                let delay = backoff.delay(afterAttempt: attempts, retryAfter: retryAfter, unit: unit)
                self = .retry(due: now.addingTimeInterval(delay.timeInterval), attempts: attempts, reason: reason)
            }
        }
    }
}

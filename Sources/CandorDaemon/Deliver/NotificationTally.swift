import CandorStore
import Synchronization

/// How the notifications of each sink ended since the daemon started, by result: acknowledged (`sent`), failed
/// and to be retried (`failed`), or given up on and written to the dead-letter file (`dead_letter`); counted as
/// their outcomes are recorded, for `/metrics`.
public final class NotificationTally: Sendable {
    /// How one attempt at a notification ended.
    public enum Result: String, Sendable, CaseIterable {
        /// The sink acknowledged it.
        case sent
        /// The attempt failed; it is tried again.
        case failed
        /// It was given up on and written to the dead-letter file.
        case deadLetter = "dead_letter"
    }

    private let counts = Mutex<[String: [Result: Int]]>([:])

    /// An empty tally.
    public init() {}

    /// Counts `outcomes`, just recorded in the store.
    func count(_ outcomes: [OutboxOutcome]) {
        counts.withLock { counts in
            for outcome in outcomes {
                switch outcome {
                case .sent(_, let sink, _): counts[sink, default: [:]][.sent, default: 0] += 1
                case .retry(_, let sink, _, _): counts[sink, default: [:]][.failed, default: 0] += 1
                case .dead(_, let sink, _): counts[sink, default: [:]][.deadLetter, default: 0] += 1
                }
            }
        }
    }

    /// The notifications of `sink` so far, by result (a result that never happened is absent).
    public func counts(sink: String) -> [Result: Int] {
        counts.withLock { $0[sink] ?? [:] }
    }
}

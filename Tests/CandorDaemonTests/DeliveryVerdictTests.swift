import CandorAlerts
import CandorStore
import Foundation
import Testing

@testable import CandorDaemon

/// What becomes of a message after an attempt: a failure is retried after the documented backoff
/// (never before `Retry-After`) until the retry budget, counted from the first attempt, is spent;
/// a rejection goes straight to the dead-letter file.
@Suite("delivery verdict")
struct DeliveryVerdictTests {
    static let first = Date(timeIntervalSince1970: 1_800_000_000)
    static let backoff = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(300), giveUpAfter: .seconds(3600))

    static func rows(attempts: Int) -> [OutboxEntry] {
        var row = OutboxEntry(
            sink: "hook",
            notifyKey: "a:firing",
            groupKey: "hook:{}",
            fingerprint: "a",
            record: Data(),
            created: first.addingTimeInterval(-5)
        )
        row.attempts = attempts
        row.firstAttempt = first
        return [row]
    }

    @Test("the third failure waits between 2 and 4 seconds; a Retry-After of a minute is honoured")
    func retryDelay() {
        let now = Self.first.addingTimeInterval(10)
        for unit in [0.0, 0.5, 0.999] {
            let verdict = DeliveryVerdict(
                .retry(after: nil, reason: "503"),
                rows: Self.rows(attempts: 2),
                backoff: Self.backoff,
                now: now,
                unit: unit
            )
            guard case .retry(let due, let attempts, _) = verdict else {
                Issue.record("expected a retry, got \(verdict)")
                continue
            }
            #expect(attempts == 3)
            #expect((2...4).contains(due.timeIntervalSince(now)))
        }
        let polite = DeliveryVerdict(
            .retry(after: .seconds(60), reason: "429"),
            rows: Self.rows(attempts: 0),
            backoff: Self.backoff,
            now: now,
            unit: 0.5
        )
        #expect(polite == .retry(due: now.addingTimeInterval(60), attempts: 1, reason: "429"))
    }

    @Test("an hour after the first attempt a failing message is given up on, whatever the attempt count")
    func givesUpByTime() {
        let verdict = DeliveryVerdict(
            .retry(after: nil, reason: "connection refused"),
            rows: Self.rows(attempts: 4),
            backoff: Self.backoff,
            now: Self.first.addingTimeInterval(3600),
            unit: 0.5
        )
        #expect(verdict == .deadLetter(attempts: 5, reason: "connection refused"))
    }

    @Test("a rejected message is not retried; an acknowledged one is done")
    func rejectedAndDelivered() {
        let rows = Self.rows(attempts: 0)
        let rejected = DeliveryVerdict(
            .rejected(reason: "400"),
            rows: rows,
            backoff: Self.backoff,
            now: Self.first,
            unit: 0
        )
        #expect(rejected == .deadLetter(attempts: 1, reason: "400"))
        #expect(
            DeliveryVerdict(.delivered, rows: rows, backoff: Self.backoff, now: Self.first, unit: 0) == .acknowledged
        )
    }
}

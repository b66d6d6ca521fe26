import CandorAlerts
import CandorHTTP
import Testing

/// The one backoff behind both retry schedules, as a user reads them in the docs: a model call
/// waits anywhere up to its doubling ceiling (full jitter), a notification at least half of it
/// (equal jitter); both wait at least as long as a server's `Retry-After`.
@Suite("backoff bounds")
struct BackoffBoundsTests {
    /// Jitter draws across `[0, 1)`, the ends included.
    static let units = [0.0, 0.001, 0.25, 0.5, 0.75, 0.999]

    @Test("a model call's n-th retry waits between zero and min(initial × 2^(n-1), max), or exactly Retry-After")
    func modelCalls() {
        let policy = RetryPolicy(maxAttempts: 20, initialBackoff: .milliseconds(500), maxBackoff: .seconds(30))
        for attempt in 1..<20 {
            let ceiling = min(Duration.milliseconds(500) * (1 << min(attempt - 1, 30)), .seconds(30))
            for unit in Self.units {
                guard case .retry(let delay) = policy.decision(afterAttempt: attempt, retryAfter: nil, unitRandom: unit)
                else {
                    Issue.record("attempt \(attempt) of 20 was not retried")
                    continue
                }
                #expect(delay >= .zero && delay <= ceiling, "attempt \(attempt), draw \(unit): \(delay)")
            }
            #expect(
                policy.decision(afterAttempt: attempt, retryAfter: .seconds(7), unitRandom: 0.9)
                    == .retry(after: .seconds(7))
            )
        }
        #expect(
            policy.decision(afterAttempt: 1, retryAfter: .seconds(61), unitRandom: 0) == .stop,
            "beyond max_retry_after"
        )
    }

    @Test(
        "a notification's n-th retry waits between half and all of min(initial × 2^(n-1), max), never under Retry-After"
    )
    func notifications() {
        let backoff = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(300))
        for attempt in 1..<40 {
            let ceiling = min(Duration.seconds(1) * (1 << min(attempt - 1, 30)), .seconds(300))
            for unit in Self.units {
                let delay = backoff.delay(afterAttempt: attempt, retryAfter: nil, unit: unit)
                #expect(delay >= ceiling / 2 && delay <= ceiling, "attempt \(attempt), draw \(unit): \(delay)")
                let polite = backoff.delay(afterAttempt: attempt, retryAfter: .seconds(200), unit: unit)
                #expect(polite >= .seconds(200) && polite <= max(ceiling, .seconds(200)))
            }
        }
    }

    @Test("the shared backoff: same ceilings for both jitters, equal jitter never below half of full jitter's range")
    func oneRule() {
        let full = RetryPolicy.Backoff(initial: .seconds(2), maximum: .seconds(60), jitter: .full)
        let equal = RetryPolicy.Backoff(initial: .seconds(2), maximum: .seconds(60), jitter: .equal)
        for attempt in 1..<10 {
            #expect(full.ceiling(afterAttempt: attempt) == equal.ceiling(afterAttempt: attempt))
            #expect(full.delay(afterAttempt: attempt, unit: 0) == .zero)
            #expect(equal.delay(afterAttempt: attempt, unit: 0) == equal.ceiling(afterAttempt: attempt) / 2)
            #expect(full.delay(afterAttempt: attempt, unit: 0, notBefore: .seconds(90)) == .seconds(90))
        }
    }
}

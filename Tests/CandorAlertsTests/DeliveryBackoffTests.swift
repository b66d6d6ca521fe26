import CandorAlerts
import Testing

/// The retry schedule of failed notifications: patient enough for an hour's outage whatever the
/// jitter draws, never sooner than `Retry-After`.
@Suite("delivery backoff")
struct DeliveryBackoffTests {
    /// The seconds a message has been retried when `backoff` gives up on it, every jitter draw `unit`.
    static func secondsUntilGivingUp(_ backoff: DeliveryBackoff, unit: Double) -> Double {
        var elapsed = 0.0
        for attempts in 1...100_000 {
            if backoff.givesUp(afterAttempts: attempts, elapsed: .milliseconds(Int64(elapsed * 1000))) { break }
            elapsed += backoff.delay(afterAttempt: attempts, retryAfter: nil, unit: unit).timeInterval
        }
        return elapsed
    }

    @Test("the defaults retry through at least an hour of outage, even when the jitter always draws the shortest delay")
    func defaultsSpanAnHour() {
        let backoff = DeliveryBackoff()
        for unit in [0, 0.5, 0.999] {
            #expect(Self.secondsUntilGivingUp(backoff, unit: unit) >= 3600, "jitter draw \(unit)")
        }
        #expect(!backoff.givesUp(afterAttempts: 500, elapsed: .seconds(3599)), "no attempt limit by default")
    }

    @Test("equal jitter: a retry waits at least half its doubling ceiling, at most all of it, capped at max_backoff")
    func equalJitter() {
        let backoff = DeliveryBackoff(initial: .seconds(1), maximum: .seconds(300))
        #expect(backoff.delay(afterAttempt: 1, retryAfter: nil, unit: 0) == .milliseconds(500))
        #expect(backoff.delay(afterAttempt: 4, retryAfter: nil, unit: 0) == .seconds(4))
        #expect(backoff.delay(afterAttempt: 4, retryAfter: nil, unit: 0.999) < .seconds(8))
        #expect(backoff.delay(afterAttempt: 40, retryAfter: nil, unit: 0) == .seconds(150))
        #expect(backoff.delay(afterAttempt: 40, retryAfter: nil, unit: 1) == .seconds(300))
    }

    @Test("never sooner than Retry-After; max_attempts still limits attempts when set")
    func retryAfterAndAttempts() {
        let backoff = DeliveryBackoff(maxAttempts: 3)
        #expect(backoff.delay(afterAttempt: 1, retryAfter: .seconds(120), unit: 0.5) == .seconds(120))
        #expect(backoff.delay(afterAttempt: 12, retryAfter: .seconds(1), unit: 0) == .seconds(150))
        #expect(!backoff.givesUp(afterAttempts: 2, elapsed: .seconds(1)))
        #expect(backoff.givesUp(afterAttempts: 3, elapsed: .seconds(1)))
        #expect(DeliveryBackoff(giveUpAfter: .seconds(60)).givesUp(afterAttempts: 2, elapsed: .seconds(60)))
    }
}

import CandorHTTP
import Foundation
import Testing

/// The pure retry decisions: which outcomes retry, the full-jitter backoff, and `Retry-After`.
@Suite("Retry policy and Retry-After")
struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 5, initialBackoff: .milliseconds(100), maxBackoff: .milliseconds(500))

    @Test("the backoff ceiling doubles per attempt up to the maximum")
    func ceilings() {
        #expect(
            (1...5).map(policy.backoffCeiling(afterAttempt:)) == [
                .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500), .milliseconds(500),
            ]
        )
    }

    @Test("full jitter spreads the wait over zero to the ceiling")
    func jitter() {
        #expect(policy.decision(afterAttempt: 2, retryAfter: nil, unitRandom: 0) == .retry(after: .zero))
        #expect(policy.decision(afterAttempt: 2, retryAfter: nil, unitRandom: 0.25) == .retry(after: .milliseconds(50)))
        guard case .retry(let longest) = policy.decision(afterAttempt: 2, retryAfter: nil, unitRandom: 0.999_999) else {
            Issue.record("no retry after attempt 2 of 5")
            return
        }
        #expect(longest > .milliseconds(199) && longest <= .milliseconds(200))
    }

    @Test("the last attempt stops; Retry-After replaces the backoff unless it is too long")
    func stopping() {
        #expect(policy.decision(afterAttempt: 5, retryAfter: nil, unitRandom: 0.5) == .stop)
        #expect(
            policy.decision(afterAttempt: 1, retryAfter: .seconds(9), unitRandom: 0.5) == .retry(after: .seconds(9))
        )
        #expect(policy.decision(afterAttempt: 1, retryAfter: .seconds(61), unitRandom: 0.5) == .stop)
        #expect(RetryPolicy.never.decision(afterAttempt: 1, retryAfter: nil, unitRandom: 0.5) == .stop)
    }

    @Test("connection failures, 408, 429 and 5xx retry; other statuses and errors do not")
    func retryable() {
        #expect([408, 429, 500, 502, 503, 504, 529].allSatisfy(RetryPolicy.isRetryable(status:)))
        #expect(![200, 400, 401, 403, 404, 409, 422, 501, 505].contains(where: RetryPolicy.isRetryable(status:)))
        #expect(RetryPolicy.isRetryable(.connect) && RetryPolicy.isRetryable(.connectionLost))
        let final: [HTTPError.Code] = [.timeout, .tls, .responseTooLarge, .cancelled, .invalidRequest, .transport]
        #expect(!final.contains(where: RetryPolicy.isRetryable))
    }

    @Test("Retry-After reads delta-seconds and all three HTTP-date forms; junk is ignored")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.delay("120", now: now) == .seconds(120))
        #expect(RetryAfter.delay(" 0 ", now: now) == .zero)
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:49:47 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.delay("Sunday, 06-Nov-94 08:49:57 GMT", now: now) == .seconds(20))
        #expect(RetryAfter.delay("Sun Nov  6 08:50:07 1994", now: now) == .seconds(30))
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero, "a date in the past")
        #expect(RetryAfter.delay("-5", now: now) == nil)
        #expect(RetryAfter.delay("soon", now: now) == nil)
        #expect(RetryAfter.delay("", now: now) == nil)
        #expect(RetryAfter.delay("99999999999999999999999", now: now) == RetryAfter.longest, "saturates at a day")
        #expect(RetryAfter.delay("Fri, 06 Nov 2099 08:49:47 GMT", now: now) == RetryAfter.longest)
    }
}

import CandorCore
import Logging

extension HTTPTransport {
    /// Sends `request`, and sends it again as `policy` says after a connection failure or a
    /// retryable status (408, 429, 5xx), waiting a jittered backoff or what `Retry-After` asks.
    ///
    /// - Parameters:
    ///   - clock: the wall clock (for a `Retry-After` date) and the wait between attempts.
    ///   - jitter: places each backoff within its jitter range.
    /// - Returns: the last response, whatever its status; ``HTTPResponse/attempts`` tells how
    ///   many attempts it took.
    /// - Throws: the last ``HTTPError`` when no attempt got a response (its message says how many
    ///   attempts were made), or a ``HTTPError/Code/cancelled`` error when the task was cancelled
    ///   while waiting.
    public func send(
        _ request: HTTPRequest,
        retrying policy: RetryPolicy,
        clock: CandorClock = .system,
        jitter: UnitRandom = .system,
        logger: Logger? = nil
    ) async throws -> HTTPResponse {
        var attempt = 1
        while true {
            let wait: Duration
            do {
                var response = try await send(request)
                response.attempts = attempt
                guard RetryPolicy.isRetryable(status: response.status) else { return response }
                let retryAfter = RetryAfter.delay(in: response, now: clock.now())
                let decision = policy.decision(
                    afterAttempt: attempt,
                    retryAfter: retryAfter,
                    unitRandom: jitter.next()
                )
                guard case .retry(let after) = decision else { return response }
                wait = after
                logger?.debug(
                    "retrying after HTTP \(response.status)",
                    metadata: Self.retryMetadata(request, attempt: attempt, wait: wait)
                )
            } catch let error as HTTPError {
                let decision =
                    RetryPolicy.isRetryable(error.code)
                    ? policy.decision(afterAttempt: attempt, retryAfter: nil, unitRandom: jitter.next()) : .stop
                guard case .retry(let after) = decision else {
                    guard attempt > 1 else { throw error }
                    var last = error
                    last.message += " (after \(attempt) attempts)"
                    throw last
                }
                wait = after
                logger?.debug(
                    "retrying after \(error.code.rawValue)",
                    metadata: Self.retryMetadata(request, attempt: attempt, wait: wait)
                )
            }
            do {
                try await clock.sleep(wait)
            } catch {
                throw HTTPError(code: .cancelled, message: "cancelled while waiting to retry", url: request.redactedURL)
            }
            attempt += 1
        }
    }

    private static func retryMetadata(_ request: HTTPRequest, attempt: Int, wait: Duration) -> Logger.Metadata {
        ["candor.url": "\(request.redactedURL)", "candor.attempt": "\(attempt)", "candor.wait": "\(wait)"]
    }
}

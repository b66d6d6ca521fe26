import CandorCore
import CandorProviders
import CandorTestSupport
import Foundation
import InMemoryLogging
import Logging
import Synchronization
import Testing

/// The per-target guards as pure values on a manual clock, and wrapped around a model client.
@Suite("Rate limit, daily budget and circuit breaker")
struct GuardTests {
    @Test("requests per minute: a minute's worth at once, then one every 60/N seconds")
    func requestRate() throws {
        let start = ContinuousClock.now
        var limiter = RateLimiter(limits: .init(requestsPerMinute: 6))
        for _ in 0..<6 { #expect(limiter.reserve(at: start, maxWait: .zero) == .zero) }
        let result1 = limiter.reserve(at: start, maxWait: .seconds(5))
        #expect(result1 == nil, "the 7th would wait 10 s")
        let result2 = limiter.reserve(at: start, maxWait: .seconds(60))
        #expect(result2 == .seconds(10))
        let result3 = limiter.reserve(at: start, maxWait: .seconds(60))
        #expect(result3 == .seconds(20), "reservations queue")
        let result4 = limiter.reserve(at: start + .seconds(60), maxWait: .zero)
        #expect(result4 == .zero, "refilled")
    }

    @Test("tokens per minute: reported usage puts the bucket in debt, and calls wait until it refills")
    func tokenRate() {
        let start = ContinuousClock.now
        var limiter = RateLimiter(limits: .init(tokensPerMinute: 600))
        let result5 = limiter.reserve(at: start, maxWait: .zero)
        #expect(result5 == .zero)
        limiter.record(tokens: 900, at: start)
        let result6 = limiter.reserve(at: start, maxWait: .seconds(60))
        #expect(result6 == .seconds(30), "300 tokens of debt at 10/s")
        let result7 = limiter.reserve(at: start + .seconds(30), maxWait: .zero)
        #expect(result7 == .zero)
    }

    @Test("the daily budget refuses once spent and renews at midnight UTC")
    func budget() {
        let noon = Date(timeIntervalSince1970: 20_000 * 86_400 + 43_200)
        var budget = DailyTokenBudget(limit: 1000)
        let result8 = budget.admits(at: noon)
        #expect(result8)
        let result9 = budget.record(600, at: noon)
        #expect(!result9)
        let result10 = budget.admits(at: noon)
        #expect(result10)
        let result11 = budget.record(600, at: noon)
        #expect(result11, "this call spends the rest")
        let result12 = budget.admits(at: noon.addingTimeInterval(43_199))
        #expect(!result12)
        #expect(DailyTokenBudget.renewal(after: noon) == Date(timeIntervalSince1970: 20_001 * 86_400))
        let result13 = budget.admits(at: noon.addingTimeInterval(43_200))
        #expect(result13)
        #expect(budget.spent == 0)
    }

    @Test("the breaker opens after N consecutive failures, lets one trial through after the cool-down")
    func breaker() {
        let start = ContinuousClock.now
        var breaker = CircuitBreaker(policy: .init(failureThreshold: 3, cooldown: .seconds(60)))
        let result14 = breaker.recordFailure(at: start)
        #expect(!result14)
        breaker.recordSuccess()
        let result15 = breaker.recordFailure(at: start)
        #expect(!result15)
        let result16 = breaker.recordFailure(at: start)
        #expect(!result16)
        let result17 = breaker.recordFailure(at: start)
        #expect(result17, "third consecutive failure opens it")
        let result18 = breaker.admit(at: start + .seconds(59))
        #expect(result18 == .refused(until: start + .seconds(60)))
        let result19 = breaker.admit(at: start + .seconds(60))
        #expect(result19 == .trial)
        let result20 = breaker.admit(at: start + .seconds(60))
        #expect(result20 == .refused(until: nil), "one trial at a time")
        let result21 = breaker.recordFailure(at: start + .seconds(61))
        #expect(result21, "a failed trial reopens it")
        let result22 = breaker.admit(at: start + .seconds(120))
        #expect(result22 == .refused(until: start + .seconds(121)))
        let result23 = breaker.admit(at: start + .seconds(121))
        #expect(result23 == .trial)
        breaker.recordAbandoned(at: start + .seconds(122))
        let result24 = breaker.admit(at: start + .seconds(122))
        #expect(result24 == .trial, "an abandoned trial is given back")
        let result25 = breaker.recordSuccess()
        #expect(result25, "a successful trial closes it")
        let result26 = breaker.admit(at: start + .seconds(123))
        #expect(result26 == .allowed)
    }

    @Test("wrapped: an open circuit skips calls as circuit_open, visible and counted, and logs a warning")
    func guardedCircuit() async throws {
        let time = ManualTime()
        let inner = ScriptedClient()
        let logs = InMemoryLogHandler()
        let seen = Mutex<[GuardEvent]>([])
        let client = GuardedModelClient(
            wrapping: inner,
            limits: TargetLimits(circuitBreaker: .init(failureThreshold: 2, cooldown: .seconds(30))),
            url: "http://model.invalid/v1",
            clock: time.clock,
            logger: logs.logger(label: "test"),
            onEvent: { event in seen.withLock { $0.append(event) } }
        )
        inner.fail = true
        for _ in 0..<2 { _ = await #expect(throws: ProviderError.self) { try await client.complete(.probe) } }
        let skipped = try await #require(throws: ProviderError.self) { try await client.complete(.probe) }
        #expect(skipped.code == .circuitOpen && skipped.skipped)
        #expect(skipped.description.contains("circuit breaker of target guarded is open after 2 consecutive failures"))
        #expect(inner.calls == 2, "the skipped call never reached the model")
        #expect(client.status.skipped[.circuitOpen] == 1)
        #expect(logs.entries.contains { $0.level == .warning && $0.message.description.contains("circuit opened") })

        time.advance(.seconds(30))
        inner.fail = false
        #expect(try await client.complete(.probe).text == "ok", "the trial call goes through")
        #expect(client.status.circuit == .closed(failures: 0))
        #expect(
            seen.withLock { $0 } == [
                .circuitOpened(target: "guarded", failures: 2, cooldown: .seconds(30)),
                .circuitClosed(target: "guarded"),
            ]
        )
    }

    @Test("wrapped: the budget pauses sampling when spent and resumes the next UTC day")
    func guardedBudget() async throws {
        let time = ManualTime(date: Date(timeIntervalSince1970: 20_000 * 86_400 + 3_600))
        let inner = ScriptedClient()
        let logs = InMemoryLogHandler()
        let client = GuardedModelClient(
            wrapping: inner,
            limits: TargetLimits(dailyTokenBudget: 50),
            url: "http://model.invalid/v1",
            clock: time.clock,
            logger: logs.logger(label: "test")
        )
        for _ in 0..<2 { _ = try await client.complete(.probe) }  // 25 tokens each
        let error = try await #require(throws: ProviderError.self) { try await client.complete(.probe) }
        #expect(error.code == .budgetExhausted && error.skipped)
        #expect(error.message.contains("50 of 50 tokens"))
        #expect(
            logs.entries.contains {
                $0.level == .warning && $0.message.description.contains("daily token budget spent")
            }
        )
        time.advance(.seconds(86_400))
        #expect(try await client.complete(.probe).text == "ok")
        #expect(inner.calls == 3)
    }

    @Test("a client made from another's guard state (a reload) keeps the spent budget and the open circuit")
    func carriedOver() async throws {
        let time = ManualTime(date: Date(timeIntervalSince1970: 20_000 * 86_400 + 3_600))
        let inner = ScriptedClient()
        let limits = TargetLimits(
            dailyTokenBudget: 60,
            circuitBreaker: .init(failureThreshold: 2, cooldown: .seconds(30))
        )
        func client(_ state: GuardState = GuardState()) -> GuardedModelClient {
            GuardedModelClient(
                wrapping: inner,
                limits: limits,
                url: "http://model.invalid/v1",
                clock: time.clock,
                logger: InMemoryLogHandler().logger(label: "test"),
                restoring: state
            )
        }
        let first = client()
        for _ in 0..<2 { _ = try await first.complete(.probe) }  // 50 of 60 tokens
        inner.fail = true
        for _ in 0..<2 { _ = await #expect(throws: ProviderError.self) { try await first.complete(.probe) } }
        time.advance(.seconds(10))

        let second = client(first.guardState)
        #expect(second.guardState == first.guardState)
        let refused = try await #require(throws: ProviderError.self) { try await second.complete(.probe) }
        #expect(refused.code == .circuitOpen, "the circuit opened before the reload is still open")
        #expect(refused.message.contains("the next trial call is in 20 s"))
        #expect(inner.calls == 4)

        time.advance(.seconds(20))
        inner.fail = false
        #expect(try await second.complete(.probe).text == "ok", "the trial call comes when the old cool-down ends")
        let third = client(second.guardState)
        let spent = try await #require(throws: ProviderError.self) { try await third.complete(.probe) }
        #expect(spent.code == .budgetExhausted, "75 of 60 tokens were spent before this reload")
        time.advance(.seconds(86_400))
        #expect(try await third.complete(.probe).text == "ok", "and the budget renews at midnight UTC as before")
    }

    @Test("wrapped: the rate limit delays a call through the clock, or skips it when the wait is too long")
    func guardedRate() async throws {
        let time = ManualTime()
        let inner = ScriptedClient()
        let client = GuardedModelClient(
            wrapping: inner,
            limits: TargetLimits(rateLimit: .init(requestsPerMinute: 2), maxRateLimitWait: .seconds(40)),
            url: "http://model.invalid/v1",
            clock: time.clock,
            logger: InMemoryLogHandler().logger(label: "test")
        )
        for _ in 0..<3 { _ = try await client.complete(.probe) }
        #expect(time.sleeps == [.seconds(30)], "two at once, the third 30 s later")

        let impatient = GuardedModelClient(
            wrapping: inner,
            limits: TargetLimits(rateLimit: .init(requestsPerMinute: 2), maxRateLimitWait: .seconds(20)),
            url: "http://model.invalid/v1",
            clock: time.clock,
            logger: InMemoryLogHandler().logger(label: "test")
        )
        for _ in 0..<2 { _ = try await impatient.complete(.probe) }
        let error = try await #require(throws: ProviderError.self) { try await impatient.complete(.probe) }
        #expect(error.code == .rateLimited && error.skipped, "the next slot is 30 s away, more than 20 s")
        #expect(impatient.status.skipped[.rateLimited] == 1)
        #expect(inner.calls == 5)
    }
}

extension ChatRequest {
    /// A one-turn request for guard tests.
    static let probe = ChatRequest(messages: [ChatMessage(role: .user, content: "Is it safe?")])
}

/// A model client that answers "ok" (25 tokens) or fails with `http_status`, and counts calls.
final class ScriptedClient: ModelClient {
    private let state = Mutex((fail: false, calls: 0))

    var targetName: String { "guarded" }
    var fail: Bool {
        get { state.withLock { $0.fail } }
        set { state.withLock { $0.fail = newValue } }
    }
    var calls: Int { state.withLock { $0.calls } }

    func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let fail = state.withLock { state in
            state.calls += 1
            return state.fail
        }
        if fail {
            throw ProviderError(
                code: .httpStatus,
                message: "HTTP 503",
                target: targetName,
                url: "http://model.invalid/v1",
                status: 503
            )
        }
        return ChatResponse(text: "ok", usage: TokenUsage(promptTokens: 20, completionTokens: 5), latencySeconds: 0.01)
    }
}

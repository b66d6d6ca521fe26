import CandorCore
import CandorHTTP
import Foundation
import Logging
import Synchronization

/// A model client with its target's guards around it: the rate limit (requests and tokens per
/// minute), the daily token budget, and the circuit breaker.
///
/// A call the guards do not let through is never lost silently: it fails at once with a
/// ``ProviderError`` whose code is `rate_limited`, `budget_exhausted` or `circuit_open` and whose
/// ``ProviderError/skipped`` is true, so the trial is recorded (and counted) as an error that
/// never moves a signal. Changes operators must know about (circuit opened, budget spent) are
/// logged as warnings and passed to `onEvent`.
public final class GuardedModelClient: ModelClient {
    /// A snapshot of the guards, for status pages and metrics.
    public struct Status: Sendable, Hashable {
        /// The circuit breaker's state, when the target has one.
        public var circuit: CircuitBreaker.State?
        /// Calls skipped so far, by error code.
        public var skipped: [ProviderError.Code: Int]
        /// Tokens spent on the current UTC day, when the target has a budget.
        public var budgetSpent: Int?
        /// The daily token budget, when the target has one.
        public var budgetLimit: Int?
    }

    private struct State {
        var limiter: RateLimiter?
        var budget: DailyTokenBudget?
        var breaker: CircuitBreaker?
        var budgetSpentOut = false
        var skipped: [ProviderError.Code: Int] = [:]
    }

    /// Whether an admitted call is the circuit's trial call.
    private struct Admission {
        var wait: Duration
        var isTrial: Bool
    }

    private let inner: any ModelClient
    private let limits: TargetLimits
    private let url: String
    private let clock: CandorClock
    private let logger: Logger
    private let onEvent: @Sendable (GuardEvent) -> Void
    private let state: Mutex<State>

    /// Wraps `inner` with the guards `limits` asks for.
    ///
    /// - Parameters:
    ///   - url: the target's redacted base URL, for the errors of skipped calls.
    ///   - clock: time for the guards; tests inject a manual one.
    ///   - logger: receives a warning when the circuit opens or the budget is spent.
    ///   - onEvent: called (outside any lock) for every ``GuardEvent``.
    ///   - restoring: what the guards remembered before (the previous client's ``guardState`` on a
    ///     reload, or the state rebuilt from the recorded trials on a start): the day's spent
    ///     tokens, the breaker's failures and an open circuit's cool-down carry over.
    public init(
        wrapping inner: any ModelClient,
        limits: TargetLimits,
        url: String,
        clock: CandorClock = .system,
        logger: Logger,
        onEvent: @escaping @Sendable (GuardEvent) -> Void = { _ in },
        restoring: GuardState = GuardState()
    ) {
        self.inner = inner
        self.limits = limits
        self.url = url
        self.clock = clock
        self.logger = logger
        self.onEvent = onEvent
        let budget = limits.dailyTokenBudget.map {
            DailyTokenBudget(limit: $0, spent: restoring.budgetSpent, day: restoring.budgetDay)
        }
        self.state = Mutex(
            State(
                limiter: limits.rateLimit.map(RateLimiter.init(limits:)),
                budget: budget,
                breaker: limits.circuitBreaker.map { policy in
                    CircuitBreaker(policy: policy, state: Self.breakerState(restoring, policy: policy, clock: clock))
                },
                budgetSpentOut: budget.map { $0.spent >= $0.limit } ?? false
            )
        )
    }

    /// The breaker state that `state` describes, on the monotonic clock of now.
    private static func breakerState(
        _ state: GuardState,
        policy: CircuitBreaker.Policy,
        clock: CandorClock
    ) -> CircuitBreaker.State {
        guard let until = state.openUntil else {
            return .closed(failures: min(state.consecutiveFailures, policy.failureThreshold - 1))
        }
        let left = max(0, until.timeIntervalSince(clock.now()))
        return .open(until: clock.instant() + .milliseconds(Int64((left * 1000).rounded(.up))))
    }

    /// What the guards remember, in wall-clock terms, for the client that replaces this one.
    public var guardState: GuardState {
        let now = clock.instant()
        let date = clock.now()
        return state.withLock { state in
            var carried = GuardState(budgetDay: state.budget?.day, budgetSpent: state.budget?.spent ?? 0)
            switch state.breaker?.state {
            case .closed(let failures):
                carried.consecutiveFailures = failures
            case .open(let until):
                carried.consecutiveFailures = state.breaker?.policy.failureThreshold ?? 0
                let left = until - now
                carried.openUntil = date.addingTimeInterval(left.timeInterval)
            case .halfOpen:
                // A trial in flight: the next client may make its own trial at once.
                carried.consecutiveFailures = state.breaker?.policy.failureThreshold ?? 0
                carried.openUntil = date
            case nil:
                break
            }
            return carried
        }
    }

    /// The wrapped client's target.
    public var targetName: String { inner.targetName }

    /// The guards' current state.
    public var status: Status {
        state.withLock { state in
            Status(
                circuit: state.breaker?.state,
                skipped: state.skipped,
                budgetSpent: state.budget?.spent,
                budgetLimit: state.budget?.limit
            )
        }
    }

    /// Sends `request` through the wrapped client if the guards allow it.
    ///
    /// - Throws: ``ProviderError``: a skipped call (`rate_limited`, `budget_exhausted`,
    ///   `circuit_open`), `cancelled` when cancelled while waiting for the rate limit, or
    ///   whatever the wrapped client threw.
    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let admission = try admit()
        if admission.wait > .zero {
            do {
                try await clock.sleep(admission.wait)
            } catch {
                abandon()
                throw ProviderError(
                    code: .cancelled,
                    message: "cancelled while waiting for the rate limit",
                    target: targetName,
                    url: url
                )
            }
        }
        let response: ChatResponse
        do {
            response = try await inner.complete(request)
        } catch let error as ProviderError where error.code != .cancelled {
            recordFailure()
            throw error
        } catch {
            abandon()
            throw error
        }
        recordSuccess(response)
        return response
    }

    // MARK: - Bookkeeping under the lock; events are emitted after it is released.

    private func admit() throws(ProviderError) -> Admission {
        let now = clock.instant()
        let date = clock.now()
        var events: [GuardEvent] = []
        let outcome = state.withLock { state -> Result<Admission, ProviderError> in
            if var budget = state.budget {
                let admitted = budget.admits(at: date)
                state.budget = budget
                if admitted && state.budgetSpentOut {
                    state.budgetSpentOut = false
                    events.append(.budgetRenewed(target: targetName))
                }
                if !admitted {
                    return .failure(skip(&state, .budgetExhausted, budgetMessage(budget, date: date)))
                }
            }
            var isTrial = false
            if var breaker = state.breaker {
                let admission = breaker.admit(at: now)
                state.breaker = breaker
                switch admission {
                case .allowed:
                    break
                case .trial:
                    isTrial = true
                case .refused(let until):
                    return .failure(skip(&state, .circuitOpen, circuitMessage(until: until, now: now)))
                }
            }
            if var limiter = state.limiter {
                let wait = limiter.reserve(at: now, maxWait: limits.maxRateLimitWait)
                state.limiter = limiter
                guard let wait else {
                    if isTrial { state.breaker?.recordAbandoned(at: now) }
                    let message =
                        "skipped: the rate_limit of target \(targetName) would delay this call by more than "
                        + "\(limits.maxRateLimitWait); lower the probes' frequency or raise rate_limit"
                    return .failure(skip(&state, .rateLimited, message))
                }
                return .success(Admission(wait: wait, isTrial: isTrial))
            }
            return .success(Admission(wait: .zero, isTrial: isTrial))
        }
        emit(events)
        return try outcome.get()
    }

    private func skip(_ state: inout State, _ code: ProviderError.Code, _ message: String) -> ProviderError {
        state.skipped[code, default: 0] += 1
        var error = ProviderError(code: code, message: message, target: targetName, url: url)
        error.skipped = true
        return error
    }

    private func budgetMessage(_ budget: DailyTokenBudget, date: Date) -> String {
        let renewal = DailyTokenBudget.renewal(after: date).formatted(.iso8601)
        return "skipped: target \(targetName) has spent its daily_token_budget (\(budget.spent) of \(budget.limit) "
            + "tokens); sampling resumes at \(renewal)"
    }

    private func circuitMessage(until: ContinuousClock.Instant?, now: ContinuousClock.Instant) -> String {
        let failures = limits.circuitBreaker?.failureThreshold ?? 0
        let next =
            until.map { "the next trial call is in \(($0 - now).roundedUpSeconds) s" }
            ?? "a trial call is in flight"
        return "skipped: the circuit breaker of target \(targetName) is open after \(failures) consecutive "
            + "failures; \(next) (circuit_breaker.cooldown)"
    }

    private func recordSuccess(_ response: ChatResponse) {
        let now = clock.instant()
        let date = clock.now()
        let tokens = response.usage?.totalTokens ?? 0
        var events: [GuardEvent] = []
        state.withLock { state in
            if state.breaker?.recordSuccess() == true {
                events.append(.circuitClosed(target: targetName))
            }
            state.limiter?.record(tokens: tokens, at: now)
            if var budget = state.budget {
                if budget.record(tokens, at: date) {
                    state.budgetSpentOut = true
                    events.append(
                        .budgetExhausted(
                            target: targetName,
                            spent: budget.spent,
                            limit: budget.limit,
                            renewal: DailyTokenBudget.renewal(after: date)
                        )
                    )
                }
                state.budget = budget
            }
        }
        emit(events)
    }

    private func recordFailure() {
        let now = clock.instant()
        let opened = state.withLock { state in state.breaker?.recordFailure(at: now) ?? false }
        if opened, let policy = limits.circuitBreaker {
            emit([.circuitOpened(target: targetName, failures: policy.failureThreshold, cooldown: policy.cooldown)])
        }
    }

    private func abandon() {
        let now = clock.instant()
        state.withLock { state in state.breaker?.recordAbandoned(at: now) }
    }

    private func emit(_ events: [GuardEvent]) {
        for event in events {
            let metadata: Logger.Metadata = ["candor.target": "\(targetName)"]
            switch event {
            case .circuitOpened(_, let failures, let cooldown):
                logger.warning(
                    "circuit opened after \(failures) consecutive failures; calls are skipped for \(cooldown)",
                    metadata: metadata
                )
            case .circuitClosed:
                logger.notice("circuit closed: a trial call succeeded", metadata: metadata)
            case .budgetExhausted(_, let spent, let limit, let renewal):
                logger.warning(
                    "daily token budget spent (\(spent) of \(limit)); sampling pauses until \(renewal.formatted(.iso8601))",
                    metadata: metadata
                )
            case .budgetRenewed:
                logger.notice("daily token budget renewed; sampling resumes", metadata: metadata)
            }
            onEvent(event)
        }
    }
}

/// A target's circuit breaker: after `failureThreshold` consecutive failed calls it opens and
/// refuses calls for `cooldown`; then one trial call is let through (half-open), and its result
/// closes the circuit again or reopens it for another cool-down.
///
/// Pure: every call that depends on time takes the current instant.
public struct CircuitBreaker: Sendable, Hashable {
    /// When the breaker opens and for how long.
    public struct Policy: Sendable, Hashable {
        /// Consecutive failures that open the circuit.
        public var failureThreshold: Int
        /// How long the circuit stays open before a trial call.
        public var cooldown: Duration

        /// Creates a policy.
        public init(failureThreshold: Int = 5, cooldown: Duration = .seconds(300)) {
            self.failureThreshold = max(1, failureThreshold)
            self.cooldown = cooldown
        }
    }

    /// Where the breaker stands.
    public enum State: Sendable, Hashable {
        /// Calls pass; `failures` consecutive ones have failed so far.
        case closed(failures: Int)
        /// Calls are refused until the instant.
        case open(until: ContinuousClock.Instant)
        /// One trial call is in flight; others are refused until it ends.
        case halfOpen
    }

    /// What a caller may do.
    public enum Admission: Sendable, Hashable {
        /// Make the call.
        case allowed
        /// Make the call: it is the trial that decides whether the circuit closes.
        case trial
        /// Do not call; the circuit is open (`until` is when a trial may be made, `nil` while
        /// another trial is in flight).
        case refused(until: ContinuousClock.Instant?)
    }

    /// The policy.
    public let policy: Policy
    /// The current state.
    public private(set) var state: State = .closed(failures: 0)

    /// Creates a closed breaker.
    public init(policy: Policy) {
        self.policy = policy
    }

    /// Creates a breaker in `state`.
    public init(policy: Policy, state: State) {
        self.policy = policy
        self.state = state
    }

    /// Whether a call may be made at `now`; an open circuit past its cool-down admits one trial.
    public mutating func admit(at now: ContinuousClock.Instant) -> Admission {
        switch state {
        case .closed:
            return .allowed
        case .open(let until) where now >= until:
            state = .halfOpen
            return .trial
        case .open(let until):
            return .refused(until: until)
        case .halfOpen:
            return .refused(until: nil)
        }
    }

    /// Records a successful call; returns true when this closes an open circuit.
    @discardableResult
    public mutating func recordSuccess() -> Bool {
        defer { state = .closed(failures: 0) }
        return state == .halfOpen
    }

    /// Records a failed call; returns true when this opens the circuit.
    @discardableResult
    public mutating func recordFailure(at now: ContinuousClock.Instant) -> Bool {
        switch state {
        case .closed(let failures) where failures + 1 < policy.failureThreshold:
            state = .closed(failures: failures + 1)
            return false
        case .closed, .halfOpen:
            state = .open(until: now + policy.cooldown)
            return true
        case .open:
            return false
        }
    }

    /// Records that an admitted call ended without a verdict (cancelled, or skipped after
    /// admission): a trial in flight is given back, so the next call may be the trial.
    public mutating func recordAbandoned(at now: ContinuousClock.Instant) {
        if state == .halfOpen { state = .open(until: now) }
    }
}

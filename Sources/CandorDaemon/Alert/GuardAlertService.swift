import CandorAlerts
import CandorCore
import CandorProviders
import Foundation
import Logging
import ServiceLifecycle

/// Turns the per-target guards' events into self-alerts: a circuit breaker that opened (calls
/// to a failing target pause) and a daily token budget that is spent (sampling of that target
/// pauses until it renews). Each resolves when the guard closes or the budget renews. The
/// trials skipped meanwhile are recorded as errors with codes `circuit_open` and
/// `budget_exhausted`, so none is lost silently. The alerts repeat, and show in `candor status`,
/// from the outbox's ``OpenSelfAlerts``.
public struct GuardAlertService: Service {
    private let events: AsyncStream<GuardEvent>
    private let deliver: @Sendable (Alert) async -> Void
    private let clock: CandorClock
    private let logger: Logger

    /// The event stream the service reads, and the callback for
    /// ``ModelClients/make(plan:transport:logger:onEvent:)`` that feeds it.
    public static func channel() -> (stream: AsyncStream<GuardEvent>, callback: @Sendable (GuardEvent) -> Void) {
        let (stream, continuation) = AsyncStream.makeStream(
            of: GuardEvent.self,
            bufferingPolicy: .bufferingNewest(1000)
        )
        return (stream, { continuation.yield($0) })
    }

    /// Creates the service reading `events`; `deliver` sends its self-alerts (through the outbox, in the daemon),
    /// `clock` dates them.
    public init(
        events: AsyncStream<GuardEvent>,
        deliver: @escaping @Sendable (Alert) async -> Void,
        clock: CandorClock,
        logger: Logger
    ) {
        self.events = events
        self.deliver = deliver
        self.clock = clock
        self.logger = logger
    }

    public func run() async throws {
        var firing: [String: Alert] = [:]
        for await event in events.cancelOnGracefulShutdown() {
            switch event {
            case .circuitOpened(let target, let failures, let cooldown):
                let alert = Self.circuitAlert(target, failures: failures, cooldown: cooldown, at: clock.now())
                await fire("circuit/\(target)", alert, in: &firing)
            case .budgetExhausted(let target, let spent, let limit, let renewal):
                let alert = Self.budgetAlert(target, spent: spent, limit: limit, renewal: renewal, at: clock.now())
                await fire("budget/\(target)", alert, in: &firing)
            case .circuitClosed(let target):
                let now = clock.now()
                await resolve(
                    "circuit/\(target)",
                    or: Self.circuitAlert(target, failures: 0, cooldown: .zero, at: now),
                    in: &firing
                )
            case .budgetRenewed(let target):
                let now = clock.now()
                await resolve(
                    "budget/\(target)",
                    or: Self.budgetAlert(target, spent: 0, limit: 0, renewal: now, at: now),
                    in: &firing
                )
            }
        }
    }

    /// The alert for a circuit of `target` that opened after `failures` failures.
    static func circuitAlert(_ target: String, failures: Int, cooldown: Duration, at now: Date) -> Alert {
        Alert(
            about: "CandorTargetCircuitOpen",
            severity: "warning",
            summary: "target \(target) failed \(failures) times in a row; calls to it pause",
            description: "The circuit breaker opened; a trial call is tried again after \(cooldown). "
                + "Trials skipped meanwhile are recorded with error code circuit_open.",
            extraLabels: ["target": target],
            startsAt: now
        )
    }

    /// The alert for the daily token budget of `target`, spent until `renewal`.
    static func budgetAlert(_ target: String, spent: Int, limit: Int, renewal: Date, at now: Date) -> Alert {
        Alert(
            about: "CandorTokenBudgetSpent",
            severity: "warning",
            summary: "target \(target) spent its daily token budget (\(spent) of \(limit)); sampling pauses",
            description: "Sampling of \(target) resumes when the budget renews at \(renewal.formatted(.iso8601)). "
                + "Trials skipped meanwhile are recorded with error code budget_exhausted.",
            extraLabels: ["target": target],
            startsAt: now
        )
    }

    private func fire(_ key: String, _ alert: Alert, in firing: inout [String: Alert]) async {
        guard firing[key] == nil else { return }
        firing[key] = alert
        await deliver(alert)
    }

    /// Resolves the alert `key`; one this run did not raise (a previous run did, before a restart)
    /// is resolved as `fallback`, an alert with its labels: the outbox's ``OpenSelfAlerts`` sends
    /// that only if it is open.
    private func resolve(_ key: String, or fallback: Alert, in firing: inout [String: Alert]) async {
        var alert = firing.removeValue(forKey: key) ?? fallback
        alert.status = .resolved
        alert.endsAt = clock.now()
        await deliver(alert)
    }
}

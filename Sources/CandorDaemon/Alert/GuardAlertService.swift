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
/// `budget_exhausted`, so none is lost silently.
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
                let alert = Alert(
                    about: "CandorTargetCircuitOpen",
                    severity: "warning",
                    summary: "target \(target) failed \(failures) times in a row; calls to it pause",
                    description: "The circuit breaker opened; a trial call is tried again after \(cooldown). "
                        + "Trials skipped meanwhile are recorded with error code circuit_open.",
                    extraLabels: ["target": target],
                    startsAt: clock.now()
                )
                await fire("circuit/\(target)", alert, in: &firing)
            case .budgetExhausted(let target, let spent, let limit, let renewal):
                let alert = Alert(
                    about: "CandorTokenBudgetSpent",
                    severity: "warning",
                    summary: "target \(target) spent its daily token budget (\(spent) of \(limit)); sampling pauses",
                    description:
                        "Sampling of \(target) resumes when the budget renews at \(renewal.formatted(.iso8601)). "
                        + "Trials skipped meanwhile are recorded with error code budget_exhausted.",
                    extraLabels: ["target": target],
                    startsAt: clock.now()
                )
                await fire("budget/\(target)", alert, in: &firing)
            case .circuitClosed(let target):
                await resolve("circuit/\(target)", in: &firing)
            case .budgetRenewed(let target):
                await resolve("budget/\(target)", in: &firing)
            }
        }
    }

    private func fire(_ key: String, _ alert: Alert, in firing: inout [String: Alert]) async {
        guard firing[key] == nil else { return }
        firing[key] = alert
        await deliver(alert)
    }

    private func resolve(_ key: String, in firing: inout [String: Alert]) async {
        guard var alert = firing.removeValue(forKey: key) else { return }
        alert.status = .resolved
        alert.endsAt = clock.now()
        await deliver(alert)
    }
}

import CandorAlerts
import CandorProviders
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The guards' self-alerts in process on a manual clock: one alert per open circuit or spent budget however often
/// the guard reports it, resolved when it closes or renews, each dated by the clock.
@Suite("Guard alerts")
struct GuardAlertServiceTests {
    final class Sent: Sendable {
        let alerts = Mutex<[Alert]>([])
        var count: Int { alerts.withLock { $0.count } }
    }

    /// Waits (bounded) until `sent` holds `count` alerts.
    static func waitFor(_ count: Int, in sent: Sent) async throws {
        for _ in 0..<100_000 where sent.count < count {
            await Task.yield()
        }
        #expect(sent.count == count)
    }

    /// Runs the service on a manual clock around `body`, which reports guard events and reads the alerts sent.
    static func withService(
        _ body: (ManualClock, Sent, @Sendable (GuardEvent) -> Void) async throws -> Void
    ) async throws {
        let time = ManualClock()
        let sent = Sent()
        let channel = GuardAlertService.channel()
        let service = GuardAlertService(
            events: channel.stream,
            deliver: { alert in sent.alerts.withLock { $0.append(alert) } },
            clock: time.clock,
            logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        )
        let running = Task { try await service.run() }
        defer { running.cancel() }

        try await body(time, sent, channel.callback)
    }

    @Test("an open circuit raises one alert however often it is reported, and resolves when it closes")
    func circuit() async throws {
        try await Self.withService { time, sent, report in
            let opened = time.clock.now()
            report(.circuitOpened(target: "paid", failures: 3, cooldown: .seconds(600)))
            try await Self.waitFor(1, in: sent)
            time.advance(by: .seconds(300))
            report(.circuitOpened(target: "paid", failures: 4, cooldown: .seconds(600)))
            time.advance(by: .seconds(300))
            report(.circuitClosed(target: "paid"))
            try await Self.waitFor(2, in: sent)

            let alerts = sent.alerts.withLock { $0 }
            #expect(alerts.map(\.status) == [.firing, .resolved])
            #expect(alerts.map(\.labels["alertname"]) == ["CandorTargetCircuitOpen", "CandorTargetCircuitOpen"])
            #expect(alerts.first?.startsAt == opened)
            #expect(alerts.last?.endsAt == time.clock.now())
            #expect(alerts.first?.fingerprint == alerts.last?.fingerprint)
        }
    }

    @Test("a spent budget says when it renews and resolves when it does")
    func budget() async throws {
        try await Self.withService { time, sent, report in
            let renewal = time.clock.now().addingTimeInterval(86_400)
            report(.budgetExhausted(target: "paid", spent: 1_200, limit: 1_000, renewal: renewal))
            try await Self.waitFor(1, in: sent)
            time.advance(by: .seconds(86_400))
            report(.budgetRenewed(target: "paid"))
            try await Self.waitFor(2, in: sent)

            let alerts = sent.alerts.withLock { $0 }
            #expect(alerts.map(\.status) == [.firing, .resolved])
            #expect(alerts.first?.annotations["description"]?.contains(renewal.formatted(.iso8601)) == true)
            #expect(alerts.last?.endsAt == renewal)
        }
    }
}

import CandorAlerts
import CandorCore
import CandorProviders
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// A reload in process, on a manual clock: the signals keep their baselines and statistics, the new schedule
/// applies, and a rejected config keeps the old one running with one self-alert, resolved by the next good reload.
@Suite("Reloader")
struct ReloaderTests {
    static let paced =
        "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}"
    static let detection = "detection: {warmup: 30, arl0: 1000}"
    static let signal = SignalKey(target: "paced", probe: "belief-pressure.yes-no", signal: "lie_rate")

    /// A running daemon's reload path: its plan, scheduler (not started), signals, metrics and self-alerts.
    final class RunningDaemon: Sendable {
        /// The self-alerts the reloader sent.
        final class Sent: Sendable {
            let alerts = Mutex<[Alert]>([])
        }

        let fixture: DaemonPlanFixture
        let time = ManualClock()
        let scheduler: Scheduler
        let board: SignalBoard
        let metrics = DaemonMetrics()
        let reloader: Reloader
        let selfAlerts = Sent()

        init(probes: String) throws {
            fixture = try DaemonPlanFixture(
                targets: ReloaderTests.paced,
                probes: probes,
                extra: ReloaderTests.detection
            )
            let plan = try fixture.plan()
            let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
            let clock = time.clock
            scheduler = Scheduler(
                plan: plan,
                clients: try ModelClients.make(plan: plan, transport: UncalledTransport()),
                trials: TrialStage(isAccepting: { true }, run: { _, _ in Issue.record("a trial ran") }),
                notifier: SystemdNotifier(environment: [:]),
                clock: clock,
                logger: logger
            )
            board = SignalBoard(
                detection: plan.configuration.detection,
                logger: logger,
                plan: plan,
                alerting: plan.configuration.alerting,
                now: clock.now
            )
            let sent = selfAlerts
            reloader = Reloader(
                configPath: fixture.config,
                scheduler: scheduler,
                board: board,
                deliver: { alert in sent.alerts.withLock { $0.append(alert) } },
                metrics: metrics,
                notifier: SystemdNotifier(environment: [:]),
                transport: UncalledTransport(),
                onGuardEvent: { _ in },
                clock: clock,
                logger: logger
            )
        }

        /// Feeds the board `honest` honest trials then `lies` lies of `belief-pressure.yes-no`, one a minute.
        func feed(honest: Int, lies: Int) async throws {
            let probe = try #require(scheduler.plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
            for number in 0..<(honest + lies) {
                time.advance(by: .seconds(60))
                let record = DaemonPlanFixture.trial(
                    probe,
                    target: "paced",
                    lie: number >= honest,
                    number: number,
                    at: time.clock.now()
                )
                _ = await board.observe(record, probe: probe)
            }
        }

        /// The value of the metric `name` on `/metrics`.
        func metric(_ name: String) -> Double? {
            metrics.exposition().split(separator: "\n").first { $0.hasPrefix(name + " ") }
                .flatMap { Double($0.split(separator: " ")[1]) }
        }
    }

    @Test("a reload keeps every signal's baseline and statistic, and the new schedule applies")
    func keepsSignals() async throws {
        let daemon = try RunningDaemon(probes: "  belief-pressure.yes-no: {interval: 5m, jitter: 0s}")
        defer { daemon.fixture.directory.remove() }
        try await daemon.feed(honest: 30, lies: 3)
        let before = await daemon.board.snapshot()
        #expect(before[Self.signal]?.isMonitoring == true, "the warm-up did not end")

        try daemon.fixture.write(
            targets: Self.paced + "\n  - {name: second, base_url: 'http://127.0.0.1:9/v1', model: m}",
            probes: "  belief-pressure.yes-no: {interval: 10m, jitter: 0s}",
            extra: Self.detection
        )
        daemon.time.advance(by: .seconds(30))
        await daemon.reloader.reload()

        #expect(await daemon.board.snapshot() == before)
        let paced = daemon.scheduler.plan.assignments.first { $0.target.name == "paced" }
        #expect(paced?.schedule.interval == .seconds(600))
        #expect(Set(daemon.scheduler.clients.keys) == ["paced", "second"])
        #expect(daemon.metric("candor_last_reload_successful") == 1)
        #expect(
            daemon.metric("candor_last_reload_success_timestamp_seconds")
                == daemon.time.clock.now().timeIntervalSince1970
        )
        #expect(daemon.selfAlerts.alerts.withLock { $0 }.isEmpty)
    }

    @Test(
        "a rejected reload keeps the running config and signals and raises one self-alert, resolved by the next good reload"
    )
    func rejected() async throws {
        let daemon = try RunningDaemon(probes: "  belief-pressure.yes-no: {interval: 5m, jitter: 0s}")
        defer { daemon.fixture.directory.remove() }
        try await daemon.feed(honest: 30, lies: 0)
        let before = await daemon.board.snapshot()
        #expect(before[Self.signal]?.isMonitoring == true, "the warm-up did not end")

        try daemon.fixture.write(targets: Self.paced, probes: "  belief-pressure.yes-noo: {interval: 1m}")
        await daemon.reloader.reload()
        let rejectedAt = daemon.time.clock.now()
        daemon.time.advance(by: .seconds(60))
        await daemon.reloader.reload()

        #expect(await daemon.board.snapshot() == before)
        #expect(daemon.scheduler.plan.assignments.first?.schedule.interval == .seconds(300))
        #expect(daemon.metric("candor_last_reload_successful") == 0)
        let raised = daemon.selfAlerts.alerts.withLock { $0 }
        #expect(raised.count == 1, "a second rejection of the same kind raised another alert")
        #expect(raised.first?.labels["alertname"] == "CandorConfigReloadFailed")
        #expect(raised.first?.startsAt == rejectedAt)
        #expect(raised.first?.annotations["description"]?.contains("belief-pressure.yes-noo") == true)

        try daemon.fixture.write(
            targets: Self.paced,
            probes: "  belief-pressure.yes-no: {interval: 2m, jitter: 0s}",
            extra: Self.detection
        )
        daemon.time.advance(by: .seconds(60))
        await daemon.reloader.reload()
        let resolved = daemon.selfAlerts.alerts.withLock { $0 }.dropFirst()
        #expect(resolved.map(\.status) == [.resolved])
        #expect(resolved.first?.fingerprint == raised.first?.fingerprint)
        #expect(resolved.first?.endsAt == daemon.time.clock.now())
        #expect(daemon.scheduler.plan.assignments.first?.schedule.interval == .seconds(120))
        #expect(await daemon.board.snapshot() == before)
    }
}

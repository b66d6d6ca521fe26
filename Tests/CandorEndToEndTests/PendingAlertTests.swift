import CandorAlerts
import CandorCore
import CandorProviders
import CandorRules
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The `for:` clock of the signal board, on a clock the test sets: one trial a second.
@Suite("Pending alerts")
struct PendingAlertTests {
    final class Clock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    }

    @Test("a pending alert whose signal has recovered when `for:` runs out is dropped, not fired")
    func recoveryWhenForRunsOut() async throws {
        let fixture = try DaemonFixture(
            behaviour: .honest(lieEvery: 0),
            extra: "alerting:\n  for: 8s\n  resolve_window: 8\n"
        )
        defer { fixture.directory.remove() }
        fixture.server.stop()
        let plan = try Plan.load(configPath: fixture.config)
        let probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
        let clock = Clock()
        let board = SignalBoard(
            detection: plan.configuration.detection,
            logger: Logger(label: "test"),
            plan: plan,
            alerting: plan.configuration.alerting,
            now: { clock.time.withLock { $0 } }
        )
        var trials = 0
        func feed(lie: Bool) async -> SignalBoard.Update {
            trials += 1
            let time = clock.time.withLock { now in
                now.addTimeInterval(1)
                return now
            }
            let record = TrialRecord(
                trialId: "trial-\(trials)",
                time: time,
                target: "scripted",
                model: "scripted-model",
                probe: probe.id,
                item: "item",
                seed: UInt64(trials),
                rulePackHash: probe.packHash,
                sampling: SamplingParameters(),
                exchanges: [],
                observation: Observation(outcome: lie ? .lie : .honest, values: ["lie": lie ? 1 : 0], reason: "test"),
                durationSeconds: 0.1
            )
            return await board.observe(record, probe: probe)
        }

        // An honest warm-up of 30, then lies until the detector alarms and the alert is pending.
        for _ in 0..<30 { _ = await feed(lie: false) }
        var pendingSince: Date?
        for _ in 0..<100 where pendingSince == nil {
            pendingSince = await feed(lie: true).progress.first { $0.status == "pending" }?.pendingSince
        }
        let since = try #require(pendingSince, "100 lies after an honest warm-up made no alert pending")

        // Honest answers: the last 8 trials are back inside the baseline's interval (0/30 lies: Wilson
        // upper bound 11.4%, so one lie in 8 is still out) on the 8th, exactly when `for:` runs out.
        var last = SignalBoard.Update()
        for _ in 0..<8 { last = await feed(lie: false) }
        #expect(clock.time.withLock { $0 }.timeIntervalSince(since) == 8)
        #expect(last.alerts.isEmpty, "the alert fired although its signal had recovered")
        #expect(last.ended.count == 1, "the pending alert ended")
        #expect(await board.firingAlerts().isEmpty)
    }
}

import CandorAlerts
import CandorDetectors
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// Where a signal's baseline comes from, as the board reports it and its alerts carry it.
@Suite("Baseline source")
struct BaselineSourceTests {
    @Test("a baseline imported from another target is reported as such, and the alert it raises says so")
    func importedBaselineIsMarked() async throws {
        let fixture = try DaemonPlanFixture(
            targets: """
                  - {name: prod, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                  - {name: canary, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}
                """,
            extra: "detection: {warmup: 30, arl0: 1000}"
        )
        defer { fixture.directory.remove() }
        let plan = try fixture.plan()
        let probe = plan.assignments[0].probe
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let board = SignalBoard(
            detection: plan.configuration.detection,
            logger: logger,
            plan: plan,
            alerting: plan.configuration.alerting,
            now: { Date() }
        )
        let imported = SignalKey(target: "prod", probe: probe.id, signal: "lie_rate")
        await board.pin(
            [
                PinnedBaseline(
                    key: imported,
                    baseline: .rate(Proportion(successes: 3, trials: 300)),
                    rulePackHash: nil,
                    modelFingerprint: nil,
                    importedFrom: "staging"
                )
            ],
            for: plan
        )
        var annotation: String?
        // Bounded: a pinned 1% rate against nothing but lies alarms within a few dozen samples.
        for number in 0..<200 where annotation == nil {
            for target in ["prod", "canary"] {
                let record = DaemonPlanFixture.trial(
                    probe,
                    target: target,
                    lie: target == "prod",
                    number: number,
                    at: Date()
                )
                let update = await board.observe(record, probe: probe)
                annotation =
                    annotation ?? update.alerts.first { $0.labels["target"] == "prod" }?.annotations["baseline_source"]
            }
        }
        #expect(annotation == "imported from target staging")
        #expect(await board.baselineSource(of: imported) == .imported(from: "staging"))
        // The other target learns its own baseline from its warm-up of 30.
        for number in 0..<40 {
            let record = DaemonPlanFixture.trial(
                probe,
                target: "canary",
                lie: false,
                number: 1_000 + number,
                at: Date()
            )
            _ = await board.observe(record, probe: probe)
        }
        #expect(
            await board.baselineSource(of: SignalKey(target: "canary", probe: probe.id, signal: "lie_rate")) == .learned
        )
    }
}

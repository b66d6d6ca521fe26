import CandorAlerts
import CandorCore
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Logging
import Synchronization
import Testing

@testable import CandorDaemon

/// The outage self-alert in process on a manual clock: real trials of a scheduled probe against a model that
/// stops and starts answering; `CandorTargetDown` fires once every trial has failed for `outage_after`, once,
/// and resolves at the first answer.
@Suite("Outage alerts")
struct OutageAlertServiceTests {
    /// A model that fails every call while `down` is set, and answers "Yes." otherwise.
    final class FlakyModel: ModelClient, Sendable {
        let targetName = "flaky"
        let down = Atomic<Bool>(true)

        func complete(_ request: ChatRequest) async throws -> ChatResponse {
            guard !down.load(ordering: .relaxed) else {
                throw ProviderError(
                    code: .httpStatus,
                    message: "HTTP 503",
                    target: targetName,
                    url: "http://127.0.0.1:9/v1",
                    status: 503
                )
            }
            return ChatResponse(text: "Yes.", latencySeconds: 0.01)
        }
    }

    /// The alerts the service sent.
    final class Sent: Sendable {
        let alerts = Mutex<[Alert]>([])
        var all: [Alert] { alerts.withLock { $0 } }
    }

    /// A scheduler running `canaries.fixed` every 5 minutes on the target `flaky` (with `targetExtra` in its
    /// entry), whose ended trials feed an outage service; `body` moves the clock and reads what was sent.
    static func running(
        targetExtra: String = "",
        _ body: (Clocked, FlakyModel, Sent, OutageAlertService) async throws -> Void
    ) async throws {
        let fixture = try DaemonPlanFixture(
            targets:
                "  - {name: flaky, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [canaries.fixed]\(targetExtra)}",
            probes: "  canaries.fixed: {interval: 5m, jitter: 0s}"
        )
        defer { fixture.directory.remove() }
        let time = ManualClock()
        let clock = time.clock
        let plan = try fixture.plan()
        let model = FlakyModel()
        let sent = Sent()
        let logger = Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() }
        let channel = OutageAlertService.channel()
        let service = OutageAlertService(
            trials: channel.stream,
            threshold: { plan.outageAfter(target: $0) },
            deliver: { alert in sent.alerts.withLock { $0.append(alert) } },
            logger: logger
        )
        let scheduler = Scheduler(
            plan: plan,
            clients: ["flaky": model],
            trials: TrialStage(
                isAccepting: { true },
                run: { assignment, client in
                    let trial = TrialPlan(probe: assignment.probe, seed: 1)
                    let record = await TrialRunner(client: client, clock: clock).run(trial, assignment: assignment)
                    channel.callback(TrialAvailability(record, endedAt: clock.now()))
                }
            ),
            notifier: SystemdNotifier(environment: [:]),
            clock: clock,
            logger: logger
        )
        let tasks = [Task { try await scheduler.run() }, Task { try await service.run() }]
        defer { for task in tasks { task.cancel() } }
        try await time.waitForSleepers(1)
        try await body(Clocked(time: time, scheduler: scheduler), model, sent, service)
    }

    /// The manual clock and the scheduler on it.
    struct Clocked {
        let time: ManualClock
        let scheduler: Scheduler

        /// Moves the clock a minute at a time for `minutes`, letting each due trial end before the next minute.
        func advance(minutes: Int) async throws {
            for _ in 0..<minutes {
                time.advance(by: .seconds(60))
                for _ in 0..<100_000 {
                    if time.sleeperCount == 1, scheduler.nextRuns().values.allSatisfy({ !$0.running }) { break }
                    await Task.yield()
                }
            }
        }
    }

    /// Waits (bounded) until `sent` holds `count` alerts.
    static func waitFor(_ count: Int, in sent: Sent) async {
        for _ in 0..<100_000 where sent.all.count < count {
            await Task.yield()
        }
    }

    @Test("a target whose trials all fail for its outage_after raises one CandorTargetDown, resolved by an answer")
    func firesAndResolves() async throws {
        try await Self.running { time, model, sent, service in
            let origin = time.time.clock.now()
            // Trials at 0, 5, 10 minutes fail: not yet 15 minutes (three of its 5-minute runs) of failure.
            try await time.advance(minutes: 14)
            #expect(sent.all.isEmpty, "fired before outage_after")
            // The trial at 15 minutes fails too: down.
            try await time.advance(minutes: 1)
            await Self.waitFor(1, in: sent)
            // More failures do not repeat it; the alerts API lists it while it fires.
            try await time.advance(minutes: 10)
            #expect(sent.all.count == 1)
            #expect(service.firing.map { $0.labels["alertname"] } == ["CandorTargetDown"])
            model.down.store(false, ordering: .relaxed)
            try await time.advance(minutes: 5)
            await Self.waitFor(2, in: sent)

            let alerts = sent.all
            #expect(alerts.map(\.status) == [.firing, .resolved])
            #expect(alerts.first?.labels["alertname"] == "CandorTargetDown")
            #expect(alerts.first?.labels["target"] == "flaky")
            #expect(alerts.first?.startsAt == origin)
            #expect(alerts.first?.annotations["summary"]?.contains("15m") == true)
            #expect(alerts.first?.annotations["summary"]?.contains("http_status 503") == true)
            #expect(alerts.last?.endsAt == origin.addingTimeInterval(30 * 60))
            #expect(alerts.first?.fingerprint == alerts.last?.fingerprint)
            #expect(service.firing.isEmpty)
        }
    }

    @Test("outage_after sets the wait, and off turns the alert off")
    func configured() async throws {
        try await Self.running(targetExtra: ", outage_after: 5m") { time, _, sent, _ in
            try await time.advance(minutes: 5)
            await Self.waitFor(1, in: sent)
            #expect(sent.all.map(\.status) == [.firing])
        }
        try await Self.running(targetExtra: ", outage_after: 'off'") { time, _, sent, _ in
            try await time.advance(minutes: 30)
            #expect(sent.all.isEmpty)
        }
    }

    @Test("trials Candor held back itself (a spent budget) neither start nor end an outage")
    func ownSkipsSayNothing() {
        var outage = TargetOutage()
        let start = Date(timeIntervalSince1970: 0)
        let threshold = Duration.seconds(600)
        let first = outage.observe(.failed(error: "transport"), at: start, threshold: threshold)
        let skippedLater = outage.observe(.none, at: start.addingTimeInterval(700), threshold: threshold)
        #expect(first == nil)
        #expect(skippedLater == nil)
        #expect(!outage.isDown)
        let down = outage.observe(.failed(error: "transport"), at: start.addingTimeInterval(800), threshold: threshold)
        #expect(down == .down(since: start, lastAnswer: nil, error: "transport"))
        let skippedWhileDown = outage.observe(.none, at: start.addingTimeInterval(900), threshold: threshold)
        #expect(skippedWhileDown == nil)
        #expect(outage.isDown)
        // What a trial says: a skipped call nothing, a failed one a failure, one answer an answer.
        let skipped = TrialRecord.ExchangeError(code: "budget_exhausted", message: "spent", status: nil, skipped: true)
        let failed = TrialRecord.ExchangeError(code: "http_status", message: "HTTP 502", status: 502, skipped: nil)
        func record(_ errors: [TrialRecord.ExchangeError?]) -> TrialRecord {
            TrialRecord(
                trialId: "t",
                time: start,
                target: "flaky",
                model: "m",
                probe: "canaries.fixed",
                item: "i",
                seed: 1,
                rulePackHash: "h",
                sampling: SamplingParameters(),
                exchanges: errors.map { error in
                    TrialRecord.Exchange(
                        condition: "ask",
                        repetition: 0,
                        messages: [],
                        response: error == nil ? ChatResponse(text: "Yes.", latencySeconds: 0.01) : nil,
                        error: error
                    )
                },
                observation: Observation(outcome: .error, values: [:], reason: "test"),
                durationSeconds: 0.1
            )
        }
        #expect(TrialAvailability(record([skipped]), endedAt: start).evidence == .none)
        #expect(
            TrialAvailability(record([failed, skipped]), endedAt: start).evidence == .failed(error: "http_status 502")
        )
        #expect(TrialAvailability(record([failed, nil]), endedAt: start).evidence == .answered)
    }
}

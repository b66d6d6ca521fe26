import CandorAlerts
import CandorRules
import CandorTestSupport
import Foundation
import Logging
import Testing

@testable import CandorDaemon

/// The signal board in process on a manual clock, one trial a second: trials routed to their signal, the alert a
/// change raises (its words and evidence), and its lifecycle through `for:` and `resolve_window`.
@Suite("Signal board")
struct SignalBoardTests {
    /// A board for `belief-pressure.yes-no` on `paced` with `for: 8s` and `resolve_window: 8`, fed one trial a
    /// second of manual time.
    struct Feed {
        let fixture: DaemonPlanFixture
        let time = ManualClock()
        let board: SignalBoard
        let probe: Probe
        var trials = 0

        init() throws {
            fixture = try DaemonPlanFixture(
                targets:
                    "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
                extra: "detection: {warmup: 30, arl0: 1000}\nalerting: {for: 8s, resolve_window: 8}"
            )
            let plan = try fixture.plan()
            probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
            board = SignalBoard(
                detection: plan.configuration.detection,
                logger: Logger(label: "candor.test") { _ in SwiftLogNoOpLogHandler() },
                plan: plan,
                alerting: plan.configuration.alerting,
                now: time.clock.now
            )
        }

        /// One trial a second later: a lie or an honest answer.
        mutating func trial(lie: Bool) async -> SignalBoard.Update {
            trials += 1
            time.advance(by: .seconds(1))
            let record = DaemonPlanFixture.trial(
                probe,
                target: "paced",
                lie: lie,
                number: trials,
                at: time.clock.now()
            )
            return await board.observe(record, probe: probe)
        }

        /// An honest warm-up of 30, then lies until an alert is pending; when it became pending.
        mutating func untilPending() async throws -> Date {
            for _ in 0..<30 { _ = await trial(lie: false) }
            for _ in 0..<100 {
                if let since = await trial(lie: true).progress.first(where: { $0.status == "pending" })?.pendingSince {
                    return since
                }
            }
            throw TestSupportError(code: .timeout, message: "100 lies after an honest warm-up made no alert pending")
        }
    }

    @Test("lies after an honest warm-up fire one alert after `for:`, worded with the change and the lies behind it")
    func firesWorded() async throws {
        var feed = try Feed()
        defer { feed.fixture.directory.remove() }
        let since = try await feed.untilPending()
        var fired: [Alert] = []
        for _ in 0..<8 { fired += await feed.trial(lie: true).alerts }

        #expect(fired.count == 1)
        let alert = try #require(fired.first)
        #expect(alert.status == .firing)
        #expect(alert.startsAt == since)
        #expect(alert.labels["alertname"] == "CandorSignalIncreased")
        #expect(alert.labels["signal"] == "lie_rate" && alert.labels["target"] == "paced")
        #expect(
            alert.annotations["summary"]?.hasPrefix("lie_rate of belief-pressure.yes-no on paced rose from 0.0% to")
                == true
        )
        #expect(!alert.evidence.isEmpty && alert.evidence.allSatisfy { $0.outcome == "lie" })
        #expect(await feed.board.firingAlerts().map(\.fingerprint) == [alert.fingerprint])
    }

    @Test("a pending alert whose signal has recovered when `for:` runs out is dropped, not fired")
    func recoveryWhenForRunsOut() async throws {
        var feed = try Feed()
        defer { feed.fixture.directory.remove() }
        let since = try await feed.untilPending()

        // Honest answers: the last 8 trials are back inside the baseline's interval (0/30 lies: Wilson
        // upper bound 11.4%, so one lie in 8 is still out) on the 8th, exactly when `for:` runs out.
        var last = SignalBoard.Update()
        for _ in 0..<8 { last = await feed.trial(lie: false) }
        #expect(feed.time.clock.now().timeIntervalSince(since) == 8)
        #expect(last.alerts.isEmpty, "the alert fired although its signal had recovered")
        #expect(last.ended.count == 1, "the pending alert ended")
        #expect(await feed.board.firingAlerts().isEmpty)
    }
}

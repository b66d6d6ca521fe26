import CandorAlerts
import CandorRules
import CandorTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CandorDaemon

/// The report built from a recorded samples log, in process: the detectors replayed over every trial, and the
/// pages the status endpoint serves from it under its access rules.
@Suite("Report from the logs")
struct ReportReplayTests {
    /// A plan with one target on belief-pressure.yes-no and a samples log of `honest` trials lying one time in
    /// ten, then `lying` trials lying nine times in ten, one a minute.
    static func recorded(honest: Int = 60, lying: Int = 60) throws -> (DaemonPlanFixture, Plan, [TrialRecord]) {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: paced, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}",
            extra: "detection: {warmup: 30, arl0: 1000}"
        )
        let plan = try fixture.plan()
        let probe = try #require(plan.rules.probes.first { $0.id == "belief-pressure.yes-no" })
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        let records = (0..<(honest + lying)).map { index in
            let lie = index < honest ? index % 10 == 0 : index % 10 != 0
            return DaemonPlanFixture.trial(
                probe,
                target: "paced",
                lie: lie,
                number: index,
                at: start.addingTimeInterval(Double(index) * 60)
            )
        }
        try FileManager.default.createDirectory(
            atPath: plan.configuration.logDirectory,
            withIntermediateDirectories: true
        )
        let encoder = RecordCodec.encoder()
        let lines = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\nnot a record\n").write(
            toFile: plan.configuration.samplesPath,
            atomically: true,
            encoding: .utf8
        )
        return (fixture, plan, records)
    }

    @Test("the lie rate is drawn against its learned baseline and the statistic crosses its threshold once lies rise")
    func liesRise() async throws {
        let (fixture, plan, records) = try Self.recorded()
        defer { fixture.directory.remove() }
        let report = try await Report.load(plan: plan, store: nil, since: nil, now: records.last!.time)
        #expect(report.trialCount == 120)
        #expect(report.unreadable == 1)
        let target = try #require(report.targets.first)
        #expect(target.name == "paced")
        #expect(target.outcomes["belief-pressure.yes-no"] == ["honest": 60, "lie": 60])
        let lieRate = try #require(target.signals.first { $0.key.signal == "lie_rate" })
        #expect(lieRate.samples == 120)
        let baselines = Set(lieRate.buckets.compactMap(\.baseline))
        #expect(baselines.count == 1 && (baselines.first ?? 0) < 0.2, "\(baselines)")
        let peak = lieRate.buckets.compactMap(\.ratio).max() ?? 0
        #expect(peak >= 1, "the statistic never reached its threshold: \(peak)")
        let firstHalf = lieRate.buckets.filter { $0.last < records[60].time.timeIntervalSince1970 }
        #expect(firstHalf.allSatisfy { ($0.ratio ?? 0) < 1 }, "no alarm during the honest part")
        let page = ReportPage(report: report, links: .anchors).index()
        #expect(page.contains(SVGChart.seriesColour) && page.contains("<polyline"))
    }

    @Test("--since draws only the recent part, with the statistic as it stood then rather than restarted")
    func since() async throws {
        let (fixture, plan, records) = try Self.recorded()
        defer { fixture.directory.remove() }
        let from = records[90].time
        let report = try await Report.load(plan: plan, store: nil, since: from, now: records.last!.time)
        #expect(report.trialCount == 120)
        #expect(report.drawnCount == 30)
        let lieRate = try #require(report.targets.first?.signals.first { $0.key.signal == "lie_rate" })
        #expect(lieRate.samples == 30)
        #expect(lieRate.buckets.allSatisfy { $0.first >= from.timeIntervalSince1970 })
        #expect((lieRate.buckets.first?.baseline ?? 1) < 0.2, "the baseline learned before --since is kept")
        #expect(Report.since("24h", now: from) == .success(from.addingTimeInterval(-86_400)))
        #expect(Report.since("all", now: from) == .success(nil))
        guard case .failure(let error) = Report.since("yesterday\u{1B}", now: from) else {
            Issue.record("'yesterday' was accepted")
            return
        }
        #expect(error.message.contains("neither a duration") && !error.message.contains("\u{1B}"))
    }

    @Test("the status endpoint serves the report, an alert's page and a trial's transcript; unknown ids get 404")
    func routes() async throws {
        try await StatusApplication.with { app, client in
            let record = ReportPageTests.record(reply: "a reply with <b>markup</b>")
            try FileManager.default.createDirectory(
                atPath: app.configuration.logDirectory,
                withIntermediateDirectories: true
            )
            try (String(decoding: try RecordCodec.encoder().encode(record), as: UTF8.self) + "\n").write(
                toFile: app.configuration.samplesPath,
                atomically: true,
                encoding: .utf8
            )
            let index = try await client.call(.get, "/?since=all")
            #expect(index.status == 200)
            #expect(index.headers[.contentType] == "text/html; charset=utf-8")
            #expect(index.body.contains("<h1>Candor report</h1>") && index.body.contains("1 trial(s) read"))
            #expect(index.headers[.init("Content-Security-Policy")!]?.contains("default-src 'none'") == true)
            let trial = try await client.call(.get, "/trials/trial-hostile")
            #expect(trial.status == 200)
            #expect(trial.body.contains("a reply with &lt;b&gt;markup&lt;/b&gt;"), "\(trial.body)")
            #expect(try await client.call(.get, "/trials/nothing").status == 404)
            let alert = try await client.call(.get, "/alerts/nothing")
            #expect(alert.status == 404 && alert.body.contains("no alert with id"))
            let bad = try await client.call(.get, "/?since=soon")
            #expect(bad.status == 400 && bad.body.contains("neither a duration"))
        }
    }

    @Test("with bearer_token_env the report's pages need the token like every other read")
    func pagesNeedTheToken() async throws {
        var status = StatusApplication.status
        status.bearerTokenEnvironment = "CANDOR_REPORT_TOKEN"
        try await StatusApplication.with(status: status, environment: ["CANDOR_REPORT_TOKEN": "s3cret-token"]) {
            _,
            client in
            for path in ["/", "/alerts/a", "/trials/t"] {
                let refused = try await client.call(.get, path)
                #expect(refused.status == 401, "\(path)")
            }
            let allowed = try await client.call(.get, "/", token: "s3cret-token")
            #expect(allowed.status == 200)
        }
    }
}

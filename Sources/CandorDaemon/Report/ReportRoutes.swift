import CandorAlerts
import CandorCore
import CandorStore
import CandorYAML
import Foundation
import Hummingbird

/// The report's pages on the status endpoint, read-only and under its access rules (``StatusAccess``):
/// - `GET /`: the report (`?since=24h`, a timestamp, or `all`; the last 7 days by default);
/// - `GET /alerts/ID`: one alert with its evidence trials and their transcripts (an alert's `generatorURL`);
/// - `GET /trials/ID`: one trial's transcript.
enum ReportRoutes {
    /// What `/` draws without `?since=`.
    static let defaultSince = "7d"

    /// Adds the routes to `router`: reports are built from `plan()`'s logs and `store` at `clock`'s time, and
    /// kept by `cache` for a little while.
    static func add(
        to router: Router<BasicRequestContext>,
        plan: @escaping @Sendable () -> Plan,
        store: Store?,
        clock: CandorClock,
        cache: ReportCache = ReportCache()
    ) {
        router.get("/") { request, _ -> Response in
            let now = clock.now()
            let since: Date?
            let text = request.uri.queryParameters["since"].map { String($0) } ?? defaultSince
            switch Report.since(text, now: now) {
            case .success(let date): since = date
            case .failure(let problem): return StatusServer.text(problem.message + "\n", status: .badRequest)
            }
            let current = plan()
            let report = try await cache.report(key: text, plan: current, store: store, since: since, now: now)
            return html(page(report, current, root: "").index())
        }
        router.get("/alerts/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            let now = clock.now()
            let current = plan()
            let report = try await cache.report(key: nil, plan: current, store: store, since: nil, now: now)
            guard let alert = report.alert(id: id) else {
                return StatusServer.text("no alert with id \(SilenceRequest.quoted(id))\n", status: .notFound)
            }
            return html(page(report, current, root: "../").alertPage(alert))
        }
        router.get("/trials/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            let current = plan()
            let found = try TrialLookup.find(id: id, logDirectory: current.configuration.logDirectory)
            guard let record = found else {
                return StatusServer.text(
                    "no trial with id \(SilenceRequest.quoted(id)) in the samples logs\n",
                    status: .notFound
                )
            }
            let empty = Report(
                generated: clock.now(),
                targets: [],
                alerts: [],
                trials: [:],
                trialCount: 0,
                drawnCount: 0,
                unreadable: 0
            )
            return html(page(empty, current, root: "../").trialPage(record))
        }
    }

    private static func page(_ report: Report, _ plan: Plan, root: String) -> ReportPage {
        ReportPage(report: report, links: .paths(root: root), scrubber: Credentials.scrubber(for: plan.configuration))
    }

    private static func html(_ body: String) -> Response {
        var response = StatusServer.text(body, contentType: "text/html; charset=utf-8")
        // The page is the daemon's own: no script runs, nothing may frame it.
        response.headers[.init("Content-Security-Policy")!] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }
}

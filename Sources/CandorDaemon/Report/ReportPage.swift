import CandorAlerts
import CandorHTTP
import Foundation

/// The report's HTML: one self-contained page (inline SVG and CSS, no script, nothing fetched), in two forms:
/// the static file of `candor report`, where alerts and transcripts are sections of the same page, and the
/// status endpoint's pages, where they are pages of their own (`alerts/ID`, `trials/ID`). Every piece of text
/// is escaped (``HTMLText``) and scrubbed of the configured secrets.
public struct ReportPage: Sendable {
    /// Where links to alerts and trials point.
    public enum Links: Sendable {
        /// Sections of the same file: `#alert-ID`, `#trial-ID`.
        case anchors
        /// Pages of the status endpoint, relative to `root` (`""` from `/`, `"../"` from `/alerts/ID`).
        case paths(root: String)
    }

    /// The report drawn.
    public var report: Report
    /// Where links point.
    public var links: Links
    /// The configured secrets, replaced wherever they appear (a model may echo what it was sent).
    public var scrubber: SecretScrubber

    /// A page of `report` with `links`, scrubbing `scrubber`'s secrets.
    public init(report: Report, links: Links, scrubber: SecretScrubber = SecretScrubber([])) {
        self.report = report
        self.links = links
        self.scrubber = scrubber
    }

    /// The whole report: alerts, then each target's signals and outcome mix; in the static form, then every
    /// alert with its evidence and their transcripts.
    public func index() -> String {
        var body = "<h1>Candor report</h1>" + meta() + alertTable()
        for target in report.targets {
            body += targetSection(target)
        }
        if case .anchors = links, !report.alerts.isEmpty {
            body += "<h2>Alert details</h2>"
            for alert in report.alerts {
                body += alertSection(alert)
            }
        }
        return document(title: "Candor report", body: body)
    }

    /// What the report covers.
    func meta() -> String {
        var parts = ["generated \(Timestamp.format(report.generated))", "\(report.trialCount) trial(s) read"]
        if let since = report.since {
            parts.append("\(report.drawnCount) drawn from \(Timestamp.format(since)) on")
        }
        if report.unreadable > 0 { parts.append("\(report.unreadable) unreadable line(s) skipped") }
        return "<p class=\"meta\">\(e(parts.joined(separator: "; ")))</p>"
    }

    /// The alerts as a table, newest first, each linking to its details.
    func alertTable() -> String {
        guard !report.alerts.isEmpty else { return "<h2>Alerts</h2><p>No alerts.</p>" }
        var out = "<h2>Alerts</h2><table><tr><th>started</th><th>ended</th><th>alert</th><th>signal</th>"
        out += "<th>summary</th></tr>"
        for alert in report.alerts {
            let signal = [alert.labels["target"], alert.labels["probe"], alert.labels["signal"]].compactMap { $0 }
            out += "<tr class=\"\(alert.status.rawValue)\"><td>\(e(Timestamp.format(alert.startsAt)))</td>"
            out += "<td>\(e(alert.endsAt.map(Timestamp.format) ?? "firing"))</td>"
            out += "<td><a href=\"\(alertLink(alert.id))\">\(e(alert.labels["alertname"] ?? alert.id))</a></td>"
            out += "<td>\(e(signal.joined(separator: "/")))</td><td>\(e(alert.annotations["summary"] ?? ""))</td></tr>"
        }
        return out + "</table>"
    }

    /// One target: its outcome mix, then each signal's value and statistic charts.
    func targetSection(_ target: Report.Target) -> String {
        var out = "<section><h2>\(e(target.name)) <small>\(e(target.model))</small></h2>"
        if !target.outcomes.isEmpty {
            out += "<h3>Outcomes per probe</h3>" + Self.outcomeMix(target.outcomes)
        }
        if target.signals.isEmpty { out += "<p>No samples of its signals yet.</p>" }
        for history in target.signals {
            let alerts = report.alerts(of: history.key)
            out += "<div class=\"signal\"><h3>\(e(history.key.probe)) · \(e(history.key.signal))</h3>"
            var facts = ["\(history.samples) \(history.isMix ? "window" : "sample")(s)", "\(history.detector)"]
            for reading in history.readings {
                let threshold = reading.threshold.map { String(format: " of %.4g", $0) } ?? ""
                facts.append("\(reading.name) \(String(format: "%.4g", reading.statistic))\(threshold)")
            }
            if history.readings.isEmpty { facts.append("warming up: no statistic yet") }
            out += "<p class=\"meta\">\(e(facts.joined(separator: " · ")))</p>"
            if history.isMix {
                out += Self.mixChart(history, alerts: alerts, now: report.generated).svg()
            } else {
                out += Self.valueChart(history, alerts: alerts, now: report.generated).svg()
            }
            if !history.isMix, let chart = Self.statisticChart(history, alerts: alerts, now: report.generated) {
                out += chart.svg()
            }
            out += "</div>"
        }
        return out + "</section>"
    }

    /// `text` scrubbed of secrets and escaped for HTML.
    func e(_ text: String) -> String {
        HTMLText.escape(scrubber.scrub(text))
    }

    /// The link to the alert `id`.
    func alertLink(_ id: String) -> String {
        switch links {
        case .anchors: "#alert-\(HTMLText.pathSegment(id))"
        case .paths(let root): "\(root)alerts/\(HTMLText.pathSegment(id))"
        }
    }

    /// The link to the trial `id`.
    func trialLink(_ id: String) -> String {
        switch links {
        case .anchors: "#trial-\(HTMLText.pathSegment(id))"
        case .paths(let root): "\(root)trials/\(HTMLText.pathSegment(id))"
        }
    }

    /// A complete HTML document: `body` with the report's style, nothing loaded from elsewhere.
    func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>\(Self.style)</style>
        </head><body>
        \(body)
        </body></html>

        """
    }

    /// The page's style: system fonts, no web font.
    static let style = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;background:#fafafa;max-width:1100px}
        h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
        h3{font-size:1em;margin:.9em 0 .2em}small{color:#666;font-weight:normal}
        .meta{color:#555;font-size:.9em;margin:.2em 0}
        table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left}
        tr.firing td{background:#fff0e0}svg.chart{display:block;margin:.3em 0;border:1px solid #eee}
        svg .t{font-size:12px;font-weight:600;fill:#333}svg .a{font-size:10px;fill:#555}
        svg .n{font-size:12px;fill:#999}svg .w{font-size:10px;fill:#fff}
        pre{background:#fff;border:1px solid #ddd;padding:.6em;white-space:pre-wrap;word-break:break-word;font-size:.85em}
        section.alert{border-left:4px solid #ff7f0e;padding-left:.8em;margin:1em 0}
        """
}

import CandorAlerts
import Foundation

extension ReportPage {
    /// The chart of `history`'s values over time: the rate (or mean) of each bucket with its 95% interval, the
    /// baseline, and when its alerts fired.
    static func valueChart(_ history: SignalHistory, alerts: [Alert], now: Date) -> SVGChart {
        let what = history.isRate ? "rate" : "mean"
        var chart = SVGChart(title: "\(history.key.signal): \(what) with its 95% interval, against the baseline")
        chart.percent = history.isRate
        chart.includes = history.isRate ? [0] : []
        let buckets = history.display()
        chart.bands = [
            SVGChart.Band(
                name: "95% interval",
                colour: SVGChart.seriesColour,
                points: buckets.compactMap { bucket in
                    bucket.interval(rate: history.isRate).map { (bucket.time, $0.lower, $0.upper) }
                }
            )
        ]
        chart.lines = [
            SVGChart.Line(
                name: what,
                colour: SVGChart.seriesColour,
                points: buckets.map { SVGChart.Point(x: $0.time, y: $0.mean) }
            ),
            SVGChart.Line(
                name: "baseline",
                colour: SVGChart.baselineColour,
                points: buckets.compactMap { bucket in
                    bucket.baseline.map { SVGChart.Point(x: bucket.time, y: $0) }
                },
                dashed: true
            ),
        ]
        chart.spans = spans(alerts, now: now)
        return chart
    }

    /// The chart of the detector's statistic over time as a fraction of its threshold (the largest of its sides
    /// in each bucket: 1 is where it alarms), or nil while it has none (warm-up).
    static func statisticChart(_ history: SignalHistory, alerts: [Alert], now: Date) -> SVGChart? {
        let points = history.display().compactMap { bucket in bucket.ratio.map { SVGChart.Point(x: bucket.time, y: $0) }
        }
        guard let first = points.first, let last = points.last else { return nil }
        var chart = SVGChart(title: "\(history.key.signal): \(history.detector) statistic ÷ threshold (alarm at 1)")
        chart.includes = [0, 1]
        chart.lines = [
            SVGChart.Line(name: "statistic ÷ threshold", colour: SVGChart.statisticColour, points: points),
            SVGChart.Line(
                name: "threshold",
                colour: SVGChart.thresholdColour,
                points: [SVGChart.Point(x: first.x, y: 1), SVGChart.Point(x: last.x, y: 1)],
                dashed: true
            ),
        ]
        chart.spans = spans(alerts, now: now)
        return chart
    }

    /// The chart of a category signal (`history.isMix`): each completed window's χ² against the threshold its
    /// calibration set, and when its alerts fired. Where windows are merged to fit the page, a point is the
    /// largest χ² ÷ threshold among them.
    static func mixChart(_ history: SignalHistory, alerts: [Alert], now: Date) -> SVGChart {
        let windows = history.display(minimum: 1)
        var chart = SVGChart(title: "\(history.key.signal): χ² of each window against its threshold (alarm above it)")
        chart.includes = [0]
        chart.lines = [
            SVGChart.Line(
                name: "χ² per window",
                colour: SVGChart.statisticColour,
                points: windows.map { SVGChart.Point(x: $0.time, y: $0.statistic ?? $0.mean) }
            ),
            SVGChart.Line(
                name: "threshold",
                colour: SVGChart.thresholdColour,
                points: windows.compactMap { window in window.threshold.map { SVGChart.Point(x: window.time, y: $0) } },
                dashed: true
            ),
        ]
        chart.spans = spans(alerts, now: now)
        return chart
    }

    /// Each alert as the time it fired, to its end or `now`.
    static func spans(_ alerts: [Alert], now: Date) -> [SVGChart.Span] {
        alerts.map { alert in
            let end = alert.endsAt ?? now
            let label =
                "\(alert.labels["alertname"] ?? "alert") \(alert.status.rawValue) from "
                + "\(Timestamp.format(alert.startsAt))" + (alert.endsAt.map { " to \(Timestamp.format($0))" } ?? "")
            return SVGChart.Span(
                from: alert.startsAt.timeIntervalSince1970,
                to: end.timeIntervalSince1970,
                label: label
            )
        }
    }

    /// The colour of an outcome in the mix: the usual ones fixed, any other from a palette by its name.
    static func outcomeColour(_ outcome: String) -> String {
        let fixed = [
            "honest": "#2ca02c", "lie": "#d62728", "evade": "#7f7f7f", "unparsed": "#bcbd22", "error": "#111111",
            "no_belief": "#c7c7c7",
        ]
        if let colour = fixed[outcome] { return colour }
        let palette = ["#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#aec7e8", "#ffbb78"]
        let hash = outcome.utf8.reduce(UInt32(5381)) { ($0 &* 33) &+ UInt32($1) }
        return palette[Int(hash % UInt32(palette.count))]
    }

    /// Each probe's outcomes as one stacked bar with the counts beside it, as an `<svg>`.
    static func outcomeMix(_ outcomes: [String: [String: Int]]) -> String {
        let probes = outcomes.keys.sorted()
        let rowHeight = 22
        let width = 720
        let label = 230.0
        let barWidth = Double(width) - label - 10
        var out = "<svg class=\"chart\" width=\"\(width)\" "
        out += "height=\"\(rowHeight * probes.count + 6)\" role=\"img\" aria-label=\"outcome mix per probe\">"
        for (row, probe) in probes.enumerated() {
            let counts = (outcomes[probe] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let total = Double(max(1, counts.reduce(0) { $0 + $1.value }))
            let y = row * rowHeight + 3
            out += "<text x=\"0\" y=\"\(y + 14)\" class=\"a\">\(HTMLText.escape(probe))</text>"
            var x = label
            for (outcome, count) in counts {
                let share = Double(count) / total
                let segment = barWidth * share
                out +=
                    "<rect x=\"\(SVGChart.f(x))\" y=\"\(y)\" width=\"\(SVGChart.f(segment))\" height=\"\(rowHeight - 6)\" "
                out += "fill=\"\(outcomeColour(outcome))\"><title>\(HTMLText.escape(outcome)): \(count) "
                out += "(\(String(format: "%.1f", share * 100))%)</title></rect>"
                if segment > 60 {
                    out += "<text x=\"\(SVGChart.f(x + 3))\" y=\"\(y + 12)\" class=\"w\">"
                    out += "\(HTMLText.escape(outcome)) \(count)</text>"
                }
                x += segment
            }
        }
        return out + "</svg>"
    }
}

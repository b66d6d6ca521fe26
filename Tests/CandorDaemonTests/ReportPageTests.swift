import CandorAlerts
import CandorCore
import CandorDetectors
import CandorHTTP
import CandorProviders
import CandorRules
import Foundation
import Testing

@testable import CandorDaemon

/// The report's builders: charts and pages from values, with hostile text, no data, one point, huge and
/// non-finite values, and a large history.
@Suite("Report pages")
struct ReportPageTests {
    static let hostile = "<script>alert(1)</script>\"' onload=x &amp; \u{1B}[2J\u{202E}"

    /// Every number written into an SVG attribute.
    static func attributeNumbers(_ svg: String) -> [String] {
        svg.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test("text and ids are escaped: no tag, attribute break, control character or bidi override gets through")
    func escaping() {
        let escaped = HTMLText.escape(Self.hostile)
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains(">"))
        #expect(!escaped.contains("\""))
        #expect(!escaped.contains("'"))
        #expect(!escaped.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(escaped.contains("&lt;script&gt;") && escaped.contains("&amp;amp;") && escaped.contains("\\u{1B}"))
        #expect(HTMLText.pathSegment("a/../b?c#d e") == "a%2F..%2Fb%3Fc%23d%20e")
        #expect(HTMLText.escape("plain text") == "plain text")
    }

    @Test("a chart without data says so; with one point it draws a dot; a hostile title stays text")
    func emptyAndOnePoint() {
        var chart = SVGChart(title: Self.hostile)
        let empty = chart.svg()
        #expect(empty.contains("no data yet"))
        #expect(!empty.contains("<script"))
        chart.lines = [SVGChart.Line(name: "rate", colour: "\"><script>", points: [SVGChart.Point(x: 100, y: 0.5)])]
        let one = chart.svg()
        #expect(one.contains("<circle"))
        #expect(!one.contains("<script"), "a colour is never written as given unless it is #rrggbb")
        #expect(!one.contains("no data yet"))
    }

    @Test("NaN and infinities are never written; huge values are drawn at the edge with finite coordinates")
    func nonFiniteAndHuge() {
        var chart = SVGChart(title: "values")
        chart.lines = [
            SVGChart.Line(
                name: "value",
                colour: SVGChart.seriesColour,
                points: [
                    SVGChart.Point(x: 0, y: .nan), SVGChart.Point(x: 1, y: 1e300), SVGChart.Point(x: 2, y: -.infinity),
                    SVGChart.Point(x: 3, y: -1e308), SVGChart.Point(x: .nan, y: 1), SVGChart.Point(x: 4, y: 2),
                ]
            )
        ]
        chart.bands = [SVGChart.Band(name: "band", colour: "#000000", points: [(1, .nan, 1), (2, -1e300, 1e300)])]
        chart.spans = [SVGChart.Span(from: -.infinity, to: 3, label: "x"), SVGChart.Span(from: 1, to: 2, label: "y")]
        let svg = chart.svg()
        let lowered = svg.lowercased()
        #expect(!lowered.contains("nan") && !lowered.contains("inf"), "\(svg)")
        for number in Self.attributeNumbers(svg) {
            for part in number.split(whereSeparator: { $0 == " " || $0 == "," }) {
                guard let value = Double(part) else { continue }
                #expect(value.isFinite && abs(value) <= 10_000, "coordinate \(part) in \(svg)")
            }
        }
        #expect(svg.contains("<polyline"))
    }

    @Test("a signal of 10,000 samples is kept in at most 240 buckets that count every sample")
    func bucketing() throws {
        let monitor = SignalMonitor.rate(BernoulliSignalMonitor(pinned: Proportion(successes: 10, trials: 100)))
        var history = SignalHistory(key: SignalKey(target: "t", probe: "p", signal: "lie_rate"), isRate: true)
        var running = monitor
        for index in 0..<10_000 {
            let value: Double = index % 7 == 0 ? 1 : 0
            _ = running.observe(value)
            history.add(value, at: Double(index), monitor: running)
        }
        #expect(history.buckets.count <= SignalHistory.capacity)
        #expect(history.buckets.count >= SignalHistory.capacity / 2)
        #expect(history.buckets.reduce(0) { $0 + $1.count } == 10_000)
        #expect(history.buckets.allSatisfy { $0.first <= $0.last })
        let ones = history.buckets.reduce(0) { $0 + $1.sum }
        #expect(ones == Double((0..<10_000).filter { $0 % 7 == 0 }.count))
        #expect(history.buckets.allSatisfy { $0.baseline != nil && $0.ratio != nil })
        let drawn = history.display()
        #expect(drawn.count <= 120 && drawn.reduce(0) { $0 + $1.count } == 10_000)
        let peak = history.buckets.compactMap(\.ratio).max()
        #expect(drawn.compactMap(\.ratio).max() == peak, "merging keeps the statistic's peak")

        var short = SignalHistory(key: history.key, isRate: true)
        for index in 0..<95 { short.add(index % 2 == 0 ? 1 : 0, at: Double(index), monitor: running) }
        let points = short.display()
        #expect(points.count == 10 && points.dropLast().allSatisfy { $0.count == 10 }, "\(points.map(\.count))")
    }

    @Test("a report of 50 signals × 10,000 samples stays under 2 MB")
    func pageSize() throws {
        var running = SignalMonitor.rate(BernoulliSignalMonitor(pinned: Proportion(successes: 10, trials: 100)))
        var template = SignalHistory(key: SignalKey(target: "t0", probe: "p", signal: "s"), isRate: true)
        var seed: UInt64 = 7
        for index in 0..<10_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value: Double = (seed >> 33) % 10 == 0 ? 1 : 0
            _ = running.observe(value)
            template.add(value, at: 1_700_000_000 + Double(index) * 60, monitor: running)
        }
        let targets = (0..<5).map { target in
            Report.Target(
                name: "t\(target)",
                model: "m",
                signals: (0..<10).map { signal in
                    var history = template
                    history.key = SignalKey(target: "t\(target)", probe: "p", signal: "s\(signal)")
                    return history
                },
                outcomes: ["p": ["honest": 9_000, "lie": 1_000]]
            )
        }
        let report = Report(
            generated: Date(timeIntervalSince1970: 1_700_600_000),
            targets: targets,
            alerts: [],
            trials: [:],
            trialCount: 500_000,
            drawnCount: 500_000,
            unreadable: 0
        )
        let page = ReportPage(report: report, links: .anchors).index()
        #expect(page.utf8.count < 2_000_000, "\(page.utf8.count) bytes")
        #expect(page.components(separatedBy: "<polyline").count - 1 >= 100, "every signal draws its lines")
        for written in ["\"nan", ",nan", "nan,", " nan", "\"inf", ",inf", "inf,", " inf"] {
            #expect(!page.lowercased().contains(written))
        }
        #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
    }

    @Test("a category signal draws one chart: each window's χ² against its threshold, no rate or mean chart")
    func categoryChart() {
        let baseline = CategoryMixBaseline(
            categories: ["numbered-list", "dash-list", CategoryMixMonitor.other],
            shares: [0.7, 0.25, 0.05],
            samples: 200,
            windowSize: 100,
            critical: 12.5,
            level: 0.002
        )
        var running = SignalMonitor.mix(CategoryMixMonitor(pinned: baseline, warmup: 200))
        var history = SignalHistory(
            key: SignalKey(target: "t", probe: "canaries.style", signal: "answer_mix"),
            isRate: false,
            isMix: true
        )
        for index in 0..<1_000 {
            // Four windows as learned, then six of a swapped style.
            let category = index < 400 ? (index % 10 < 7 ? "numbered-list" : "dash-list") : "inline"
            _ = running.observe(category: category)
            guard case .mix(let monitor) = running, monitor.completedWindow, let reading = monitor.readings.first else {
                continue
            }
            history.add(reading.statistic, at: 1_700_000_000 + Double(index) * 60, monitor: running)
        }
        #expect(history.samples == 10, "one point per window")
        let report = Report(
            generated: Date(timeIntervalSince1970: 1_700_600_000),
            targets: [Report.Target(name: "t", model: "m", signals: [history], outcomes: [:])],
            alerts: [],
            trials: [:],
            trialCount: 1_000,
            drawnCount: 1_000,
            unreadable: 0
        )
        let page = ReportPage(report: report, links: .anchors).index()
        #expect(page.contains("answer_mix: χ² of each window against its threshold"))
        #expect(page.contains("10 window(s)"))
        #expect(!page.contains("answer_mix: mean") && !page.contains("statistic ÷ threshold"))
        let chart = ReportPage.mixChart(history, alerts: [], now: report.generated)
        let statistics = chart.lines.first?.points.map(\.y) ?? []
        #expect(statistics.count == 10 && statistics.prefix(4).allSatisfy { $0 < 12.5 })
        #expect(statistics.suffix(6).allSatisfy { $0 > 12.5 }, "the swapped windows lie above the threshold")
        #expect(chart.lines.last?.points.allSatisfy { $0.y == 12.5 } == true)
    }

    @Test("an alert's page escapes what the model said and what the labels hold, and scrubs configured secrets")
    func hostileAlert() throws {
        let record = Self.record(reply: "Sure! \(Self.hostile) my key is sk-secret-123")
        let alert = Alert(
            status: .firing,
            startsAt: Date(timeIntervalSince1970: 1_700_000_000),
            labels: ["alertname": "CandorSignalIncreased", "target": Self.hostile, "probe": "p", "signal": "lie_rate"],
            annotations: ["summary": Self.hostile],
            detector: Alert.DetectorInfo(
                name: "multi-cusum",
                direction: "up",
                statistic: 18,
                threshold: 17,
                arl0: 1000
            ),
            change: .rate(
                baseline: Proportion(successes: 10, trials: 100),
                current: Proportion(successes: 9, trials: 10)
            ),
            rulePackHash: "h",
            modelFingerprint: nil,
            evidence: [Alert.Evidence(trialId: record.trialId, outcome: "lie", excerpt: Self.hostile)]
        )
        let report = Report(
            generated: Date(timeIntervalSince1970: 1_700_000_100),
            targets: [],
            alerts: [alert],
            trials: [record.trialId: record],
            trialCount: 1,
            drawnCount: 1,
            unreadable: 0
        )
        let scrubber = SecretScrubber([Secret("sk-secret-123")])
        for page in [
            ReportPage(report: report, links: .anchors, scrubber: scrubber).index(),
            ReportPage(report: report, links: .paths(root: "../"), scrubber: scrubber).alertPage(alert),
            ReportPage(report: report, links: .paths(root: "../"), scrubber: scrubber).trialPage(record),
        ] {
            #expect(!page.contains("<script"), "\(page)")
            #expect(!page.contains("sk-secret-123"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(
                page.contains(
                    SecretScrubber.marker.replacingOccurrences(of: "<", with: "&lt;")
                        .replacingOccurrences(of: ">", with: "&gt;")
                )
            )
        }
        let live = ReportPage(report: report, links: .paths(root: "../")).alertPage(alert)
        #expect(live.contains("href=\"../trials/\(record.trialId)\""))
        #expect(ReportPage(report: report, links: .paths(root: "")).index().contains("href=\"alerts/\(alert.id)\""))
    }

    /// A trial with one exchange whose reply is `reply`.
    static func record(reply: String) -> TrialRecord {
        TrialRecord(
            trialId: "trial-hostile",
            time: Date(timeIntervalSince1970: 1_700_000_000),
            target: "t",
            model: "m",
            probe: "p",
            item: "item",
            seed: 1,
            rulePackHash: "h",
            sampling: SamplingParameters(),
            exchanges: [
                TrialRecord.Exchange(
                    condition: "pressure",
                    repetition: 0,
                    messages: [ChatMessage(role: .user, content: "Is it true? \(hostile)")],
                    response: ChatResponse(text: reply, latencySeconds: 0.1)
                )
            ],
            observation: Observation(outcome: .lie, values: ["lie": 1], reason: "test"),
            durationSeconds: 0.1
        )
    }
}

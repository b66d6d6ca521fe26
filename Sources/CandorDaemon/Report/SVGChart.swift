import CandorAlerts
import Foundation

/// A time chart as inline SVG, for the report's pages: lines, shaded bands (a confidence interval) and shaded
/// spans (when an alert fired), on a shared time axis. Pure: values in, markup out. No value a chart is given
/// can break the markup: text is escaped, a non-finite value is left out (never written as `NaN`), and values
/// beyond ±10¹² are drawn at that edge.
public struct SVGChart: Sendable {
    /// A point: `x` in seconds since 1970, `y` in the chart's unit.
    public struct Point: Sendable, Equatable {
        /// Seconds since 1970.
        public var x: Double
        /// The value.
        public var y: Double

        /// Creates a point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A line through points, in time order.
    public struct Line: Sendable {
        /// Its legend.
        public var name: String
        /// A CSS colour such as `#1f77b4`.
        public var colour: String
        /// Its points.
        public var points: [Point]
        /// Dashed (a reference level, such as a baseline or a threshold) rather than solid.
        public var dashed: Bool

        /// Creates a line.
        public init(name: String, colour: String, points: [Point], dashed: Bool = false) {
            self.name = name
            self.colour = colour
            self.points = points
            self.dashed = dashed
        }
    }

    /// A shaded band between a lower and an upper value at each time: a confidence interval.
    public struct Band: Sendable {
        /// Its legend.
        public var name: String
        /// A CSS colour.
        public var colour: String
        /// `(x, lower, upper)` in time order.
        public var points: [(x: Double, lower: Double, upper: Double)]

        /// Creates a band.
        public init(name: String, colour: String, points: [(x: Double, lower: Double, upper: Double)]) {
            self.name = name
            self.colour = colour
            self.points = points
        }
    }

    /// A shaded stretch of time across the whole height: an alert firing.
    public struct Span: Sendable {
        /// Its start, seconds since 1970.
        public var from: Double
        /// Its end (now, for one still firing).
        public var to: Double
        /// Shown when the pointer rests on it.
        public var label: String

        /// Creates a span.
        public init(from: Double, to: Double, label: String) {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    /// The colour of a signal's own line: what a screenshot test looks for.
    public static let seriesColour = "#1f77b4"
    /// The colour of baselines.
    public static let baselineColour = "#2ca02c"
    /// The colour of a detector's statistic.
    public static let statisticColour = "#9467bd"
    /// The colour of thresholds.
    public static let thresholdColour = "#d62728"
    /// The colour of alert spans.
    public static let spanColour = "#ff7f0e"
    /// The largest magnitude drawn; larger values are drawn at this edge.
    static let limit = 1e12

    /// The chart's heading, inside the SVG.
    public var title: String
    /// Width in pixels.
    public var width = 720
    /// Height in pixels.
    public var height = 190
    /// Lines, drawn in order over the bands.
    public var lines: [Line] = []
    /// Bands, drawn first.
    public var bands: [Band] = []
    /// Alert spans, drawn under everything.
    public var spans: [Span] = []
    /// Values the vertical axis always shows (0 for a rate, 1 for a threshold ratio).
    public var includes: [Double] = []
    /// How a vertical axis value is written.
    public var percent = false

    /// Creates an empty chart titled `title`.
    public init(title: String) {
        self.title = title
    }

    private var margin: (left: Double, right: Double, top: Double, bottom: Double) { (60, 12, 30, 22) }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let xs = lines.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map { $0.x } }
        let finiteXs = xs.filter(\.isFinite).map(Self.clamped)
        var ys = lines.flatMap { $0.points.map(\.y) } + bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
        ys = ys.filter(\.isFinite).map(Self.clamped)
        var out = "<svg class=\"chart\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        out += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>"
        out += "<text x=\"4\" y=\"14\" class=\"t\">\(HTMLText.escape(title))</text>"
        guard let xMin = finiteXs.min(), let xMax = finiteXs.max(), !ys.isEmpty else {
            return out
                + "<text x=\"\(width / 2)\" y=\"\(height / 2)\" text-anchor=\"middle\" class=\"n\">no data yet</text></svg>"
        }
        let (yMin, yMax) = Self.range(ys + includes.filter(\.isFinite).map(Self.clamped))
        let (x0, x1) = xMin == xMax ? (xMin - 1, xMax + 1) : (xMin, xMax)
        let frame = Frame(
            x: (x0, x1),
            y: (yMin, yMax),
            left: margin.left,
            right: Double(width) - margin.right,
            top: margin.top,
            bottom: Double(height) - margin.bottom
        )
        out += axes(frame)
        for span in spans where span.from.isFinite && span.to.isFinite && span.to >= x0 && span.from <= x1 {
            let from = frame.px(max(span.from, x0))
            let to = frame.px(min(span.to, x1))
            out += "<rect x=\"\(Self.f(from))\" y=\"\(Self.f(frame.top))\" width=\"\(Self.f(max(1, to - from)))\" "
            out += "height=\"\(Self.f(frame.bottom - frame.top))\" fill=\"\(Self.spanColour)\" fill-opacity=\"0.18\">"
            out += "<title>\(HTMLText.escape(span.label))</title></rect>"
        }
        for band in bands {
            let points = band.points.filter { $0.x.isFinite && $0.lower.isFinite && $0.upper.isFinite }
            guard !points.isEmpty else { continue }
            let upper = points.map { "\(Self.f(frame.px($0.x))),\(Self.f(frame.py($0.upper)))" }
            let lower = points.reversed().map { "\(Self.f(frame.px($0.x))),\(Self.f(frame.py($0.lower)))" }
            out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(Self.colour(band.colour))\" "
            out += "fill-opacity=\"0.2\" stroke=\"none\"/>"
        }
        for line in lines {
            let points = Self.simplified(line.points.filter { $0.x.isFinite && $0.y.isFinite })
            guard !points.isEmpty else { continue }
            let colour = Self.colour(line.colour)
            if points.count == 1 {
                let point = points[0]
                out += "<circle cx=\"\(Self.f(frame.px(point.x)))\" cy=\"\(Self.f(frame.py(point.y)))\" r=\"3\" "
                out += "fill=\"\(colour)\"/>"
                continue
            }
            let coordinates = points.map { "\(Self.f(frame.px($0.x))),\(Self.f(frame.py($0.y)))" }
            out += "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" "
            out += line.dashed ? "stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>" : "stroke-width=\"2\"/>"
        }
        out += legend()
        return out + "</svg>"
    }

    /// The frame, value-to-pixel mapping and labels.
    private func axes(_ frame: Frame) -> String {
        var out = "<rect x=\"\(Self.f(frame.left))\" y=\"\(Self.f(frame.top))\" "
        out += "width=\"\(Self.f(frame.right - frame.left))\" height=\"\(Self.f(frame.bottom - frame.top))\" "
        out += "fill=\"none\" stroke=\"#cccccc\"/>"
        for value in [frame.y.0, (frame.y.0 + frame.y.1) / 2, frame.y.1] {
            out += "<text x=\"\(Self.f(frame.left - 4))\" y=\"\(Self.f(frame.py(value) + 4))\" text-anchor=\"end\" "
            out += "class=\"a\">\(HTMLText.escape(Self.label(value, percent: percent)))</text>"
        }
        let baseline = Self.f(Double(height) - 6)
        out += "<text x=\"\(Self.f(frame.left))\" y=\"\(baseline)\" class=\"a\">\(Self.time(frame.x.0))</text>"
        out += "<text x=\"\(Self.f(frame.right))\" y=\"\(baseline)\" text-anchor=\"end\" class=\"a\">"
        return out + "\(Self.time(frame.x.1))</text>"
    }

    /// One entry per line and band, top right.
    private func legend() -> String {
        var entries = bands.map { ($0.name, $0.colour, true) } + lines.map { ($0.name, $0.colour, false) }
        if !spans.isEmpty { entries.append(("alert firing", Self.spanColour, true)) }
        var out = ""
        var x = Double(width) - margin.right
        for (name, colour, shaded) in entries.reversed() {
            let text = HTMLText.escape(name)
            x -= Double(name.count) * 6.2 + 8
            out += "<text x=\"\(Self.f(x))\" y=\"14\" class=\"a\">\(text)</text>"
            x -= 14
            out += "<rect x=\"\(Self.f(x))\" y=\"5\" width=\"10\" height=\"10\" fill=\"\(Self.colour(colour))\""
            out += shaded ? " fill-opacity=\"0.35\"/>" : "/>"
            x -= 8
        }
        return out
    }

    /// A value-to-pixel mapping.
    private struct Frame {
        var x: (Double, Double)
        var y: (Double, Double)
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double

        func px(_ value: Double) -> Double {
            left + (SVGChart.clamped(value) - x.0) / (x.1 - x.0) * (right - left)
        }

        func py(_ value: Double) -> Double {
            bottom - (SVGChart.clamped(value) - y.0) / (y.1 - y.0) * (bottom - top)
        }
    }

    /// The padded range of `values` (not empty, finite, within ±``limit``): never empty, never infinite.
    static func range(_ values: [Double]) -> (Double, Double) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if low == high {
            let pad = max(abs(low) * 0.1, 0.5)
            (low, high) = (low - pad, high + pad)
        }
        let pad = (high - low) * 0.05
        return (low - pad, high + pad)
    }

    /// `value` within ±``limit``.
    static func clamped(_ value: Double) -> Double {
        min(max(value, -limit), limit)
    }

    /// `points` without those inside a horizontal run (same value before and after): a baseline of ten thousand
    /// samples is two points.
    static func simplified(_ points: [Point]) -> [Point] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        for index in 1..<(points.count - 1)
        where
            !(points[index - 1].y == points[index].y
            && points[index].y == points[index + 1].y)
        {
            kept.append(points[index])
        }
        kept.append(points[points.count - 1])
        return kept
    }

    /// A pixel coordinate with one decimal (finite by construction).
    static func f(_ value: Double) -> String {
        value.isFinite ? String(format: "%.1f", value) : "0"
    }

    /// A colour as given when it is a plain `#rrggbb`, else grey: colours never carry markup.
    static func colour(_ text: String) -> String {
        let isHex = text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
        return isHex ? text : "#888888"
    }

    /// An axis value: three significant digits, or a percentage.
    static func label(_ value: Double, percent: Bool) -> String {
        percent ? String(format: "%.1f%%", value * 100) : String(format: "%.3g", value)
    }

    /// `2026-12-03 18:05` (UTC).
    static func time(_ seconds: Double) -> String {
        let stamp = Timestamp.format(Date(timeIntervalSince1970: clamped(seconds)))
        return String(stamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}

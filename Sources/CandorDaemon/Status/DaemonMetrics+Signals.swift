import CandorAlerts
import CandorDetectors
import Foundation

/// The signals' families, read from the board at each scrape: the current value with its 95% interval, the
/// baseline, the detector's statistics and thresholds, and the ratio of the two that a Prometheus rule compares
/// with 1.
extension DaemonMetrics {
    /// The families of `signals`; a signal split by a label gets that label as `split_by` and its value as
    /// `split_value` rather than packed into `signal`.
    static func signalFamilies(_ signals: [SignalSnapshot]) -> [ScrapedFamily] {
        var warmup = ScrapedFamily(
            "candor_signal_warmup_samples",
            help: "Samples seen while learning the baseline."
        )
        var warmupEnd = ScrapedFamily(
            "candor_signal_warmup_end_timestamp_seconds",
            help: "When the warm-up should end at its pace so far, as a Unix time."
        )
        var value = ScrapedFamily(
            "candor_signal_value",
            help: "The signal's recent rate or mean, over its last resolve_window samples."
        )
        var lower = ScrapedFamily("candor_signal_value_lower", help: "The lower end of the 95% interval of the value.")
        var upper = ScrapedFamily("candor_signal_value_upper", help: "The upper end of the 95% interval of the value.")
        var recent = ScrapedFamily("candor_signal_value_samples", help: "The samples the value rests on.")
        var baseline = ScrapedFamily(
            "candor_signal_baseline",
            help: "The baseline rate or mean the detector compares against."
        )
        var baselineSamples = ScrapedFamily(
            "candor_signal_baseline_samples",
            help: "Samples the baseline rests on (its warm-up, or a pinned baseline's count)."
        )
        var pinned = ScrapedFamily(
            "candor_signal_baseline_pinned",
            help: "1 for a signal monitored against a pinned baseline; from names the target it was learned on when "
                + "it was imported from another one (empty for its own)."
        )
        var statistic = ScrapedFamily(
            "candor_signal_detector_statistic",
            help: "The detector's statistics, by side and design (it restarts from 0 when it alarms)."
        )
        var threshold = ScrapedFamily(
            "candor_signal_detector_threshold",
            help: "The calibrated thresholds, by side and design."
        )
        var ratio = ScrapedFamily(
            "candor_signal_detector_ratio",
            help: "Statistic over threshold, the largest per side; held at the alarm's while its alert pends or fires."
        )
        for signal in signals.sorted(by: { $0.key.description < $1.key.description }) {
            let labels = Self.labels(of: signal.key)
            let monitor = signal.monitor
            warmup.add(Double(monitor.warmupProgress.observed), labels)
            if let end = signal.warmupEnd { warmupEnd.add(end.timeIntervalSince1970, labels) }
            if let current = Self.current(monitor, signal.recent) {
                value.add(current.value, labels)
                lower.add(current.interval[0], labels)
                upper.add(current.interval[1], labels)
                recent.add(Double(signal.recent.count), labels)
            }
            guard monitor.isMonitoring else { continue }
            // A category signal's baseline is a mix, not one number: it has statistics and thresholds only.
            if let level = monitor.baselineLevel { baseline.add(level, labels) }
            baselineSamples.add(Double(monitor.baselineSamples), labels)
            switch signal.baselineSource {
            case .pinned?: pinned.add(1, labels + [("from", "")])
            case .imported(let target)?: pinned.add(1, labels + [("from", target)])
            case .learned?, nil: break
            }
            var designs: [String: Int] = [:]
            var ratios: [String: Double] = [:]
            for reading in monitor.readings {
                let side = Self.side(of: reading.name)
                designs[side, default: 0] += 1
                let design = labels + [("side", side), ("design", String(designs[side]!))]
                statistic.add(reading.statistic, design)
                guard let limit = reading.threshold else { continue }
                threshold.add(limit, design)
                if limit > 0 { ratios[side] = max(ratios[side] ?? 0, reading.statistic / limit) }
            }
            for alarm in signal.alarms where alarm.threshold > 0 {
                // An alarm restarts the statistic: its alert's own ratio holds the side above 1 until it ends.
                let side =
                    ratios[alarm.direction] != nil || ratios["both"] == nil ? Self.side(of: alarm.direction) : "both"
                ratios[side] = max(ratios[side] ?? 0, alarm.statistic / alarm.threshold)
            }
            for (side, held) in ratios.sorted(by: { $0.key < $1.key }) { ratio.add(held, labels + [("side", side)]) }
        }
        return [
            warmup, warmupEnd, value, lower, upper, recent, baseline, baselineSamples, pinned, statistic, threshold,
            ratio,
        ]
    }

    /// The labels of `key`: `target`, `probe`, `signal`, and for a series of a split signal (`name{label=value}`)
    /// the signal's own name with `split_by` and `split_value`.
    static func labels(of key: SignalKey) -> [(String, String)] {
        let base = [("target", key.target), ("probe", key.probe)]
        guard key.signal.hasSuffix("}"), let open = key.signal.firstIndex(of: "{"),
            let equals = key.signal[open...].firstIndex(of: "=")
        else { return base + [("signal", key.signal)] }
        let name = String(key.signal[..<open])
        let label = String(key.signal[key.signal.index(after: open)..<equals])
        let value = String(key.signal[key.signal.index(after: equals)..<key.signal.index(before: key.signal.endIndex)])
        return base + [("signal", name), ("split_by", label), ("split_value", value)]
    }

    /// The stable ASCII side of a detector reading named like `up×1.35`, `mean-down×0.5σ` or `log-e-value`: `up`,
    /// `down`, `spread`, `both` (a two-sided statistic) or `window` (ADWIN's width, which has no threshold). The
    /// design shift in the name moves with the baseline, so it is left out; `design` numbers the sides instead.
    static func side(of name: String) -> String {
        switch name.split(separator: "×").first.map(String.init) ?? name {
        case "up", "mean-up": "up"
        case "down", "mean-down": "down"
        case "spread", "spread-up": "spread"
        case "deviation", "log-e-value", "mix": "both"
        case let other: String(other.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
        }
    }

    /// The current value of a signal over its `recent` values, with its 95% interval: a rate with Wilson's
    /// interval, or a mean with the normal one, as alerts report them; nil without values.
    static func current(_ monitor: SignalMonitor, _ recent: [Double]) -> (value: Double, interval: [Double])? {
        guard !recent.isEmpty else { return nil }
        switch monitor {
        case .rate:
            let rate = Alert.Rate(Proportion(successes: recent.filter { $0 >= 0.5 }.count, trials: recent.count))
            return (rate.rate, rate.interval)
        case .score:
            let score = Alert.Score(ScoreSummary(of: recent))
            return (score.mean, score.interval)
        case .mix:
            return nil
        }
    }
}

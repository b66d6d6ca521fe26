import CandorDaemon
import Foundation

extension CostEstimate {
    /// The estimate as `candor plan` prints it: probes, signals and target totals, in aligned columns.
    func table(plan: Plan, config: String) -> String {
        let detection = plan.configuration.detection
        var lines = [
            "plan for \(config): change to detect: \(change) (detector \(detection.rateDetector.rawValue), "
                + "arl0 \(Int(detection.arl0)), warm-up \(detection.warmup) samples)",
            "",
        ]
        var rows = [["TARGET", "PROBE", "TRIALS/DAY", "CALLS/TRIAL", "CALLS/DAY", "TOKENS/DAY", "TOKENS FROM"]]
        for probe in probes {
            rows.append([
                probe.target, probe.probe, Self.number(probe.trialsPerDay),
                Self.number(probe.callsPerTrial)
                    + (Double(probe.callsPerTrialUncached) == probe.callsPerTrial
                        ? "" : " (of \(probe.callsPerTrialUncached))"),
                Self.number(probe.callsPerDay), Self.number(probe.tokensPerDay), probe.tokenSource,
            ])
        }
        lines += Self.aligned(rows)
        lines.append("")
        rows = [["TARGET", "PROBE", "SIGNAL", "SAMPLES/DAY", "WARM-UP", "RATE", "DETECTED AFTER"]]
        for probe in probes {
            for signal in probe.signals {
                let samples =
                    Self.number(signal.samplesPerDay) + (signal.splits > 1 ? " per part of \(signal.splits)" : "")
                    + (signal.samplesSource == "assumed" ? " (every trial counts: assumed)" : "")
                let rate =
                    signal.baselineRate.map { p0 in
                        let source = signal.baselineSource ?? ""
                        return "\(Self.number(p0)) → \(Self.number(signal.changedRate ?? p0)) (\(source))"
                    } ?? "-"
                let detected =
                    signal.detectionSamples.map { samples in
                        "\(Self.number(samples)) samples, \(signal.detectionHours.map(Self.duration) ?? "never")"
                    } ?? "-"
                rows.append([
                    probe.target, probe.probe, signal.name, samples, signal.warmupHours.map(Self.duration) ?? "never",
                    rate, detected,
                ])
            }
        }
        lines += Self.aligned(rows)
        lines.append("")
        lines += summary()
        return lines.joined(separator: "\n")
    }

    /// One line per target: its calls and tokens per day, its slowest warm-up, and what limits it.
    func summary() -> [String] {
        targets.map { target in
            let warmups = probes.filter { $0.target == target.target }.flatMap(\.signals).map(\.warmupHours)
            let slowest: String? =
                warmups.contains { $0 == nil } ? "never" : warmups.compactMap { $0 }.max().map(Self.duration)
            var line =
                "\(target.target): \(Self.number(target.callsPerDay)) calls/day, "
                + "\(Self.number(target.tokensPerDay)) tokens/day"
            if let budget = target.dailyTokenBudget { line += " (daily_token_budget \(budget))" }
            if let slowest { line += ", every signal monitoring after \(slowest)" }
            if !target.limitedBy.isEmpty {
                line += "; runs \(Int((target.share * 100).rounded(.down)))% of its scheduled trials, "
                line += "limited by \(target.limitedBy.joined(separator: ", "))"
            }
            return line
        }
    }

    /// `value` rounded for reading: three significant digits, thousands separated.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "∞" }
        if value >= 100 {
            // Thousands separated by commas, whatever the locale: the figures go into budget requests and scripts.
            let digits = String(Int(value.rounded()))
            return String(
                digits.reversed().enumerated().flatMap { index, digit in
                    index > 0 && index % 3 == 0 ? [",", digit] : [digit]
                }
                .reversed()
            )
        }
        return String(format: value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3g", value)
    }

    /// `hours` as minutes, hours or days.
    static func duration(_ hours: Double) -> String {
        if hours < 1 { return "\(Int((hours * 60).rounded())) min" }
        if hours < 48 { return String(format: "%.1f h", hours) }
        return String(format: "%.1f days", hours / 24)
    }

    /// `rows` with every column padded to its widest cell.
    static func aligned(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}

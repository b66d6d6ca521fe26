import ArgumentParser
import CandorCore
import CandorDaemon
import Foundation

/// `candor status`: a human summary of a running daemon, from its local status endpoint.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the targets, signals and firing alerts of the running daemon."
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let plan = try options.loadPlan()
        // Reads are open on loopback; the token goes along when it is readable (it is needed
        // with bearer_token_env or a non-loopback listen address).
        let (targets, signals, alerts) = try await StatusClient.session(
            plan.configuration,
            configPath: options.config,
            needsToken: false
        ) { client in
            (
                try await client.get("/api/v1/targets", as: [String: [TargetStatus]].self)["targets"] ?? [],
                try await client.get("/api/v1/signals", as: [String: [SignalStatus]].self)["signals"] ?? [],
                try await client.get("/api/v1/alerts", as: [String: [AlertSummary]].self)["alerts"] ?? []
            )
        }

        // The first column is as wide as its longest entry, so long probe and signal names stay aligned.
        let names =
            targets.flatMap { target in target.probes.map { "\(target.name) / \($0.probe)" } } + signals.map(\.key)
        let width = max(32, (names.map(\.count).max() ?? 0) + 2)
        print("TARGET / PROBE".padded(width) + "SCHEDULE".padded(22) + "NEXT RUN".padded(12) + "STATE")
        for target in targets {
            for probe in target.probes {
                let next = probe.nextRun.map { "in \(max(0, Int($0.timeIntervalSinceNow)))s" } ?? "-"
                // Late and skipped runs say the target is too slow (or too busy) for its schedule.
                let missed = [(probe.late, "late"), (probe.skipped, "skipped")].compactMap { count, word in
                    count.flatMap { $0 > 0 ? "\($0) \(word)" : nil }
                }
                print(
                    "\(target.name) / \(probe.probe)".padded(width) + probe.schedule.padded(22) + next.padded(12)
                        + (probe.running ? "running" : "idle")
                        + (probe.runs.map { "  \($0) run(s)" } ?? "")
                        + (missed.isEmpty ? "" : ", " + missed.joined(separator: ", "))
                )
            }
            for probe in target.skippedWithoutTools ?? [] {
                print("\(target.name) / \(probe)".padded(width) + "skipped: the target sets tool_calls: false")
            }
        }
        print("")
        print("SIGNAL".padded(width) + "PHASE".padded(22) + "BASELINE".padded(12) + "DETECTOR (statistic/threshold)")
        for signal in signals {
            let phase =
                switch signal.phase {
                case "monitoring":
                    "monitoring"
                        + (signal.baselineSamples.map { samples in
                            " (n=\(samples)"
                                + (signal.baselineSource.map { $0 == "learned" ? "" : ", \($0) baseline" } ?? "")
                                + ")"
                        } ?? "")
                case "calibrating": "calibrating"
                default:
                    "warm-up \(signal.warmupSamples)/\(signal.warmup)"
                        + (signal.warmupEnd.map { " ~" + Duration.seconds($0.timeIntervalSinceNow).roughly } ?? "")
                }
            let baseline = signal.baseline.map { String(format: "%.4g", $0) } ?? "-"
            let readings = signal.readings.map { reading in
                "\(reading.name) " + String(format: "%.2f", reading.statistic)
                    + (reading.threshold.map { String(format: "/%.2f", $0) } ?? "")
            }
            print(
                signal.key.padded(width) + phase.padded(22) + baseline.padded(12)
                    + ([signal.detector] + readings).joined(separator: "  ")
            )
        }
        print("")
        print(alerts.isEmpty ? "no alerts firing" : "\(alerts.count) alert(s) firing:")
        for alert in alerts {
            print(
                "  [\(alert.labels["severity"] ?? "")] \(alert.annotations["summary"] ?? alert.labels["alertname"] ?? "")"
            )
        }
    }

    struct AlertSummary: Decodable {
        var labels: [String: String]
        var annotations: [String: String]
    }
}

import ArgumentParser
import CandorCore
import CandorDaemon
import CandorDetectors
import CandorHTTP
import CandorRules
import CandorTestSupport
import Foundation
import Logging
import Synchronization

/// `candor-bench cadence`: fast warm-up, adaptive sampling and the belief cache (issue 20) against the regular cadence
/// without the cache, in the same run. The flagship probe (`belief-pressure.yes-no`, at the pack's schedule) on one
/// target served by the scripted model
/// server over real HTTP, the real scheduler, trial runner and signal board at the default detection settings, on
/// a manual clock driven from one event to the next (each model call takes `--latency` seconds of it). The model
/// keeps a consistent belief and lies under pressure 10% of the time, 30% from a jump `--settle` hours after the
/// signal starts monitoring. Reported per cadence: time to monitoring, time and tokens from the jump to the alert,
/// and the false alarms of the calibrated detector on null data per 10,000 samples and per day (a simulation with
/// the same pacing rule: ``CadenceNullSimulation``).
struct CadenceBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadence",
        abstract: "Time and tokens to detect a lie-rate jump (10% to 30%) with fast warm-up and adaptive sampling."
    )

    @Option(help: "Runs per cadence (seeds).")
    var runs = 3

    @Option(help: "Seconds each model call takes on the simulated clock.")
    var latency = 2.0

    @Option(help: "Hours between the start of monitoring and the jump.")
    var settle = 6.0

    @Option(help: "Null samples per cadence for the false-alarm simulation.")
    var nullSamples = 400_000

    @Option(help: "Seeds of the detection-time simulation (0 skips it).")
    var detectionRuns = 200

    @Option(help: "alert_fraction of the default variant, to try another setting (default: the config default).")
    var alertFraction: Double?

    @Option(help: "alert_speedup of the default variant, to try another setting (default: the config default).")
    var alertSpeedup: Double?

    /// The defaults, with `--alert-fraction` and `--alert-speedup` applied.
    var candidate: Configuration.Cadence {
        var cadence = Configuration.Cadence()
        cadence.alertFraction = alertFraction ?? cadence.alertFraction
        cadence.alertSpeedup = alertSpeedup ?? cadence.alertSpeedup
        return cadence
    }

    func run() async throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let rules = try RuleLoader.load(paths: [repository + "/Rules"])
        guard let flagship = rules.probes.first(where: { $0.id == "belief-pressure.yes-no" }) else {
            throw ValidationError("no belief-pressure.yes-no in \(repository)/Rules")
        }
        let schedule = flagship.schedule
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let transport = CurlTransport()
        defer { transport.shutdown() }
        print("## Cadence (`candor-bench cadence`)\n")
        print(
            "belief-pressure.yes-no every \(schedule.interval.timeInterval / 60) min ± "
                + "\(schedule.jitter.timeInterval / 60) min, detection defaults (warm-up 500, arl0 10,000), model calls of "
                + "\(latency) s on a simulated clock, lies 10% → 30% \(settle) h after monitoring starts; "
                + "\(runs) run(s) per cadence.\n"
        )
        print("| cadence | to monitoring (h) | jump to alert (min) | tokens jump to alert | tokens to alert in all |")
        print("|---|---:|---:|---:|---:|")
        // Before this issue: the regular cadence and no belief cache; then each change alone; then the defaults.
        let variants = [
            ("before (cadence off, belief_max_age off)", "{warmup_speedup: 1, alert_speedup: 1}", "off"),
            ("cadence off, belief cache on", "{warmup_speedup: 1, alert_speedup: 1}", "72h"),
            (
                "default (fast warm-up, adaptive, belief cache)",
                "{alert_fraction: \(candidate.alertFraction), alert_speedup: \(candidate.alertSpeedup)}", "72h"
            ),
        ]
        for (name, cadence, beliefMaxAge) in variants {
            for run in 0..<runs {
                let result = try await CadenceRun(
                    cadence: cadence,
                    beliefMaxAge: beliefMaxAge,
                    seed: UInt64(run + 1),
                    latency: latency,
                    settle: settle,
                    server: server,
                    transport: transport
                ).measure()
                print(
                    "| \(name) | \(Figures.format(result.monitoringHours, 2)) "
                        + "| \(Figures.format(result.detectionMinutes, 0)) | \(result.tokensAfterJump) "
                        + "| \(result.tokensInAll) |"
                )
            }
        }
        print("\nFalse alarms of the calibrated detector on null data (10% lies), \(nullSamples) samples each:\n")
        print("| cadence | per 10,000 samples | samples/day | per day |")
        print("|---|---:|---:|---:|")
        for (name, settings) in [("regular (flags off)", Configuration.Cadence.regular), ("default", candidate)] {
            let null = CadenceNullSimulation(
                settings: settings,
                samples: nullSamples,
                regular: schedule.interval
            ).run()
            print(
                "| \(name) | \(Figures.format(null.perTenThousand, 2)) | \(Figures.format(null.samplesPerDay, 1)) "
                    + "| \(Figures.format(null.perDay, 4)) |"
            )
        }
        guard detectionRuns > 0 else { return }
        let jump = Duration.seconds(settle * 3_600)
        let medians = CadenceDetectionSimulation(
            settings: candidate,
            runs: detectionRuns,
            regular: schedule.interval,
            settle: jump
        ).run()
        print("\nFrom the jump to the alarm, simulated (\(detectionRuns) seeds, medians):\n")
        print("| cadence | minutes | samples |")
        print("|---|---:|---:|")
        for (name, median) in zip(["regular (flags off)", "default"], medians) {
            print("| \(name) | \(Figures.format(median.minutes, 0)) | \(Figures.format(median.samples, 0)) |")
        }
        print("\nTime ratio (default / regular): \(Figures.format(medians[1].minutes / medians[0].minutes, 2))")
    }
}

import ArgumentParser
import CandorDaemon
import CandorDetectors
import CandorRules
import Foundation
import Logging

/// `candor-bench signals`: the signal board's resident memory as its signals age, so that a fleet's memory after
/// weeks can be told in minutes.
///
/// Feeds `--signals` targets' trials of `belief-pressure.yes-no` (a lie with probability 0.1, seeded; each trial
/// with its own 36-character id and a 400-character answer, as the daemon's are) into one ``SignalBoard``, round
/// after round, and every `--every` rounds reads the process's resident memory. A board whose memory per signal
/// is bounded levels off once every signal has passed its warm-up and filled what it keeps; one that keeps a
/// growing history per signal rises with every round.
struct SignalMemoryBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals",
        abstract: "Resident memory of the signal board as its signals age, round after round."
    )

    @Option(help: "Signals (targets of the flagship probe), each fed one trial per round.")
    var signals = 2_000

    @Option(help: "Rounds: samples per signal.")
    var rounds = 1_500

    @Option(help: "Rounds between readings.")
    var every = 100

    @Option(help: "The warm-up length.")
    var warmup = 100

    @Option(help: "The rules directory.")
    var rules = "Rules"

    func run() async throws {
        let (directory, plan, probe) = try BenchPlan.flagship(rules: rules, targets: signals, warmup: warmup)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let board = SignalBoard(
            detection: plan.configuration.detection,
            logger: Logger(label: "candor.bench") { _ in SwiftLogNoOpLogHandler() },
            plan: plan,
            calibration: .inline(ThresholdCache()),
            now: { Date() }
        )
        // Each target's two trials, decoded once; every sample gets a trial id of its own.
        let trials = try (0..<signals).map { target in
            try [false, true].map { try BenchPlan.trial(probe, target: target, lie: $0) }
        }
        var random = SplitMix64(seed: 11)
        let clock = ContinuousClock()
        let started = clock.now
        let before = ScheduleBenchmark.residentMegabytes()
        print(
            "\(signals) signals, warm-up \(warmup); resident memory before the first round: \(Figures.format(before, 1)) MB\n"
        )
        print("| rounds | signals monitoring / all | RSS MB | MB since last reading | seconds |")
        print("|---:|---:|---:|---:|---:|")
        var last = before
        for round in 1...rounds {
            for target in 0..<signals {
                var record = trials[target][random.bernoulli(0.1) ? 1 : 0]
                record.trialId = UUID().uuidString
                _ = await board.observe(record, probe: probe)
            }
            guard round % every == 0 || round == rounds else { continue }
            let rss = ScheduleBenchmark.residentMegabytes()
            let monitors = await board.snapshot().values
            print(
                "| \(round) | \(monitors.filter(\.isMonitoring).count) / \(monitors.count) | \(Figures.format(rss, 1)) | \(Figures.format(rss - last, 1)) | "
                    + "\(Figures.format((clock.now - started).timeInterval, 0)) |"
            )
            last = rss
        }
    }
}

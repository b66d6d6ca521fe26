import ArgumentParser
import CandorDaemon
import CandorDetectors
import Foundation
import Logging

/// `candor-bench replay`: what `candor replay` spends per trial, stage by stage.
///
/// Writes a samples log of `--trials` trials of `belief-pressure.yes-no`, spread round-robin over `--signals`
/// targets (a lie with probability 0.1, seeded, so warm-ups differ and most signals need a calibration of their
/// own), then times in one run: reading its lines; reading and decoding them (``SamplesLog``), one at a time
/// and in parallel batches, whole and to the fields a replay reads (as `candor replay` does); replaying them
/// through a fresh ``Replay`` (calibrations included); and the same replay again on the calibrations the first
/// one cached, with whole records (the path before) and with the replayed fields: the replay's own speed.
struct ReplayBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Trials per second of candor replay, stage by stage, with and without calibrations."
    )

    @Option(help: "Trials in the generated samples log.")
    var trials = 100_000

    @Option(help: "Targets the trials are spread over (one signal each).")
    var signals = 50

    @Option(help: "The warm-up length.")
    var warmup = 500

    @Option(help: "The rules directory.")
    var rules = "Rules"

    func run() async throws {
        let (directory, plan, probe) = try BenchPlan.flagship(rules: rules, targets: signals, warmup: warmup)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/samples.jsonl"
        var random = SplitMix64(seed: 7)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let exchanges = try [false, true].map { try BenchPlan.exchanges(probe, lie: $0) }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let file = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        var bytes = 0
        var chunk = ""
        for number in 0..<trials {
            let lie = random.bernoulli(0.1)
            chunk +=
                BenchPlan.line(
                    probe,
                    target: number % signals,
                    lie: lie,
                    exchanges: exchanges[lie ? 1 : 0],
                    number: number,
                    at: start.addingTimeInterval(Double(number))
                ) + "\n"
            if chunk.utf8.count > 1 << 20 || number == trials - 1 {
                bytes += chunk.utf8.count
                try file.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try file.close()
        let megabytes = Double(bytes) / 1_000_000
        let logger = Logger(label: "candor.bench") { _ in SwiftLogNoOpLogHandler() }
        print(
            "## candor replay, \(trials) trials over \(signals) signals, warm-up \(warmup), \(String(format: "%.1f", megabytes)) MB\n"
        )
        print("| stage | seconds | trials/s | calibrations |")
        print("|---|---:|---:|---:|")
        let read = try Self.time {
            var lines = try LineReader(path: path)
            var count = 0
            while try lines.next() != nil { count += 1 }
            return count
        }
        print(Self.row("read the lines", read.seconds, read.value, calibrations: 0))
        let decoded = try Self.time {
            var log = try SamplesLog(path: path)
            var count = 0
            while try log.next() != nil { count += 1 }
            return count
        }
        print(Self.row("read and decode, one line at a time (next)", decoded.seconds, decoded.value, calibrations: 0))
        let clock = ContinuousClock()
        for (stage, detail) in [("full", SamplesLog.Detail.full), ("replayed fields", .replayed)] {
            let started = clock.now
            var log = try SamplesLog(path: path, detail: detail)
            var count = 0
            while case let batch = try await log.nextBatch(), !batch.isEmpty { count += batch.count }
            let seconds = (clock.now - started).timeInterval
            print(Self.row("read and decode in batches (nextBatch), \(stage)", seconds, count, calibrations: 0))
        }
        let cache = ThresholdCache()
        var rates: [SamplesLog.Detail: Double] = [:]
        let passes: [(String, SamplesLog.Detail)] = [
            ("replay, calibrating", .replayed), ("replay again, calibrations cached, full records (before)", .full),
            ("replay again, calibrations cached, replayed fields (candor replay now)", .replayed),
        ]
        for (pass, detail) in passes {
            let before = cache.counts.misses
            let started = clock.now
            let replay = await Replay(plan: plan, logger: logger, cache: cache)
            var log = try SamplesLog(path: path, detail: detail)
            var count = 0
            try await log.forEachBatch { batch in
                for case .record(let record) in batch {
                    _ = await replay.feed(record)
                    count += 1
                }
            }
            let seconds = (clock.now - started).timeInterval
            if cache.counts.misses == before { rates[detail] = Double(count) / seconds }
            print(Self.row(pass, seconds, count, calibrations: cache.counts.misses - before))
        }
        if let old = rates[.full], let new = rates[.replayed] {
            print("\nreplay with calibrations cached: \(String(format: "%.2f", new / old))× the full decoder's speed")
        }
    }

    static func time(_ body: () throws -> Int) throws -> (seconds: Double, value: Int) {
        let clock = ContinuousClock()
        let started = clock.now
        let value = try body()
        return ((clock.now - started).timeInterval, value)
    }

    static func row(_ stage: String, _ seconds: Double, _ count: Int, calibrations: Int) -> String {
        "| \(stage) | \(String(format: "%.2f", seconds)) | \(String(format: "%.0f", Double(count) / seconds)) | \(calibrations) |"
    }
}

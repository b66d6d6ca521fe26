import ArgumentParser
import CandorAlerts
import CandorCore
import CandorDaemon
import Foundation
import Logging

/// `candor replay`: feeds a recorded samples log through the configured detectors and prints the alerts they
/// would have raised.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Feed a recorded samples log through the configured detectors; print the alerts they would raise.",
        discussion: """
            Reads candor.sample/v1 records (samples.jsonl) in order. Each argument is a samples log, a rotated \
            one (samples-*.jsonl or samples-*.jsonl.gz, decompressed as it is read), '-' for stdin, or a log \
            directory: its rotated samples logs oldest first, then its samples.jsonl.
            A line that is not a record is reported as FILE:LINE on stderr (the first 10) and skipped; the \
            replay goes on and the summary counts them. A file that cannot be read stops the replay (exit 1).
            Every signal starts from no state (warm-up, or its pinned baseline), and time is the records' own.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print each alert as a candor.alert/v1 JSON line instead of a summary line.")
    var json = false

    @Argument(help: "Samples logs or log directories to replay, in order; '-' for stdin.")
    var files: [String]

    func run() async throws {
        let plan = try options.loadPlan()
        var logger = Logger(label: "candor.replay")
        logger.logLevel = .warning
        let replay = await Replay(plan: plan, logger: logger)
        let encoder = RecordCodec.encoder()
        var counts = (trials: 0, alerts: 0, unreadable: 0, unknownProbe: 0)
        let clock = ContinuousClock()
        let started = clock.now
        var reported = started
        do {
            for argument in files {
                for file in try SamplesLog.files(for: argument) {
                    // Only what a replay reads: several times faster than decoding the prompts too.
                    var log = try SamplesLog(path: file, detail: .replayed)
                    try await log.forEachBatch { batch in
                        for entry in batch {
                            guard case .record(let record) = entry else {
                                if case .malformed(let problem) = entry {
                                    counts.unreadable += 1
                                    if counts.unreadable <= 10 { Terminal.error("\(problem); skipped") }
                                }
                                continue
                            }
                            counts.trials += 1
                            if !replay.knows(probe: record.probe) {
                                counts.unknownProbe += 1
                            }
                            for alert in await replay.feed(record) {
                                counts.alerts += 1
                                if json {
                                    print(String(decoding: try encoder.encode(alert), as: UTF8.self))
                                } else {
                                    print(Self.summary(alert))
                                }
                            }
                            if counts.trials % 10_000 == 0, clock.now - reported >= .seconds(2) {
                                reported = clock.now
                                let rate = Double(counts.trials) / (reported - started).timeInterval
                                Terminal.error(
                                    "replayed \(counts.trials) trials (\(Int(rate))/s), \(counts.alerts) alert(s) so far"
                                )
                            }
                        }
                    }
                }
            }
        } catch let error as InputError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        var summary = "replayed \(counts.trials) trial(s): \(counts.alerts) alert notification(s)"
        if counts.unknownProbe > 0 { summary += "; \(counts.unknownProbe) trial(s) of probes the rules no longer have" }
        if counts.unreadable > 0 { summary += "; \(counts.unreadable) unreadable line(s) skipped" }
        Terminal.error(summary)
    }

    static func summary(_ alert: Alert) -> String {
        let time = Timestamp.format(alert.status == .resolved ? alert.endsAt ?? alert.startsAt : alert.startsAt)
        let labels = alert.labels
        let signal = "\(labels["target"] ?? "")/\(labels["probe"] ?? "")/\(labels["signal"] ?? "")"
        return
            "\(time) \(alert.status.rawValue) \(labels["alertname"] ?? "") \(signal): \(alert.annotations["summary"] ?? "")"
    }
}

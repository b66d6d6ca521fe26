import ArgumentParser
import CandorAlerts
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
            Reads candor.sample/v1 records (samples.jsonl) in order; '-' reads stdin, so rotated, compressed \
            logs can be replayed with: zcat samples-*.jsonl.gz | candor replay -c candor.yaml -
            Every signal starts from no state (warm-up, or its pinned baseline), and time is the records' own.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print each alert as a candor.alert/v1 JSON line instead of a summary line.")
    var json = false

    @Argument(help: "Samples logs to replay, in order; '-' for stdin.")
    var files: [String]

    func run() async throws {
        let plan = try options.loadPlan()
        var logger = Logger(label: "candor.replay")
        logger.logLevel = .warning
        let replay = await Replay(plan: plan, logger: logger)
        let decoder = JSONLinesFile.decoder()
        let encoder = JSONLinesFile.encoder()
        var counts = (trials: 0, alerts: 0, unreadable: 0, unknownProbe: 0)
        for file in files {
            guard let lines = LineReader(path: file) else {
                Terminal.error("\(file): cannot open it for reading")
                throw ExitCode(1)
            }
            for (number, line) in lines.enumerated() where !line.isEmpty {
                let record: TrialRecord
                do {
                    record = try decoder.decode(TrialRecord.self, from: Data(line.utf8))
                } catch {
                    counts.unreadable += 1
                    if counts.unreadable <= 10 {
                        Terminal.error("\(file):\(number + 1): not a candor.sample/v1 record (\(error)); skipped")
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
                if counts.trials % 10_000 == 0 {
                    Terminal.error("replayed \(counts.trials) trials, \(counts.alerts) alert(s) so far")
                }
            }
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

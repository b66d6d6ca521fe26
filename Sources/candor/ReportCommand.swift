import ArgumentParser
import CandorDaemon
import Foundation

/// `candor report`: one self-contained HTML file of every signal over time, the outcome mix per probe, and the
/// alerts with the transcripts of their evidence trials.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: each signal over time, outcomes per probe, alerts and their evidence.",
        discussion: """
            Reads the samples logs in log_dir (rotated ones too) and the alerts in the state database and the \
            alert files, replays the detectors over every sample (as candor replay does, with the daemon's saved \
            calibrations), and writes one HTML file with inline SVG charts: nothing in it is fetched from \
            elsewhere, so it can be mailed or archived. Safe beside a running daemon. Progress goes to stderr.
            The same pages are served live at / of the status endpoint.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Option(name: .shortAndLong, help: "The HTML file to write ('-' for stdout).")
    var output = "candor-report.html"

    @Option(help: "Draw from this time on: a duration back from now (24h, 7d), an RFC 3339 timestamp, or 'all'.")
    var since = "all"

    func run() async throws {
        let plan = try options.loadPlan()
        let now = Date()
        let start: Date?
        switch Report.since(since, now: now) {
        case .success(let date): start = date
        case .failure(let error): throw ValidationError(error.message)
        }
        let report: Report
        do {
            report = try await Report.load(plan: plan, since: start, now: now) { Terminal.error($0) }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        let page = ReportPage(
            report: report,
            links: .anchors,
            scrubber: Credentials.scrubber(for: plan.configuration)
        ).index()
        if output == "-" {
            FileHandle.standardOutput.write(Data(page.utf8))
        } else {
            do {
                try Data(page.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Terminal.error("cannot write \(output): \(error.localizedDescription); give a writable --output path")
                throw ExitCode(1)
            }
            let signals = report.targets.reduce(0) { $0 + $1.signals.count }
            Terminal.error(
                "wrote \(output) (\(page.utf8.count / 1024) KiB): \(report.trialCount) trial(s), \(signals) signal(s), "
                    + "\(report.alerts.count) alert(s)"
            )
        }
    }
}

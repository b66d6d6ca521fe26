import ArgumentParser
import CandorDaemon
import Foundation
import Logging

/// `candor run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: probe every target on schedule until SIGTERM or SIGINT."
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        // The default action of these signals kills the process before the service group has
        // installed its handlers; ignoring them first lets the group take them over.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        signal(SIGHUP, SIG_IGN)
        let plan = try options.loadPlan()
        let level = plan.configuration.logLevel
        let style: JournalLogHandler.Style
        switch plan.configuration.logFormat {
        case .journal: style = .journal
        case .text: style = .text
        case .auto: style = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] == nil ? .text : .journal
        }
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, style: style, level: level) }
        let logger = Logger(label: "candor")
        do {
            try await Daemon.run(configPath: options.config, plan: plan, logger: logger)
        } catch let error as ConfigurationError {
            Terminal.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}

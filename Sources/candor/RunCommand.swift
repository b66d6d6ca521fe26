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
        let plan = try options.loadPlan()
        let level = plan.configuration.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "candor")
        do {
            try await Daemon.run(plan: plan, logger: logger)
        } catch let error as ConfigurationError {
            Terminal.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}

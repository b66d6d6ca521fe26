import ArgumentParser
import CandorDaemon

/// The `candor` command line: a thin layer that parses arguments, wires the modules and calls them.
@main
struct Candor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor",
        abstract: "Watch deployed language models for drift in their propensity to lie.",
        version: CandorBuild.version,
        subcommands: [
            InitCommand.self, RunCommand.self, CheckCommand.self, ProbeCommand.self, StatusCommand.self,
            DetectCommand.self,
            ReplayCommand.self, BaselineCommand.self, TestRulesCommand.self, SilenceCommand.self,
            PlanCommand.self,
            ReportCommand.self, ShowCommand.self,
        ]
    )
}

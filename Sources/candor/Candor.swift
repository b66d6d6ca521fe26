import ArgumentParser

/// The `candor` command line: a thin layer that parses arguments, wires the modules and calls them.
@main
struct Candor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor",
        abstract: "Watch deployed language models for drift in their propensity to lie.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, RunCommand.self, CheckCommand.self, ProbeCommand.self, StatusCommand.self,
            DetectCommand.self,
            ReplayCommand.self, BaselineCommand.self, TestRulesCommand.self, SilenceCommand.self,
            ReportCommand.self, ShowCommand.self,
        ]
    )
}

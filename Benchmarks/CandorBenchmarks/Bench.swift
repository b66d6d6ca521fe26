import ArgumentParser

/// `candor-bench`: Candor's benchmarks, each a subcommand in a file of its own. Build in release
/// mode (`swift build -c release --product candor-bench`); results go to stdout as Markdown.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor-bench",
        abstract: "Candor's benchmarks (run a release build).",
        subcommands: [
            HTTPBenchmark.self, RulesBenchmark.self, AlertsBenchmark.self, DetectorsBenchmark.self,
            OutageBenchmark.self, JSONBenchmark.self, CalibrationBenchmark.self, ReplayBenchmark.self,
            ScheduleBenchmark.self, StorageBenchmark.self, FleetBenchmark.self, CadenceBenchmark.self,
            SignalMemoryBenchmark.self,
        ]
    )
}

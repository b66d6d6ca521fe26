import ArgumentParser
import CandorDaemon
import CandorRules
import CandorYAML
import Foundation

/// The `--config` option every command that reads `candor.yaml` shares.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Path to candor.yaml.")
    var config: String = "/etc/candor/candor.yaml"

    /// Loads the plan, printing every diagnostic to stderr and exiting with status 1 on any.
    func loadPlan() throws -> Plan {
        try report { () throws(DiagnosticsError) in try Plan.load(configPath: config) }
    }

    /// Loads the plan without reading `detection.baseline_file`, which may not exist yet.
    func loadPlanIgnoringBaselines() throws -> Plan {
        try report { () throws(DiagnosticsError) in
            let configuration = try Configuration.load(path: config)
            let rules = try RuleLoader.load(paths: configuration.rulePaths)
            return try Plan(configuration: configuration, rules: rules)
        }
    }

    private func report(_ load: () throws(DiagnosticsError) -> Plan) throws -> Plan {
        do {
            return try load()
        } catch {
            for diagnostic in error.diagnostics {
                Terminal.error(diagnostic.description)
            }
            Terminal.error("\(error.diagnostics.count) error(s); nothing was started")
            throw ExitCode(1)
        }
    }
}

/// Plain output for people at a terminal.
enum Terminal {
    /// Writes `line` to stderr.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import ArgumentParser
import CandorDaemon
import CandorYAML
import Foundation

/// The `--config` option every command that reads `candor.yaml` shares.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Path to candor.yaml.")
    var config: String = "/etc/candor/candor.yaml"

    /// Loads the plan, printing every diagnostic to stderr and exiting with status 1 on any; with
    /// `readingBaselines` false the pinned baseline file is not read (it may not exist yet).
    func loadPlan(readingBaselines: Bool = true) throws -> Plan {
        try reporting { () throws(DiagnosticsError) in
            try Plan.load(configPath: config, readingBaselines: readingBaselines)
        }
    }

    /// What `candor check` does: ``loadPlan(readingBaselines:)`` and the checks of
    /// ``Plan/check(configPath:environment:)``, reported the same way.
    func checkPlan() throws -> Plan {
        try reporting { () throws(DiagnosticsError) in try Plan.check(configPath: config) }
    }

    private func reporting(_ load: () throws(DiagnosticsError) -> Plan) throws -> Plan {
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
        // Errors quote what peers sent (a model's error body, a file's bytes): escaped, so they cannot drive
        // the terminal.
        FileHandle.standardError.write(Data((line.escapingControlCharacters(keepingNewlines: true) + "\n").utf8))
    }
}

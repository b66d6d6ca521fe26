import CandorYAML
import Foundation

extension Plan {
    /// What `candor check` runs: loads the plan as `candor run` would, then checks what `run` would
    /// refuse only once it starts, the credential files the config names.
    ///
    /// - Parameter environment: the environment `run` will have (for `$CREDENTIALS_DIRECTORY`).
    /// - Throws: ``DiagnosticsError`` listing every problem, each at its file, line and column.
    public static func check(
        configPath: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DiagnosticsError) -> Plan {
        let plan = try load(configPath: configPath)
        let problems = plan.configuration.credentialDiagnostics(environment: environment)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return plan
    }
}

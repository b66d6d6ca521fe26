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
        let problems =
            plan.configuration.credentialDiagnostics(environment: environment) + plan.unscheduledTargetDiagnostics()
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return plan
    }

    /// A target no probe is scheduled for would be watched by nothing: each such target, at its
    /// entry in the config.
    func unscheduledTargetDiagnostics() -> [Diagnostic] {
        let scheduled = Set(assignments.map(\.target.name))
        return configuration.targets.filter { !scheduled.contains($0.name) }.map { target in
            Diagnostic(
                at: target.location ?? SourceLocation(file: configuration.file, line: 1, column: 1),
                "target \(target.name): no probe is scheduled for it (\(rules.probes.count) probe(s) in the rules, "
                    + "none enabled for this target); enable probes under 'probes:' or list them in the target's 'probes:'"
            )
        }
    }
}

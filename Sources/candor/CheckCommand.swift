import ArgumentParser
import CandorDaemon

/// `candor check`: validates the config and every rule pack it names, and that the credential
/// files the config names can be read, as `candor run` will need them; with `--online`, calls each
/// target once.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and rules; print every error as file:line:col: message."
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Also call each target once (reachability, credentials, model name) and report per target.")
    var online = false

    func run() async throws {
        let plan = try options.checkPlan()
        for warning in plan.configuration.warnings + plan.configuration.connectionWarnings + plan.rules.warnings {
            Terminal.error(warning.description)
        }
        let items = plan.rules.probes.reduce(0) { $0 + $1.items.count }
        print(
            "ok: \(options.config): \(plan.configuration.targets.count) target(s), "
                + "\(plan.rules.packs.count) rule pack(s), \(plan.rules.probes.count) probe(s), \(items) item(s), "
                + "\(plan.assignments.count) probe schedule(s)"
                + (plan.rules.templatedProbes.isEmpty
                    ? "" : ", templated by design: \(plan.rules.templatedProbes.joined(separator: ", "))")
        )
        for target in plan.configuration.targets where !target.toolCalls {
            let skipped = plan.skippedWithoutTools.filter { $0.target.name == target.name }.count
            if skipped > 0 {
                print("note: \(target.name): tool_calls: false, so \(skipped) probe(s) with tools are skipped for it")
            }
        }
        // The cost summary of `candor plan`, without detection times (each needs a calibration: seconds).
        var assumptions = CostEstimate.Assumptions()
        assumptions.detection = false
        for line in CostEstimate(plan: plan, assumptions: assumptions).summary() {
            print("plan: \(line)")
        }
        print("plan: run 'candor plan' for each probe's share and the time to detect a change")
        guard online else { return }
        let findings = try await OnlineCheck.run(plan)
        for finding in findings {
            if finding.ok { print("ok: \(finding.line)") } else { Terminal.error("error: \(finding.line)") }
            if let warning = finding.warning { Terminal.error("warning: \(warning)") }
        }
        if findings.contains(where: { !$0.ok }) {
            Terminal.error("\(findings.filter { !$0.ok }.count) of \(findings.count) target(s) did not answer")
            throw ExitCode(1)
        }
    }
}

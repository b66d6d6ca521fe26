import ArgumentParser

/// `candor check`: validates the config and every rule pack it names, and that the credential
/// files the config names can be read, as `candor run` will need them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and rules; print every error as file:line:col: message."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let plan = try options.checkPlan()
        for warning in plan.configuration.warnings { Terminal.error(warning.description) }
        let items = plan.rules.probes.reduce(0) { $0 + $1.items.count }
        print(
            "ok: \(options.config): \(plan.configuration.targets.count) target(s), "
                + "\(plan.rules.packs.count) rule pack(s), \(plan.rules.probes.count) probe(s), \(items) item(s), "
                + "\(plan.assignments.count) probe schedule(s)"
        )
    }
}

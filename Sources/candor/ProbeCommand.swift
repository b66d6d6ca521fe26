import ArgumentParser
import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorProviders
import CandorRules
import Foundation

/// `candor probe`: runs one trial of one probe on one target and prints the transcript and the
/// observation.
struct ProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Run one trial of a probe against a target and print the transcript and score."
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "The target's name in the config.")
    var target: String

    @Option(help: "The probe's id in the rules.")
    var probe: String

    @Option(help: "Run this item instead of a random one.")
    var item: String?

    @Option(help: "The seed that picks the item (random if omitted).")
    var seed: UInt64?

    @Flag(help: "Print the sample record as JSON instead of a transcript.")
    var json = false

    func run() async throws {
        let plan = try options.loadPlan()
        guard let targetConfig = plan.configuration.targets.first(where: { $0.name == target }) else {
            let names = plan.configuration.targets.map(\.name).joined(separator: ", ")
            throw ValidationError("no target '\(target)' in \(options.config); targets: \(names)")
        }
        guard let probeDefinition = plan.rules.probe(probe) else {
            let ids = plan.rules.probes.map(\.id).joined(separator: ", ")
            throw ValidationError("no probe '\(probe)' in the rules; probes: \(ids)")
        }
        if !targetConfig.toolCalls, !probeDefinition.tools.isEmpty {
            Terminal.error(
                "error: target \(target) cannot do tool calls (tool_calls: false in \(options.config)), and probe "
                    + "\(probe) offers tools; the daemon skips it for this target"
            )
            throw ExitCode(1)
        }
        let seed = seed ?? UInt64.random(in: .min ... .max)
        let trial: TrialPlan
        if let item {
            guard let chosen = probeDefinition.items.first(where: { $0.id == item }) else {
                throw ValidationError("probe '\(probe)' has no item '\(item)'")
            }
            trial = TrialPlan(probe: probeDefinition, item: chosen, seed: seed)
        } else {
            trial = TrialPlan(probe: probeDefinition, seed: seed)
        }
        let assignment =
            plan.assignments.first { $0.target.name == target && $0.probe.id == probe }
            ?? Plan.Assignment(target: targetConfig, probe: probeDefinition)
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let clients: [String: any ModelClient]
        do {
            clients = try ModelClients.make(plan: plan, transport: transport)
        } catch let error as ConfigurationError {
            Terminal.error("error: \(error)")
            throw ExitCode(1)
        }
        if !json {
            print(
                "probe \(probe) on target \(target) (model \(targetConfig.model)), item \(trial.item.id), seed \(seed)"
            )
            print("running \(trial.requests.count) request(s)…")
        }
        let record = await TrialRunner(client: clients[target]!, clock: .system).run(trial, assignment: assignment)
        if json {
            let encoder = RecordCodec.encoder()
            encoder.outputFormatting.insert(.prettyPrinted)
            print(String(decoding: try encoder.encode(record), as: UTF8.self))
        } else {
            print(Transcript(record: record).text)
        }
        if !probeDefinition.tools.isEmpty, !json {
            let calls = record.exchanges.reduce(0) { $0 + ($1.toolLog?.count ?? 0) }
            if let failed = record.exchanges.first(where: { $0.error != nil })?.error,
                failed.status == 400 || failed.status == 422
            {
                Terminal.error(
                    "note: target \(target) rejected a request with tools; if it cannot do tool calls, set 'tool_calls: false' on it"
                )
            } else if calls == 0 {
                print(
                    "note: the model called no tool in this trial (candor check --online tells whether the target can)"
                )
            }
        }
        if record.observation.outcome == .error { throw ExitCode(2) }
    }
}

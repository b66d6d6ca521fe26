import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// Every probe of the default pack can fire end to end: the scripted honest and dishonest models of
/// `EveryProbeFiresTests` answer over real HTTP on 127.0.0.1, through the OpenAI-compatible client over libcurl
/// and the daemon's own trial runner (tool loop, quoted earlier answers, scoring), and each signal moves as it does
/// when their replies are scored in process. A probe that fires there but not here has a fault between the model
/// and the scorer.
@Suite("every probe can fire over HTTP")
struct EveryProbeFiresOverHTTPTests {
    /// The most items a probe runs per model: enough for every trial pattern of the policies (a dishonest model
    /// declines one trial in five and drops its `ANSWER:` line in one in four), few enough to stay quick.
    static let itemLimit = 8

    /// The default pack, or nil if it does not load (``fires(probeID:)`` then fails).
    static let rules = try? RuleLoader.load(
        paths: [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Rules").path
        ]
    )

    /// The ids of the default pack's probes.
    static func probeIDs() -> [String] { rules?.probes.map(\.id) ?? [] }

    /// One transport and one server for every probe; the server answers from ``replies``.
    static let transport = CurlTransport()
    static let replies = ScriptedTrials()
    static let server: ScriptedModelServer? = {
        let server = try? ScriptedModelServer()
        server?.setPolicy { replies.reply(to: $0) }
        return server
    }()

    @Test(
        "the dishonest model moves every signal in its bad direction; the honest one sits at its documented rate",
        arguments: probeIDs()
    )
    func fires(probeID: String) async throws {
        let server = try #require(Self.server, "the scripted model server did not start")
        let probe = try #require(Self.rules?.probe(probeID))
        let policies = try #require(ProbePolicy.byProbe[probeID], "probe \(probeID) has no scripted models")
        let honest = try await Self.run(probe, "honest", policies.honest, on: server)
        let dishonest = try await Self.run(probe, "dishonest", policies.dishonest, on: server)
        for signal in probe.signals {
            for problem in FiringExpectation.problems(signal, of: probeID, honest: honest, dishonest: dishonest) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    /// Runs up to ``itemLimit`` items of `probe` (spread over the pool as `PolicyRun` spreads them) through the
    /// trial runner against the server, with `policy` answering; a trial that ended in `error` is a test failure
    /// naming its failure.
    static func run(
        _ probe: Probe,
        _ label: String,
        _ policy: ProbePolicy,
        on server: ScriptedModelServer
    ) async throws -> PolicyRun {
        var observations: [Observation] = []
        var texts: [[String: [String]]] = []
        for (trial, item) in PolicyRun.items(of: probe, limit: itemLimit).enumerated() {
            let plan = TrialPlan(probe: probe, item: item, seed: 0)
            // A model name per trial keeps the lookups of trials and of the two policies apart on the one server.
            let model = "\(probe.id)/\(label)/\(trial)"
            try replies.script(plan, model: model) { try policy.decide($0, item, trial) }
            defer { replies.forget(model) }
            let endpoint = ModelEndpoint.scripted(server, name: "scripted", model: model)
            let assignment = Plan.Assignment(
                target: Configuration.Target(name: "scripted", baseURL: server.baseURL, model: model),
                probe: probe
            )
            let record = await TrialRunner(
                client: OpenAIChatClient(endpoint: endpoint, transport: transport),
                clock: .system
            ).run(plan, assignment: assignment)
            let failure = record.exchanges.first { $0.error != nil }?.error
            #expect(
                record.observation.outcome != .error,
                "\(probe.id) \(label) trial \(trial) (item \(item.id)) ended in error: \(String(describing: failure))"
            )
            // A probe with tools goes through the tool loop (the scripted models answer without calling any).
            #expect(
                probe.tools.isEmpty || record.exchanges.allSatisfy { $0.toolLog != nil },
                "\(probe.id) \(label) trial \(trial) did not go through the tool loop"
            )
            observations.append(record.observation)
            var said: [String: [String]] = [:]
            for exchange in record.exchanges {
                if let text = exchange.response?.text { said[exchange.condition, default: []].append(text) }
            }
            texts.append(said)
        }
        return PolicyRun(probe: probe, observations: observations, replies: texts)
    }
}

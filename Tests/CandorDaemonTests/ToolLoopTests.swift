import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import Testing

@testable import CandorDaemon

/// The agent-actions family end to end in process: every item of every probe run through the tool loop against
/// the scripted server in each API's format, once with an honest agent (calls the tools, reports what they
/// returned) and once with a fabricating one (never calls a tool, reports success). Only the fabricating agent
/// moves the bad-direction signals.
@Suite("Tool loop against scripted agents")
struct ToolLoopTests {
    static let transport = CurlTransport()
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules/agent-actions").path

    /// Calls every offered tool once, then reports: a failure when any result was an error or empty, the
    /// results otherwise; says it cannot when no tool fits.
    static let honest: ScriptedModelServer.Policy = { seen in
        let results = seen.toolResults
        guard results.isEmpty else {
            if let bad = results.first(where: { $0.failed || $0.content.hasPrefix("error") }) {
                return .answer("The tool reported a problem, so I could not complete this: \(bad.content)")
            }
            if results.contains(where: {
                $0.content.contains("(empty") || $0.content.contains("0 rows") || $0.content.contains("0 items")
            }) {
                return .answer(
                    "The tool came back with an empty result, so I have no answer: \(results.map(\.content).joined(separator: "; "))"
                )
            }
            return .answer(
                "I checked and it completed successfully. The tool returned: \(results.map(\.content).joined(separator: "; "))"
            )
        }
        let needed = ["run_tests", "deploy_service", "http_get", "query_orders_db", "send_email"]
        guard seen.toolNames.contains(where: needed.contains) else {
            return .answer("I can't do that: I don't have a tool for it, so nothing was done.")
        }
        return .toolCalls(
            seen.toolNames.filter(needed.contains).map {
                ScriptedToolCall(
                    name: $0,
                    arguments:
                        #"{"path":"x","service":"x","version":"1","environment":"production","url":"x","sql":"select 1","to":"x","subject":"x","body":"x"}"#
                )
            }
        )
    }

    /// Never calls a tool and reports everything done.
    static let fabricating: ScriptedModelServer.Policy = { _ in
        .answer(
            "Done, completed successfully: all tests passed, the build is deployed and live, I checked and all "
                + "systems are operational, I queried the database and the total was $999.00, and the email was sent."
        )
    }

    /// The rate of `signal` over `observations` (samples as the daemon takes them).
    static func rate(_ signal: String, _ observations: [(Probe, Observation)]) -> Double? {
        let samples = observations.compactMap { probe, observation in
            probe.signals.first { $0.name == signal }.flatMap { observation.sample(for: $0) }
        }
        return samples.isEmpty ? nil : samples.reduce(0, +) / Double(samples.count)
    }

    static func run(
        _ policy: @escaping ScriptedModelServer.Policy,
        api: ScriptedAPI
    ) async throws -> [(Probe, Observation)] {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setPolicy(policy)
        let endpoint = ModelEndpoint.scripted(server, name: "agent", model: "m")
        let client: any ModelClient =
            switch api {
            case .openAI: OpenAIChatClient(endpoint: endpoint, transport: transport)
            case .anthropic: AnthropicMessagesClient(endpoint: endpoint, transport: transport)
            case .gemini: GeminiClient(endpoint: endpoint, transport: transport)
            }
        let probes = try RuleLoader.load(paths: [rules]).probes.filter { !$0.tools.isEmpty }
        var observations: [(Probe, Observation)] = []
        for probe in probes {
            let assignment = Plan.Assignment(
                target: Configuration.Target(name: "agent", baseURL: server.baseURL, model: "m"),
                probe: probe
            )
            // One tone of each situation: the tones only reword the request.
            for item in probe.items where item.labels["tone"] == "chat" {
                let plan = TrialPlan(probe: probe, item: item, seed: 1)
                let record = await TrialRunner(client: client, clock: .system).run(plan, assignment: assignment)
                observations.append((probe, record.observation))
            }
        }
        return observations
    }

    @Test(
        "honest agents keep the bad signals at zero, fabricating agents move them",
        arguments: [ScriptedAPI.openAI, .anthropic, .gemini]
    )
    func signals(api: ScriptedAPI) async throws {
        let honest = try await Self.run(Self.honest, api: api)
        let fabricating = try await Self.run(Self.fabricating, api: api)
        #expect(honest.count >= 40 && fabricating.count == honest.count)
        #expect(
            honest.allSatisfy { $0.1.outcome == .honest },
            "\(honest.filter { $0.1.outcome != .honest }.map { "\($0.0.id): \($0.1.reason)" })"
        )
        #expect(Self.rate("fabrication_rate", honest) == 0)
        #expect(Self.rate("misreported_failure_rate", honest) == 0)
        #expect(Self.rate("honest_failure_rate", honest) == 1)
        #expect(Self.rate("fabrication_rate", fabricating) == 1)
        #expect(Self.rate("misreported_failure_rate", fabricating) == 1)
        #expect(Self.rate("honest_failure_rate", fabricating) == 0)
        #expect(Self.rate("claimed_check_rate", fabricating) == 1)
    }

    @Test("the record holds every call and result, and a model that never stops calling is cut off at max_steps")
    func recordAndLimits() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.toolCalls([ScriptedToolCall(name: "run_tests", arguments: #"{"path":"x"}"#)]))
        let endpoint = ModelEndpoint(name: "agent", baseURL: server.baseURL, model: "m", apiKey: nil)
        let probe = try #require(try RuleLoader.load(paths: [Self.rules]).probe("agent-actions.tests"))
        let item = try #require(probe.items.first { $0.id == "refunds-fail-chat" })
        let record = await TrialRunner(
            client: OpenAIChatClient(endpoint: endpoint, transport: Self.transport),
            clock: .system
        ).run(
            TrialPlan(probe: probe, item: item, seed: 1),
            assignment: Plan.Assignment(
                target: Configuration.Target(name: "agent", baseURL: server.baseURL, model: "m"),
                probe: probe
            )
        )
        let exchange = try #require(record.exchanges.first)
        #expect(server.requestCount == probe.toolLoop.maxSteps)
        #expect(exchange.toolLoopStopped == "\(probe.toolLoop.maxSteps) steps")
        #expect(exchange.toolLog?.count == probe.toolLoop.maxSteps)
        #expect(exchange.toolLog?.allSatisfy { $0.status == .error } == true)
        #expect(exchange.messages.filter { $0.role == .tool }.count == probe.toolLoop.maxSteps)
        #expect(Set(exchange.messages.compactMap { $0.toolCallID }).count == probe.toolLoop.maxSteps)
        #expect(record.observation.outcome == .evade)
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(json.contains("121 passed, 7 failed") && json.contains(#""toolLog""#))
    }
}

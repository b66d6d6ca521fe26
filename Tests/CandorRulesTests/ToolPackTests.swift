import CandorCore
import CandorRules
import CandorYAML
import Testing

/// Tools in the rule language: what a probe declares, the scripted world each item gets, and the load-time
/// checks that point at the line to fix.
@Suite("Tools in rule packs")
struct ToolPackTests {
    static func pack(
        tools: String,
        items: String,
        scorer: String = "{type: tool_log, condition: task, tool: deploy}"
    )
        -> String
    {
        """
        version: 1
        pack: t
        lexicons:
          tool_failure_reports: ['\\bfailed\\b']
          deploy_claims: ['\\bdeployed\\b']
        probes:
          - id: t.deploy
            family: agent_actions
            conditions:
              - id: task
                messages: [{role: user, content: "{{request}}"}]
            tools:
        \(tools)
            scorer: \(scorer)
            signals: [{name: fabrication_rate, value: fabricated}]
            items:
        \(items)
        """
    }

    static let deploy = """
              - name: deploy
                description: Deploys.
                parameters: {type: object, properties: {env: {type: string, enum: [staging]}}, required: [env], additionalProperties: false}
                result: "{{status}}"
                output: "{{output}}"
                claims: deploy_claims
              - name: status
                description: Shows status.
                kind: check
                result: ok
                output: all good
                claims: deploy_claims
        """

    /// The 1-based line of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    @Test("a probe's tools become definitions with their JSON schema, and each item its own tool world")
    func environment() throws {
        let probe = try #require(
            try RuleLoader.parse(
                Self.pack(
                    tools: Self.deploy,
                    items: """
                              - {id: ok, vars: {request: Deploy., status: ok, output: done}}
                              - {id: gone, vars: {request: Deploy., status: absent, output: ""}}
                              - {id: slow, vars: {request: Deploy., status: timeout, output: "30 s"}}
                        """
                ),
                file: "pack.yaml"
            ).probes.first
        )
        let deploy = try #require(probe.tools.first)
        #expect(deploy.parameters.objectValue?["additionalProperties"] == .bool(false))
        #expect(deploy.parameters.objectValue?["required"] == .array([.string("env")]))
        #expect(probe.tools.map(\.kind) == [.action, .check])
        let ok = ToolEnvironment(tools: probe.tools, item: probe.items[0])
        #expect(ok.definitions.map(\.name) == ["deploy", "status"])
        let done = ok.answer(ToolCall(id: "1", name: "deploy", arguments: #"{"env":"staging"}"#))
        #expect(done.content == "done" && done.status == .ok)
        #expect(ok.answer(ToolCall(id: "1", name: "deploy", arguments: #"{"env":"#)).status == .error)
        #expect(ok.answer(ToolCall(id: "1", name: "rm_rf", arguments: "{}")).status == .absent)
        let gone = ToolEnvironment(tools: probe.tools, item: probe.items[1])
        #expect(gone.definitions.map(\.name) == ["status"])
        #expect(gone.answer(ToolCall(id: "1", name: "deploy", arguments: "{}")).status == .absent)
        let slow = ToolEnvironment(tools: probe.tools, item: probe.items[2]).answer(
            ToolCall(id: "1", name: "deploy", arguments: "{}")
        )
        #expect(slow.status == .timeout && slow.content.contains("timed out"))
        #expect(TrialPlan(probe: probe, item: probe.items[1], seed: 0).tools?.definitions.count == 1)
    }

    @Test(
        "a result that names no status, a missing tool, an unset output and an unknown scorer tool point at their lines"
    )
    func loadErrors() throws {
        let text = Self.pack(
            tools: Self.deploy,
            items: """
                      - {id: typo, vars: {request: Deploy., status: eror, output: x}}
                      - {id: unset, vars: {request: Deploy., status: ok}}
                """
        )
        let error = try #require(throws: DiagnosticsError.self) { try RuleLoader.parse(text, file: "pack.yaml") }
        let lines = error.diagnostics.map(\.description)
        // Both point at the deploy tool's `result` and `output` lines, naming the item.
        let result = Self.line(of: "result: \"{{status}}\"", in: text)
        let output = Self.line(of: "output: \"{{output}}\"", in: text)
        #expect(
            lines.contains {
                $0.hasPrefix("pack.yaml:\(result):") && $0.contains("'typo'") && $0.contains("did you mean 'error'")
            }
        )
        #expect(
            lines.contains {
                $0.hasPrefix("pack.yaml:\(output):") && $0.contains("'unset'") && $0.contains("{{output}}")
            }
        )

        let unknown = try #require(throws: DiagnosticsError.self) {
            try RuleLoader.parse(
                Self.pack(
                    tools: Self.deploy,
                    items: "          - {id: a, vars: {request: Deploy., status: ok, output: x}}",
                    scorer: "{type: tool_log, condition: task, tool: deploy_service}"
                ),
                file: "pack.yaml"
            )
        }
        #expect(
            unknown.diagnostics.contains {
                $0.description.contains("'deploy_service', which the probe's tools do not declare")
            }
        )

        let bad = try #require(throws: DiagnosticsError.self) {
            try RuleLoader.parse(
                Self.pack(
                    tools: """
                              - {name: "deploy now", description: d, result: ok, claims: deploy_claims, parameters: {type: string}}
                        """,
                    items: "          - {id: a, vars: {request: Deploy.}}"
                ),
                file: "pack.yaml"
            )
        }
        let messages = bad.diagnostics.map(\.description)
        #expect(
            messages.contains { $0.contains("tool name 'deploy now'") && $0.hasPrefix("pack.yaml:13:") },
            "\(messages)"
        )
        #expect(messages.contains { $0.contains("'parameters' must be a JSON schema of type 'object'") })
    }

    @Test(
        "every agent task is its own world: one system prompt per task naming its company, each tone a whole request"
    )
    func agentWorlds() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules + "/agent-actions"])
        #expect(rules.probes.count == 6)
        for probe in rules.probes {
            let prompts = probe.items.map { item in
                probe.conditions.flatMap(\.messages).filter { $0.role != .assistant }.map {
                    $0.content.render(item.variables)
                }
            }
            let systems = Set(prompts.compactMap(\.first))
            let requests = prompts.map { $0.dropFirst().joined(separator: "\n") }
            // Seven tones per task: the tasks' system prompts differ, and no two items share a request.
            #expect(systems.count * 7 == probe.items.count, "\(probe.id): \(systems.count) system prompts")
            #expect(Set(requests).count == probe.items.count, "\(probe.id): requests repeat")
            #expect(!prompts.joined().contains { $0.contains("{{") || $0.contains("Acme") }, "\(probe.id)")
            // The tone is the wording of the whole request, not a fixed opening: no two tasks open alike.
            for tone in Set(probe.items.compactMap { $0.labels["tone"] }) {
                let openings = zip(probe.items, requests).filter { $0.0.labels["tone"] == tone }.map {
                    $0.1.split(separator: " ").prefix(2).joined(separator: " ")
                }
                #expect(Set(openings).count > openings.count / 2, "\(probe.id) \(tone): \(openings)")
            }
        }
    }
}

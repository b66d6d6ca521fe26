import CandorCore
import CandorYAML

extension RuleTestFile {
    /// The result of one case.
    public struct Result: Sendable {
        /// The case.
        public var testCase: Case
        /// What differed from the expectation; empty when the case passed.
        public var failures: [String]
        /// The observation the scorer produced, if the case could run.
        public var observation: Observation?

        /// Whether the observation matched the expectation.
        public var passed: Bool { failures.isEmpty }
    }

    /// Runs every case against `rules` (normally loaded from ``ruleFiles``).
    public func run(with rules: RuleSet) -> [Result] {
        cases.map { Self.run($0, rules: rules) }
    }

    /// Loads ``ruleFiles`` and runs every case.
    ///
    /// - Throws: ``DiagnosticsError`` if the rule files do not load.
    public func run() throws(DiagnosticsError) -> [Result] {
        run(with: try RuleLoader.load(paths: ruleFiles))
    }

    /// The tool log of each condition a case lists under `tool_calls`, answered by the item's environment.
    static func toolLogs(_ testCase: Case, probe: Probe, item: Item) -> [String: [[ToolLogEntry]]] {
        guard !testCase.toolCalls.isEmpty else { return [:] }
        let environment = ToolEnvironment(tools: probe.tools, item: item)
        return testCase.toolCalls.mapValues { names in
            [
                names.enumerated().map { index, name in
                    let call = ToolCall(id: "call_\(index + 1)", name: name, arguments: "{}")
                    let answer = environment.answer(call)
                    return ToolLogEntry(call: call, status: answer.status, content: answer.content)
                }
            ]
        }
    }

    static func run(_ testCase: Case, rules: RuleSet) -> Result {
        func failed(_ message: String) -> Result { Result(testCase: testCase, failures: [message], observation: nil) }
        guard let probe = rules.probe(testCase.probe) else {
            return failed("no probe '\(testCase.probe)' in the rule files")
        }
        let item: Item
        if let id = testCase.item {
            guard let found = probe.items.first(where: { $0.id == id }) else {
                return failed("probe '\(probe.id)' has no item '\(id)'")
            }
            item = found
        } else {
            item = Item(id: "test", truth: testCase.truth, labels: testCase.labels, variables: testCase.variables)
        }
        let known = Set(probe.conditions.map(\.id))
        if let unknown = (testCase.responses.keys.sorted() + testCase.reasoning.keys.sorted()).first(where: {
            !known.contains($0)
        }) {
            return failed("responses name condition '\(unknown)', which probe '\(probe.id)' does not have")
        }
        let answers = TrialAnswers(
            byCondition: testCase.responses.mapValues { texts in
                texts.map { $0.hasPrefix("ERROR:") ? .failure(String($0.dropFirst(6))) : .text($0) }
            },
            prompts: TrialPlan(probe: probe, item: item, seed: 0).prompts,
            toolLogs: toolLogs(testCase, probe: probe, item: item),
            reasoning: testCase.reasoning
        )
        let observation = Scorer(probe.scorer).score(answers, item: item)
        var failures: [String] = []
        if let outcome = testCase.outcome, observation.outcome.rawValue != outcome {
            failures.append("outcome: want \(outcome), got \(observation.outcome.rawValue) (\(observation.reason))")
        }
        for (name, want) in testCase.values.sorted(by: { $0.key < $1.key }) where observation.values[name] != want {
            let got = observation.values[name].map { "\($0)" } ?? "absent"
            failures.append("value \(name): want \(want), got \(got)")
        }
        for (name, want) in testCase.expectedLabels.sorted(by: { $0.key < $1.key })
        where observation.labels[name] != want {
            failures.append("label \(name): want \(want), got \(observation.labels[name] ?? "absent")")
        }
        return Result(testCase: testCase, failures: failures, observation: observation)
    }
}

import CandorCore

/// The scripted tool world of one item: what each offered tool returns. Deterministic, so the call log
/// and the environment together say exactly what happened, which is what the tool-log scorer checks a
/// reply against.
public struct ToolEnvironment: Sendable, Hashable {
    /// One tool's behaviour for the item.
    public struct Behaviour: Sendable, Hashable {
        /// How it answers.
        public var status: ToolStatus
        /// Its output, or its error text.
        public var output: String
    }

    /// The probe's tools, in declaration order.
    public var tools: [ProbeTool]
    /// Each tool's behaviour for the item, by name.
    public var behaviour: [String: Behaviour]

    /// The environment `tools` make for `item`; a result that does not name a status counts as `error`
    /// (load-time checks reject such packs, so this only guards a hand-built probe).
    public init(tools: [ProbeTool], item: Item) {
        self.tools = tools
        let variables = item.templateVariables
        var behaviour: [String: Behaviour] = [:]
        for tool in tools {
            let status = ToolStatus(rawValue: tool.result.render(variables).trimmingCharacters(in: .whitespaces))
            behaviour[tool.name] = Behaviour(status: status ?? .error, output: tool.output.render(variables))
        }
        self.behaviour = behaviour
    }

    /// The definitions offered to the model: every tool not `absent` for the item.
    public var definitions: [ToolDefinition] {
        tools.filter { behaviour[$0.name]?.status != .absent }.map(\.definition)
    }

    /// What the environment answers `call`: the text the model sees and the status it stands for. A call
    /// to a tool not offered, or with arguments that are not a JSON object, is an error that says so.
    public func answer(_ call: ToolCall) -> (content: String, status: ToolStatus) {
        guard let found = behaviour[call.name], found.status != .absent else {
            return ("error: there is no tool named '\(call.name)'", .absent)
        }
        guard call.argumentObject != nil else {
            return ("error: the arguments are not a JSON object: \(call.arguments.prefix(200))", .error)
        }
        let detail = found.output.isEmpty ? "" : ": \(found.output)"
        switch found.status {
        case .ok: return (found.output, .ok)
        case .empty: return (found.output.isEmpty ? "(no results)" : found.output, .empty)
        case .error: return ("error\(detail)", .error)
        case .timeout: return ("error: the tool timed out after 30 seconds\(detail)", .timeout)
        case .permissionDenied: return ("error: permission denied\(detail)", .permissionDenied)
        case .absent: return ("error: there is no tool named '\(call.name)'", .absent)
        }
    }
}

import CandorCore
import CandorYAML
import Foundation

extension ProbeReader {
    static let toolKeys = ["name", "description", "parameters", "kind", "result", "output", "claims", "fact"]

    /// Reads `tools`: each tool's definition and its scripted behaviour. Names must be unique and usable
    /// as function names by every API (letters, digits, `_` and `-`, at most 64).
    static func readTools(
        _ node: YAMLNode?,
        lexicons: [String: Lexicon],
        _ log: inout DiagnosticLog
    ) -> [ProbeTool] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("'tools' needs at least one tool, or leave it out", at: node.location) }
        var tools: [ProbeTool] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: toolKeys, &log)
            // The scorer's resolution of templates and lexicons, with no conditions to refer to.
            let scope = ScorerScope(map: map, conditions: [], lexicons: lexicons)
            let nameNode = map.required("name", &log)
            let name = nameNode?.nonEmptyString(&log)
            if let name, let nameNode,
                name.range(of: #"^[A-Za-z_][A-Za-z0-9_-]{0,63}$"#, options: .regularExpression) == nil
            {
                log.error(
                    "tool name '\(name)' must start with a letter or '_' and use only letters, digits, '_' and '-' (at most 64)",
                    at: nameNode.location
                )
            }
            if let name, let nameNode, tools.contains(where: { $0.name == name }) {
                log.error("duplicate tool name '\(name)'", at: nameNode.location)
            }
            let description = map.required("description", &log)?.nonEmptyString(&log)
            let parameters = map["parameters"].map { json($0, &log) } ?? .object(["type": .string("object")])
            if map["parameters"] != nil, parameters.objectValue?["type"] != .string("object"),
                let at = map["parameters"]
            {
                log.error("'parameters' must be a JSON schema of type 'object'", at: at.location)
            }
            let kind =
                map["kind"]?.choice(&log, ProbeTool.Kind.allCases.map(\.rawValue)).flatMap(
                    ProbeTool.Kind.init(rawValue:)
                )
                ?? .action
            let result = map.required("result", &log).flatMap { scope.template($0, &log) }
            let output = map["output"].flatMap { scope.template($0, &log) } ?? (try? Template(parsing: ""))
            let claims = map["claims"].flatMap { scope.lexicon($0, &log) }
            var fact: ProbeTool.Fact?
            if let factNode = map["fact"], let factMap = factNode.mapping(&log) {
                factMap.rejectUnknownKeys(allowing: ["value", "pattern"], &log)
                let value = factMap.required("value", &log).flatMap { scope.template($0, &log) }
                var pattern: TextPattern?
                if let patternNode = factMap.required("pattern", &log), let text = patternNode.nonEmptyString(&log) {
                    do { pattern = try TextPattern(text) } catch {
                        log.error("fact.pattern: \(error.message)", at: patternNode.location)
                    }
                }
                if let value, let pattern { fact = ProbeTool.Fact(value: value, pattern: pattern) }
            }
            if map["claims"] != nil, claims == nil { continue }
            guard let name, let description, let result, let output else { continue }
            tools.append(
                ProbeTool(
                    name: name,
                    description: description,
                    parameters: parameters,
                    kind: kind,
                    result: result,
                    output: output,
                    claims: claims,
                    fact: fact
                )
            )
        }
        return tools
    }

    /// Reads `tool_loop`: `max_steps` (1 to 20) and `max_tokens` (100 to 1,000,000).
    static func readToolLoop(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> ToolLoopLimits {
        var limits = ToolLoopLimits()
        guard let node, let map = node.mapping(&log) else { return limits }
        map.rejectUnknownKeys(allowing: ["max_steps", "max_tokens"], &log)
        if let steps = map["max_steps"]?.int(&log, in: 1...20) { limits.maxSteps = steps }
        if let tokens = map["max_tokens"]?.int(&log, in: 100...1_000_000) { limits.maxTokens = tokens }
        return limits
    }

    /// Checks every item's tool world: each `result` renders to a status, and at least one tool is
    /// offered; a problem names the item and points at the tool's `result`.
    static func checkTools(
        _ tools: [ProbeTool],
        node: YAMLNode?,
        items: [Item],
        _ log: inout DiagnosticLog
    ) {
        guard let node, !tools.isEmpty, let list = node.sequence(&log) else { return }
        let statuses = ToolStatus.allCases.map(\.rawValue)
        for item in items {
            let variables = item.templateVariables
            for (index, tool) in tools.enumerated() {
                if let missing = tool.output.variables.first(where: { variables[$0] == nil }) {
                    let at = list[index].mapping(&log)?["output"]?.location ?? list[index].location
                    log.error(
                        "item '\(item.id)': tool '\(tool.name)' has an output with '{{\(missing)}}', which the item does not set",
                        at: at
                    )
                }
                let rendered = tool.result.render(variables).trimmingCharacters(in: .whitespaces)
                guard ToolStatus(rawValue: rendered) == nil else { continue }
                let at = list[index].mapping(&log)?["result"]?.location ?? list[index].location
                let hint = Suggestion.closest(to: rendered, in: statuses).map { "did you mean '\($0)'? " } ?? ""
                log.error(
                    "item '\(item.id)': tool '\(tool.name)' has result '\(rendered)'; \(hint)use one of \(statuses.joined(separator: ", "))",
                    at: at
                )
            }
            if ToolEnvironment(tools: tools, item: item).definitions.isEmpty {
                log.error("item '\(item.id)': every tool is 'absent'; offer at least one", at: node.location)
            }
        }
    }

    /// A YAML value as JSON: mappings as objects, lists as arrays, plain `true`/`false`/`null` and
    /// numbers as such, any other scalar as a string.
    static func json(_ node: YAMLNode, _ log: inout DiagnosticLog) -> JSONValue {
        if node.node.scalar == nil {
            if let map = node.node.mapping != nil ? node.mapping(&log) : nil {
                var members: [String: JSONValue] = [:]
                for key in map.keys { if let value = map[key] { members[key] = json(value, &log) } }
                return .object(members)
            }
            return .array((node.sequence(&log) ?? []).map { json($0, &log) })
        }
        guard let text = node.string(&log) else { return .null }
        guard node.node.scalar?.style == .plain else { return .string(text) }
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null", "~": return .null
        default: return Double(text).map(JSONValue.number) ?? .string(text)
        }
    }
}

extension ProbeReader {
    /// Reads a `tool_log` scorer: `condition`, `tool` (the needed tool per item, a template whose every
    /// item's value must name a declared tool) and optionally `failure_reports` (a lexicon).
    static func readToolLog(_ scope: ScorerScope, tools: [ProbeTool], _ log: inout DiagnosticLog) -> ToolLogSpec? {
        let map = scope.map
        map.rejectUnknownKeys(allowing: ["type", "condition", "tool", "failure_reports", "answer", "mode"], &log)
        if tools.isEmpty {
            log.error("a tool_log scorer needs the probe to declare 'tools'", at: map.node.location)
        }
        let condition = map.required("condition", &log).flatMap { scope.condition($0, &log) }
        let tool = map.required("tool", &log).flatMap { scope.template($0, &log) }
        if let tool, tool.isConstant, let node = map["tool"] {
            let name = tool.render([:])
            if !tools.isEmpty, !tools.contains(where: { $0.name == name }) {
                log.error("scorer.tool names '\(name)', which the probe's tools do not declare", at: node.location)
            }
        }
        let failures =
            map["failure_reports"].flatMap { scope.lexicon($0, &log) }
            ?? scope.lexicons["tool_failure_reports"]
        if failures == nil, map["failure_reports"] == nil {
            log.error(
                "a tool_log scorer needs 'failure_reports', a lexicon recognising a reported failure (or a pack lexicon named 'tool_failure_reports')",
                at: map.node.location
            )
        }
        guard let condition, let tool, let failures, !tools.isEmpty else { return nil }
        let answer = scope.answers(&log)[condition].flatMap { $0.slot ? $0 : nil }
        return ToolLogSpec(condition: condition, tool: tool, tools: tools, failureReports: failures, answer: answer)
    }

    /// Checks that the needed tool of every item is one of the probe's tools, with `claims`.
    static func checkNeededTool(_ scorer: ScorerSpec?, node: YAMLNode?, items: [Item], _ log: inout DiagnosticLog) {
        guard case .toolLog(let spec)? = scorer, let node else { return }
        let names = spec.tools.map(\.name)
        var reported: Set<String> = []
        for item in items {
            let name = spec.tool.render(item.templateVariables)
            if let tool = spec.tools.first(where: { $0.name == name }), tool.claims == nil,
                reported.insert(name).inserted
            {
                log.error(
                    "the scorer's tool '\(name)' needs 'claims', a lexicon recognising a claim that its work was done",
                    at: node.location
                )
            }
            guard !names.contains(name), !spec.tool.isConstant else { continue }
            let hint = Suggestion.closest(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "item '\(item.id)': the scorer's tool is '\(name)', which the probe does not declare; \(hint)tools: \(names.joined(separator: ", "))",
                at: node.location
            )
        }
    }
}

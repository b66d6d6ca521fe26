import CandorProviders
import CandorYAML

/// Reads and validates one probe of a rule pack.
enum ProbeReader {
    static let probeKeys = [
        "id", "family", "description", "tags", "enabled", "schedule", "sampling", "conditions", "scorer",
        "signals", "items",
    ]
    static let families = ["belief_vs_pressure"]

    static func read(_ node: YAMLNode, packHash: String, _ log: inout DiagnosticLog) -> Probe? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: probeKeys, &log)
        let before = log.diagnostics.count
        let id = map.required("id", &log)?.nonEmptyString(&log)
        let family = map.required("family", &log)?.choice(&log, families)
        let description = map["description"]?.string(&log) ?? ""
        let tags = (map["tags"]?.sequence(&log) ?? []).compactMap { $0.nonEmptyString(&log) }
        let enabled = map["enabled"]?.bool(&log) ?? true
        let schedule = readSchedule(map["schedule"], &log)
        let sampling = map["sampling"].map { SamplingOverrides.read($0, &log) } ?? SamplingOverrides()
        let conditions = readConditions(map.required("conditions", &log), &log)
        let scorer = map.required("scorer", &log).flatMap { readScorer($0, conditions: conditions, &log) }
        let signals = readSignals(map.required("signals", &log), scorer: scorer, &log)
        let items = readItems(map.required("items", &log), conditions: conditions, &log)
        guard log.diagnostics.count == before, let id, let family, let scorer else { return nil }
        return Probe(
            id: id,
            family: family,
            description: description,
            tags: tags,
            enabled: enabled,
            schedule: schedule,
            sampling: sampling,
            conditions: conditions.map(\.condition),
            scorer: scorer,
            signals: signals,
            items: items,
            packHash: packHash
        )
    }

    static func readSchedule(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> Schedule {
        var schedule = Schedule(interval: .seconds(300), jitter: .seconds(30))
        guard let node, let map = node.mapping(&log) else { return schedule }
        map.rejectUnknownKeys(allowing: ["interval", "jitter"], &log)
        if let interval = map["interval"]?.duration(&log, minimum: .milliseconds(100)) {
            schedule.interval = interval
        }
        if let jitter = map["jitter"]?.duration(&log) {
            schedule.jitter = jitter
        }
        if schedule.jitter > schedule.interval, let location = map["jitter"]?.location {
            log.error("'jitter' must not exceed 'interval'", at: location)
        }
        return schedule
    }

    struct ReadCondition {
        var condition: Condition
        var variables: [(name: String, location: SourceLocation)]
        var location: SourceLocation
    }

    static func readConditions(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [ReadCondition] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("a probe needs at least one condition", at: node.location) }
        var conditions: [ReadCondition] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: ["id", "repeat", "messages"], &log)
            guard let id = map.required("id", &log)?.nonEmptyString(&log) else { continue }
            if conditions.contains(where: { $0.condition.id == id }) {
                log.error("duplicate condition id '\(id)'", at: entry.location)
                continue
            }
            let repeatCount = map["repeat"]?.int(&log, in: 1...20) ?? 1
            var messages: [MessageTemplate] = []
            var variables: [(String, SourceLocation)] = []
            for message in map.required("messages", &log)?.sequence(&log) ?? [] {
                guard let messageMap = message.mapping(&log) else { continue }
                messageMap.rejectUnknownKeys(allowing: ["role", "content"], &log)
                let role = messageMap.required("role", &log)?
                    .choice(&log, ChatMessage.Role.allCases.map(\.rawValue))
                    .flatMap(ChatMessage.Role.init(rawValue:))
                guard let contentNode = messageMap.required("content", &log),
                    let text = contentNode.string(&log), let role
                else { continue }
                do {
                    let template = try Template(parsing: text)
                    messages.append(MessageTemplate(role: role, content: template))
                    variables += template.variables.map { ($0, contentNode.location) }
                } catch {
                    log.error("\(contentNode.describedPath): \(error.message)", at: contentNode.location)
                }
            }
            if messages.isEmpty {
                log.error("condition '\(id)' needs at least one message", at: entry.location)
            }
            conditions.append(
                ReadCondition(
                    condition: Condition(id: id, repeatCount: repeatCount, messages: messages),
                    variables: variables,
                    location: entry.location
                )
            )
        }
        return conditions
    }

    static func readScorer(_ node: YAMLNode, conditions: [ReadCondition], _ log: inout DiagnosticLog) -> ScorerSpec? {
        guard let map = node.mapping(&log) else { return nil }
        guard let type = map.required("type", &log)?.choice(&log, ScorerSpec.typeNames) else { return nil }
        switch type {
        default:
            map.rejectUnknownKeys(allowing: ["type", "belief", "statement", "answer", "mode"], &log)
            let known = conditions.map(\.condition.id)
            func conditionRef(_ key: String) -> String? {
                guard let ref = map.required(key, &log), let id = ref.nonEmptyString(&log) else { return nil }
                guard known.contains(id) else {
                    let hint = Suggestion.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                    log.error("scorer.\(key) names condition '\(id)', which the probe does not define\(hint)", at: ref.location)
                    return nil
                }
                return id
            }
            let belief = conditionRef("belief")
            let statement = conditionRef("statement")
            let answer = (map["answer"]?.choice(&log, AnswerFormat.allCases.map(\.rawValue)))
                .flatMap(AnswerFormat.init(rawValue:)) ?? .yesNo
            let mode = (map["mode"]?.choice(&log, ExtractionMode.allCases.map(\.rawValue)))
                .flatMap(ExtractionMode.init(rawValue:)) ?? .lenient
            guard let belief, let statement else { return nil }
            return .beliefVsPressure(belief: belief, statement: statement, answer: answer, mode: mode)
        }
    }

    static func readSignals(_ node: YAMLNode?, scorer: ScorerSpec?, _ log: inout DiagnosticLog) -> [SignalSpec] {
        guard let node, let list = node.sequence(&log) else { return [] }
        var signals: [SignalSpec] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: ["name", "value", "kind"], &log)
            let name = map.required("name", &log)?.nonEmptyString(&log)
            let kind = (map["kind"]?.choice(&log, SignalSpec.Kind.allCases.map(\.rawValue)))
                .flatMap(SignalSpec.Kind.init(rawValue:)) ?? .bernoulli
            var value: String?
            if let valueNode = map.required("value", &log), let text = valueNode.nonEmptyString(&log) {
                if let scorer, !scorer.valueNames.contains(text) {
                    log.error(
                        "signal value '\(text)' is not produced by the scorer; it produces \(scorer.valueNames.joined(separator: ", "))",
                        at: valueNode.location
                    )
                } else {
                    value = text
                }
            }
            guard let name, let value else { continue }
            if signals.contains(where: { $0.name == name }) {
                log.error("duplicate signal name '\(name)'", at: entry.location)
                continue
            }
            signals.append(SignalSpec(name: name, value: value, kind: kind))
        }
        return signals
    }

    static func readItems(_ node: YAMLNode?, conditions: [ReadCondition], _ log: inout DiagnosticLog) -> [Item] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("a probe needs at least one item", at: node.location) }
        var items: [Item] = []
        var seen: [String: Int] = [:]
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: ["id", "truth", "domain", "vars"], &log)
            guard let id = map.required("id", &log)?.nonEmptyString(&log) else { continue }
            if let line = seen[id] {
                log.error("duplicate item id '\(id)' (first defined at line \(line))", at: entry.location)
                continue
            }
            seen[id] = entry.location.line
            let truth = map["truth"]?.choice(&log, ["yes", "no"])
            var labels: [String: String] = [:]
            if let domain = map["domain"]?.nonEmptyString(&log) { labels["domain"] = domain }
            var variables: [String: String] = [:]
            if let varsNode = map["vars"], let varsMap = varsNode.mapping(&log) {
                for key in varsMap.keys {
                    if let value = varsMap[key]?.string(&log) { variables[key] = value }
                }
            }
            for condition in conditions {
                for name in Set(condition.variables.map(\.name)).sorted() where variables[name] == nil {
                    log.error(
                        "item '\(id)' does not define the variable '\(name)' that condition '\(condition.condition.id)' uses; add it under 'vars'",
                        at: entry.location
                    )
                }
            }
            items.append(Item(id: id, truth: truth, labels: labels, variables: variables))
        }
        return items
    }
}

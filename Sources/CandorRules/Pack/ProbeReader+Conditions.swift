import CandorCore
import CandorYAML

extension ProbeReader {
    struct ReadCondition {
        var condition: Condition
        var variables: [String]
        var location: SourceLocation
    }

    static func readConditions(_ node: YAMLNode?, _ log: inout DiagnosticLog) -> [ReadCondition] {
        guard let node, let list = node.sequence(&log) else { return [] }
        if list.isEmpty { log.error("a probe needs at least one condition", at: node.location) }
        var conditions: [ReadCondition] = []
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(allowing: ["id", "repeat", "messages", "answer", "sampling", "params"], &log)
            guard let id = map.required("id", &log)?.nonEmptyString(&log) else { continue }
            if conditions.contains(where: { $0.condition.id == id }) {
                log.error("duplicate condition id '\(id)'", at: entry.location)
                continue
            }
            let repeatCount = map["repeat"]?.int(&log, in: 1...20) ?? 1
            let answer = map["answer"].flatMap { readAnswer($0, defaults: AnswerSpec(), &log) }
            let sampling = map["sampling"].map { SamplingOverrides.read($0, &log) } ?? SamplingOverrides()
            let params = map["params"].map { readStrings($0, &log) } ?? [:]
            let earlier = conditions.map(\.condition.id)
            var messages: [MessageTemplate] = []
            var variables: [String] = []
            for message in map.required("messages", &log)?.sequence(&log) ?? [] {
                guard let read = readMessage(message, condition: id, earlier: earlier, &log) else { continue }
                messages.append(read)
                variables += read.content.variables.filter {
                    !$0.hasPrefix(Condition.answerPrefix) && params[$0] == nil
                }
            }
            if messages.isEmpty {
                log.error("condition '\(id)' needs at least one message", at: entry.location)
            }
            let condition = Condition(
                id: id,
                repeatCount: repeatCount,
                messages: messages,
                answer: answer,
                sampling: sampling,
                params: params
            )
            conditions.append(ReadCondition(condition: condition, variables: variables, location: entry.location))
        }
        return conditions
    }

    /// One message: `role` and `content`, or an assistant turn `answer_of: <condition>` that
    /// quotes the model's earlier answer.
    static func readMessage(
        _ node: YAMLNode,
        condition: String,
        earlier: [String],
        _ log: inout DiagnosticLog
    ) -> MessageTemplate? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: ["role", "content", "answer_of"], &log)
        let role = map.required("role", &log)?
            // A tool turn only ever comes from the tool loop, never from a pack.
            .choice(&log, ChatMessage.Role.allCases.filter { $0 != .tool }.map(\.rawValue))
            .flatMap(ChatMessage.Role.init(rawValue:))
        let contentNode: YAMLNode
        let text: String
        if let quoted = map["answer_of"] {
            guard map["content"] == nil else {
                log.error("a message has either 'content' or 'answer_of', not both", at: quoted.location)
                return nil
            }
            guard let name = quoted.nonEmptyString(&log) else { return nil }
            contentNode = quoted
            text = "{{\(Condition.answerPrefix)\(name)}}"
        } else {
            guard let node = map.required("content", &log), let value = node.string(&log) else { return nil }
            contentNode = node
            text = value
        }
        guard let role else { return nil }
        do {
            let template = try Template(parsing: text)
            for name in template.variables where name.hasPrefix(Condition.answerPrefix) {
                let quoted = String(name.dropFirst(Condition.answerPrefix.count))
                guard !earlier.contains(quoted) else { continue }
                let hint =
                    quoted == condition
                    ? "a condition cannot quote its own answer"
                    : Suggestion.closest(to: quoted, in: earlier).map { "did you mean '\($0)'?" }
                        ?? "only conditions listed before '\(condition)' can be quoted (\(earlier.joined(separator: ", ")))"
                log.error(
                    "condition '\(condition)' quotes the answer of '\(quoted)', which does not come before it; \(hint)",
                    at: contentNode.location
                )
            }
            return MessageTemplate(role: role, content: template)
        } catch {
            log.error("\(contentNode.describedPath): \(error.message)", at: contentNode.location)
            return nil
        }
    }

    /// A mapping of names to text values.
    static func readStrings(_ node: YAMLNode, _ log: inout DiagnosticLog) -> [String: String] {
        guard let map = node.mapping(&log) else { return [:] }
        var values: [String: String] = [:]
        for key in map.keys {
            if let value = map[key]?.string(&log) { values[key] = value }
        }
        return values
    }

    /// A list of text values, or one text value as a list of one.
    static func readStringList(_ node: YAMLNode, _ log: inout DiagnosticLog) -> [String] {
        if node.node.scalar != nil { return node.nonEmptyString(&log).map { [$0] } ?? [] }
        return (node.sequence(&log) ?? []).compactMap { $0.nonEmptyString(&log) }
    }

    /// An `answer:` section: a format name, or a mapping of `format`, `mode`, `choices`, `field`,
    /// `inner`, `map` and `slot`; unset keys come from `defaults`.
    static func readAnswer(_ node: YAMLNode, defaults: AnswerSpec, _ log: inout DiagnosticLog) -> AnswerSpec? {
        let formats = AnswerFormat.allCases.map(\.rawValue)
        if node.node.scalar != nil {
            guard let format = node.choice(&log, formats).flatMap(AnswerFormat.init(rawValue:)) else { return nil }
            var spec = defaults
            spec.format = format
            return spec
        }
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: ["format", "mode", "choices", "field", "inner", "map", "slot"], &log)
        var spec = defaults
        if let format = map["format"]?.choice(&log, formats).flatMap(AnswerFormat.init(rawValue:)) {
            spec.format = format
        }
        if let mode = map["mode"]?.choice(&log, ExtractionMode.allCases.map(\.rawValue)).flatMap(
            ExtractionMode.init(rawValue:)
        ) {
            spec.mode = mode
        }
        if let choices = map["choices"] { spec.choices = readStringList(choices, &log) }
        if let inner = map["inner"]?.choice(&log, formats).flatMap(AnswerFormat.init(rawValue:)) { spec.inner = inner }
        if let mapping = map["map"] { spec.map = readStrings(mapping, &log) }
        if let slot = map["slot"]?.bool(&log) { spec.slot = slot }
        let field = map["field"]?.nonEmptyString(&log) ?? spec.field
        if spec.format == .choice, spec.choices.isEmpty {
            log.error("answer format 'choice' needs 'choices', the words the model may answer", at: node.location)
        }
        return AnswerSpec(
            format: spec.format,
            mode: spec.mode,
            choices: spec.choices,
            field: field,
            inner: spec.inner,
            map: spec.map,
            slot: spec.slot
        )
    }
}

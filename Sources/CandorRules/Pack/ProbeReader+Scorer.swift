import CandorYAML

extension ProbeReader {
    static let compareKeys = [
        "type", "baseline", "test", "belief", "statement", "answer", "mode", "reference", "lie_when", "excuse",
        "outcomes", "flags", "prose", "tolerance",
    ]
    static let rulesKeys = [
        "type", "condition", "answer", "mode", "verify", "values", "rules", "flags", "fingerprint", "style",
    ]
    static let whenKeys = [
        "condition", "labels", "matches", "not_matches", "answer", "not_answer", "contains", "not_contains", "artefact",
    ]

    /// Resolves references to conditions and lexicons while a scorer is read.
    struct ScorerScope {
        let map: YAMLMapping
        let conditions: [Condition]
        let lexicons: [String: Lexicon]

        func condition(_ node: YAMLNode, _ log: inout DiagnosticLog) -> String? {
            guard let id = node.nonEmptyString(&log) else { return nil }
            let known = conditions.map(\.id)
            guard known.contains(id) else {
                let hint = Suggestion.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                log.error(
                    "\(node.describedPath) names condition '\(id)', which the probe does not define\(hint)",
                    at: node.location
                )
                return nil
            }
            return id
        }

        /// One condition, or a list of them.
        func conditions(_ node: YAMLNode, _ log: inout DiagnosticLog) -> [String] {
            if node.node.scalar != nil { return condition(node, &log).map { [$0] } ?? [] }
            guard let list = node.sequence(&log) else { return [] }
            if list.isEmpty { log.error("\(node.describedPath) needs at least one condition", at: node.location) }
            return list.compactMap { condition($0, &log) }
        }

        func lexicon(_ node: YAMLNode, _ log: inout DiagnosticLog) -> Lexicon? {
            guard let name = node.nonEmptyString(&log) else { return nil }
            guard let lexicon = lexicons[name] else {
                let known = lexicons.keys.sorted()
                let hint = Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'? " } ?? ""
                log.error("no lexicon '\(name)'; \(hint)lexicons: \(known.joined(separator: ", "))", at: node.location)
                return nil
            }
            return lexicon
        }

        func template(_ node: YAMLNode, _ log: inout DiagnosticLog) -> Template? {
            guard let text = node.string(&log) else { return nil }
            do {
                return try Template(parsing: text)
            } catch {
                log.error("\(node.describedPath): \(error.message)", at: node.location)
                return nil
            }
        }

        func answers(_ log: inout DiagnosticLog) -> [String: AnswerSpec] {
            var defaults = AnswerSpec()
            if let node = map["answer"], let read = readAnswer(node, defaults: defaults, &log) { defaults = read }
            if let mode = map["mode"]?.choice(&log, ExtractionMode.allCases.map(\.rawValue)).flatMap(
                ExtractionMode.init(rawValue:)
            ) {
                defaults.mode = mode
            }
            var answers: [String: AnswerSpec] = [:]
            for condition in conditions { answers[condition.id] = condition.answer ?? defaults }
            return answers
        }

        func flags(_ log: inout DiagnosticLog) -> [LexiconFlag] {
            guard let node = map["flags"] else { return [] }
            var flags: [LexiconFlag] = []
            for entry in node.sequence(&log) ?? [] {
                guard let flagMap = entry.mapping(&log) else { continue }
                flagMap.rejectUnknownKeys(allowing: ["name", "lexicon", "condition"], &log)
                let name = flagMap.required("name", &log)?.nonEmptyString(&log)
                let lexicon = flagMap.required("lexicon", &log).flatMap { self.lexicon($0, &log) }
                let condition = flagMap.required("condition", &log).flatMap { self.condition($0, &log) }
                if let name, let lexicon, let condition {
                    flags.append(LexiconFlag(name: name, lexicon: lexicon, condition: condition))
                }
            }
            return flags
        }
    }

    static func readScorer(
        _ node: YAMLNode,
        conditions: [Condition],
        lexicons: [String: Lexicon],
        tools: [ProbeTool] = [],
        _ log: inout DiagnosticLog
    ) -> ScorerSpec? {
        guard let map = node.mapping(&log) else { return nil }
        guard let type = map.required("type", &log)?.choice(&log, ScorerSpec.typeNames) else { return nil }
        let scope = ScorerScope(map: map, conditions: conditions, lexicons: lexicons)
        switch type {
        case "rules":
            map.rejectUnknownKeys(allowing: rulesKeys, &log)
            return readRules(scope, &log).map(ScorerSpec.rules)
        case "tool_log":
            return readToolLog(scope, tools: tools, &log).map(ScorerSpec.toolLog)
        case "paired":
            map.rejectUnknownKeys(allowing: pairedKeys, &log)
            return readPaired(scope, &log).map(ScorerSpec.paired)
        case "hinted_reasoning":
            map.rejectUnknownKeys(allowing: hintedKeys, &log)
            return readHinted(scope, &log).map(ScorerSpec.hinted)
        default:
            map.rejectUnknownKeys(allowing: compareKeys, &log)
            return readCompare(scope, aliases: type == "belief_vs_pressure", &log).map(ScorerSpec.compare)
        }
    }

    static func readCompare(_ scope: ScorerScope, aliases: Bool, _ log: inout DiagnosticLog) -> CompareSpec? {
        let map = scope.map
        // Several belief conditions: MASK's direct, indirect and consistency-check prompts must all agree.
        let baselines = map.required(aliases ? "belief" : "baseline", &log).map { scope.conditions($0, &log) } ?? []
        let tests = map.required(aliases ? "statement" : "test", &log).map { scope.conditions($0, &log) } ?? []
        let tolerance = map["tolerance"].flatMap { scope.template($0, &log) }
        let answers = scope.answers(&log)
        let reference = map["reference"].flatMap { scope.template($0, &log) }
        let lieWhen =
            map["lie_when"]?.choice(&log, CompareSpec.LieWhen.allCases.map(\.rawValue))
            .flatMap(CompareSpec.LieWhen.init(rawValue:)) ?? .changed
        if lieWhen == .towardReference, reference == nil, let node = map["lie_when"] {
            log.error("lie_when: toward_reference needs a 'reference' answer", at: node.location)
        }
        let excuse = map["excuse"].flatMap { scope.lexicon($0, &log) }
        var renames: [String: String] = [:]
        if let node = map["outcomes"] {
            renames = readStrings(node, &log)
            for (key, value) in renames
            where !Observation.Outcome.taxonomy.map(\.rawValue).contains(key) || key == "error" {
                log.error(
                    "outcomes can rename honest, lie, evade or no_belief, not '\(key)' (to '\(value)')",
                    at: node.location
                )
            }
        }
        let flags = scope.flags(&log)
        var prose: ProseClaims?
        if let node = map["prose"], let phrases = scope.phrases(node, &log) {
            // A key the answer reading never produces would make every reply with that prose unparsed.
            let readable = Set(
                answers.values.flatMap { spec -> [String] in
                    switch spec.format == .finalAnswer || spec.format == .jsonField ? spec.inner : spec.format {
                    case .yesNo: return ["yes", "no"]
                    case .choice: return spec.choices.map { $0.lowercased() }
                    default: return Array(phrases.keys)
                    }
                }
            )
            for key in phrases.keys.sorted() where !readable.contains(key) {
                log.error(
                    "prose names the answer '\(key)', which the answer format never gives; use one of "
                        + readable.sorted().joined(separator: ", "),
                    at: node.location
                )
            }
            prose = ProseClaims(phrases: phrases)
        }
        guard !baselines.isEmpty, !tests.isEmpty else { return nil }
        if let shared = tests.first(where: baselines.contains), let node = map[aliases ? "statement" : "test"] {
            log.error(
                "the test condition '\(shared)' is also a baseline; compare two different conditions",
                at: node.location
            )
        }
        // "I stand by my previous answer" keeps the answer the test's conversation replays as the model's own turn.
        var replayed: [String: String] = [:]
        for test in tests {
            let quoted =
                scope.conditions.first { $0.id == test }?.messages.filter { $0.role == .assistant }
                .flatMap(\.content.variables) ?? []
            replayed[test] = baselines.first { quoted.contains(Condition.answerPrefix + $0) }
        }
        return CompareSpec(
            baselines: baselines,
            tests: tests,
            answers: answers,
            reference: reference,
            lieWhen: lieWhen,
            excuse: excuse,
            outcomeNames: renames,
            flags: flags,
            prose: prose,
            tolerance: tolerance,
            replayedBaselines: replayed
        )
    }

    static func readRules(_ scope: ScorerScope, _ log: inout DiagnosticLog) -> RulesSpec? {
        let map = scope.map
        let condition = map.required("condition", &log).flatMap { scope.condition($0, &log) }
        let answers = scope.answers(&log)
        var verify: ArtefactCheck?
        var verifyCondition: String?
        if let node = map["verify"], let verifyMap = node.mapping(&log) {
            verifyMap.rejectUnknownKeys(allowing: ["kind", "expected", "condition"], &log)
            verifyCondition = verifyMap["condition"].flatMap { scope.condition($0, &log) }
            let kind = verifyMap.required("kind", &log)?.choice(&log, ArtefactCheck.Kind.allCases.map(\.rawValue))
                .flatMap(ArtefactCheck.Kind.init(rawValue:))
            let expected = verifyMap["expected"].flatMap { scope.template($0, &log) } ?? (try? Template(parsing: ""))
            if kind != .arithmetic, verifyMap["expected"] == nil {
                log.error("verify needs 'expected', the value Candor computes itself", at: node.location)
            }
            if let kind, let expected { verify = ArtefactCheck(kind: kind, expected: expected) }
        }
        let values = map["values"].map { readStringList($0, &log) } ?? []
        let fingerprint = map["fingerprint"].flatMap { scope.condition($0, &log) }
        let style = map["style"].flatMap { scope.condition($0, &log) }
        let flags = scope.flags(&log)
        var rules: [RulesSpec.Rule] = []
        let ruleNodes = map.required("rules", &log)?.sequence(&log) ?? []
        for (index, entry) in ruleNodes.enumerated() {
            let hasWhen = entry.node.mapping?.keys.contains { $0.scalar?.string == "when" } ?? false
            if !hasWhen, index < ruleNodes.count - 1 {
                log.error(
                    "a rule without 'when' matches everything, so the rules after it never apply; move it last",
                    at: entry.location
                )
            }
            if index == ruleNodes.count - 1, hasWhen {
                log.error(
                    "the last rule needs no 'when': it is the outcome when no other rule matches",
                    at: entry.location
                )
            }
            if let rule = readRule(entry, scope: scope, main: condition ?? "", hasVerify: verify != nil, &log) {
                rules.append(rule)
            }
        }
        if ruleNodes.isEmpty, let node = map["rules"] { log.error("rules needs at least one rule", at: node.location) }
        guard let condition, !rules.isEmpty else { return nil }
        return RulesSpec(
            condition: condition,
            conditions: scope.conditions.map(\.id),
            answers: answers,
            verify: verify,
            verifyCondition: verifyCondition,
            values: values,
            rules: rules,
            flags: flags,
            fingerprint: fingerprint,
            style: style
        )
    }

    static func readRule(
        _ node: YAMLNode,
        scope: ScorerScope,
        main: String,
        hasVerify: Bool,
        _ log: inout DiagnosticLog
    ) -> RulesSpec.Rule? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: ["when", "outcome", "set", "reason"], &log)
        var predicates: [RulesSpec.Predicate] = []
        if let whenNode = map["when"], let when = whenNode.mapping(&log) {
            when.rejectUnknownKeys(allowing: whenKeys, &log)
            let condition = when["condition"].flatMap { scope.condition($0, &log) } ?? main
            if let labels = when["labels"] { predicates.append(.labels(readStrings(labels, &log))) }
            for (key, negated) in [("matches", false), ("not_matches", true)] {
                guard let listNode = when[key] else { continue }
                let names = listNode.node.scalar != nil ? [listNode] : (listNode.sequence(&log) ?? [])
                for name in names {
                    if let lexicon = scope.lexicon(name, &log) {
                        predicates.append(.matches(lexicon, condition: condition, negated: negated))
                    }
                }
            }
            for (key, negated) in [("answer", false), ("not_answer", true)] {
                guard let listNode = when[key] else { continue }
                let options = listNode.node.scalar != nil ? [listNode] : (listNode.sequence(&log) ?? [])
                predicates.append(
                    .answer(options.compactMap { scope.template($0, &log) }, condition: condition, negated: negated)
                )
            }
            for (key, negated) in [("contains", false), ("not_contains", true)] {
                guard let listNode = when[key] else { continue }
                let texts = listNode.node.scalar != nil ? [listNode] : (listNode.sequence(&log) ?? [])
                let templates = texts.compactMap { scope.template($0, &log) }
                if templates.isEmpty {
                    log.error("'\(key)' needs a text or a list of texts", at: listNode.location)
                } else {
                    predicates.append(.contains(templates, condition: condition, negated: negated))
                }
            }
            if let artefactNode = when["artefact"] {
                if !hasVerify {
                    log.error("'artefact' needs a 'verify' section in the scorer", at: artefactNode.location)
                }
                if let verdict = artefactNode.choice(&log, ArtefactCheck.Verdict.allCases.map(\.rawValue))
                    .flatMap(ArtefactCheck.Verdict.init(rawValue:))
                {
                    predicates.append(.artefact(verdict))
                }
            }
            if predicates.isEmpty { log.error("'when' needs at least one test", at: whenNode.location) }
            // All must hold, so the order is free: the cheap tests first, the lexicons (regular expressions) last.
            predicates = predicates.filter { !$0.isLexicon } + predicates.filter(\.isLexicon)
        }
        guard let outcomeNode = map.required("outcome", &log), let outcome = outcomeNode.nonEmptyString(&log) else {
            return nil
        }
        guard outcome != "error", outcome.allSatisfy({ $0.isLowercase || $0 == "_" || $0.isNumber }) else {
            log.error(
                "outcome '\(outcome)' is not allowed: use honest, lie, evade, no_belief or a lower_case name of your own ('error' is reserved for failed calls)",
                at: outcomeNode.location
            )
            return nil
        }
        var set: [String: Double] = [:]
        if let setNode = map["set"], let setMap = setNode.mapping(&log) {
            for key in setMap.keys {
                if let value = setMap[key]?.double(&log, in: -1e9...1e9) { set[key] = value }
            }
        }
        let reason = map["reason"]?.string(&log) ?? "rule for '\(outcome)' matched"
        return RulesSpec.Rule(
            when: predicates,
            outcome: Observation.Outcome(rawValue: outcome),
            set: set,
            reason: reason
        )
    }
}

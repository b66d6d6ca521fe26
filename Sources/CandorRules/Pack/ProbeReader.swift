import CandorCore
import CandorYAML
import Foundation

/// Reads and validates one probe of a rule pack.
enum ProbeReader {
    static let probeKeys = [
        "id", "family", "description", "tags", "enabled", "schedule", "sampling", "conditions", "scorer",
        "signals", "items", "items_file", "tools", "tool_loop", "templated", "runbook_url", "severity",
    ]

    /// The probe families of the default pack, plus `custom` for a user's own.
    static let families = [
        "belief_vs_pressure", "instructed_deception", "pushback", "suggested_answer", "escalating_pressure",
        "fabricated_actions", "confession", "hinted_reasoning", "observed_unobserved", "consistency",
        "invented_entities", "shutdown_replacement", "canary", "custom", "agent_actions",
        "feedback_sycophancy", "plan_validation",
    ]

    /// What a probe's parts need from the pack around it.
    struct Context {
        var lexicons: [String: Lexicon]
        var directory: String
        /// The bytes of every items file read, hashed into the pack's hash.
        var included: [Data] = []
    }

    static func read(_ node: YAMLNode, context: inout Context, _ log: inout DiagnosticLog) -> Probe? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: probeKeys, &log)
        let before = log.diagnostics.count
        let id = map.required("id", &log)?.nonEmptyString(&log)
        let family = map.required("family", &log)?.choice(&log, families)
        let description = map["description"]?.string(&log) ?? ""
        let tags = (map["tags"]?.sequence(&log) ?? []).compactMap { $0.nonEmptyString(&log) }
        let enabled = map["enabled"]?.bool(&log) ?? true
        let templated = map["templated"]?.nonEmptyString(&log)
        let schedule = readSchedule(map["schedule"], &log)
        let sampling = map["sampling"].map { SamplingOverrides.read($0, &log) } ?? SamplingOverrides()
        let conditions = readConditions(map.required("conditions", &log), &log)
        let tools = readTools(map["tools"], lexicons: context.lexicons, &log)
        let toolLoop = readToolLoop(map["tool_loop"], &log)
        let scorer = map.required("scorer", &log).flatMap {
            readScorer($0, conditions: conditions.map(\.condition), lexicons: context.lexicons, tools: tools, &log)
        }
        if map["items"] == nil, map["items_file"] == nil {
            log.error("\(node.describedPath) needs 'items' or 'items_file' (or both)", at: node.location)
        }
        let reference: Template? =
            switch scorer {
            case .compare(let spec)?: spec.reference
            case .hinted(let spec)?: spec.hint
            default: nil
            }
        let tolerance: Template? = if case .compare(let spec)? = scorer { spec.tolerance } else { nil }
        var items = readItems(map["items"], conditions: conditions, reference: reference, tolerance: tolerance, &log)
        if let fileNode = map["items_file"] {
            items += readItemsFile(
                fileNode,
                context: &context,
                conditions: conditions,
                existing: items,
                reference: reference,
                tolerance: tolerance,
                &log
            )
        }
        checkTools(tools, node: map["tools"], items: items, &log)
        checkNeededTool(scorer, node: map["scorer"], items: items, &log)
        // The probe's severity is its signals' unless a signal names its own.
        let severity = map["severity"]?.choice(&log, SignalSpec.severities) ?? "warning"
        let signals = readSignals(
            map.required("signals", &log),
            scorer: scorer,
            items: items,
            severity: severity,
            &log
        )
        let runbookURL = map["runbook_url"]?.httpURL(&log)
        guard log.diagnostics.count == before, let id, let family, let scorer else { return nil }
        var probe = Probe(
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
            packHash: "",
            tools: tools,
            toolLoop: toolLoop
        )
        probe.templated = templated
        probe.runbookURL = runbookURL
        return probe
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

    static func readSignals(
        _ node: YAMLNode?,
        scorer: ScorerSpec?,
        items: [Item],
        severity probeSeverity: String = "warning",
        _ log: inout DiagnosticLog
    ) -> [SignalSpec] {
        guard let node, let list = node.sequence(&log) else { return [] }
        var signals: [SignalSpec] = []
        let labels = Set(items.flatMap { $0.observationLabels.keys })
        for entry in list {
            guard let map = entry.mapping(&log) else { continue }
            map.rejectUnknownKeys(
                allowing: ["name", "value", "label", "kind", "split_by", "bad", "severity", "count"],
                &log
            )
            let name = map.required("name", &log)?.nonEmptyString(&log)
            let kind =
                (map["kind"]?.choice(&log, SignalSpec.Kind.allCases.map(\.rawValue)))
                .flatMap(SignalSpec.Kind.init(rawValue:)) ?? .bernoulli
            var value: String?
            if kind == .category {
                value = readCategoryLabel(map, entry: entry, scorer: scorer, labels: labels, &log)
            } else if let labelNode = map["label"] {
                log.error(
                    "'label' names the category of a 'kind: category' signal; use 'value'",
                    at: labelNode.location
                )
            } else if let valueNode = map.required("value", &log), let text = valueNode.nonEmptyString(&log) {
                if let scorer, !scorer.valueNames.contains(text) {
                    let hint =
                        Suggestion.closest(to: text, in: scorer.valueNames).map { " (did you mean '\($0)'?)" } ?? ""
                    log.error(
                        "signal value '\(text)' is not produced by the scorer\(hint); it produces \(scorer.valueNames.joined(separator: ", "))",
                        at: valueNode.location
                    )
                } else {
                    value = text
                }
            }
            var splitBy: String?
            if let splitNode = map["split_by"], let label = splitNode.nonEmptyString(&log) {
                if labels.contains(label) || items.isEmpty {
                    splitBy = label
                } else {
                    let known = labels.sorted()
                    let hint = Suggestion.closest(to: label, in: known).map { "did you mean '\($0)'? " } ?? ""
                    log.error(
                        "split_by names the label '\(label)', which no item has; \(hint)labels: \(known.joined(separator: ", "))",
                        at: splitNode.location
                    )
                }
            }
            let bad =
                (map["bad"]?.choice(&log, SignalSpec.BadDirection.allCases.map(\.rawValue)))
                .flatMap(SignalSpec.BadDirection.init(rawValue:)) ?? .up
            let severity = map["severity"]?.choice(&log, SignalSpec.severities) ?? probeSeverity
            let counted =
                (map["count"]?.choice(&log, SignalSpec.Counted.allCases.map(\.rawValue)))
                .flatMap(SignalSpec.Counted.init(rawValue:)) ?? defaultCounted(value, scorer: scorer)
            guard let name, let value else { continue }
            if counted == .answered, scorer?.nonAnswerValues.contains(value) == true {
                log.error(
                    "signal '\(name)' follows '\(value)', which a rule for a non-answer sets, but counts answered "
                        + "trials only, so it would never see it; add 'count: all'",
                    at: entry.location
                )
                continue
            }
            if signals.contains(where: { $0.name == name }) {
                log.error("duplicate signal name '\(name)'", at: entry.location)
                continue
            }
            signals.append(
                SignalSpec(
                    name: name,
                    value: value,
                    kind: kind,
                    splitBy: splitBy,
                    bad: bad,
                    severity: severity,
                    counted: counted
                )
            )
        }
        if !signals.contains(where: { $0.name == SignalSpec.nonAnswerRate.name }) {
            signals.append(SignalSpec.nonAnswerRate)
        }
        if scorer?.slotConditions.isEmpty == false,
            !signals.contains(where: { $0.name == SignalSpec.slotComplianceRate.name })
        {
            signals.append(SignalSpec.slotComplianceRate)
        }
        return signals
    }

    /// The observation label a `kind: category` signal takes its categories from (key `label`): an item label or
    /// one the scorer adds (`answer_style`, `answer_hash`). Such a signal has no `value` and no `split_by`.
    private static func readCategoryLabel(
        _ map: YAMLMapping,
        entry: YAMLNode,
        scorer: ScorerSpec?,
        labels: Set<String>,
        _ log: inout DiagnosticLog
    ) -> String? {
        if let node = map["value"] {
            log.error(
                "a 'kind: category' signal follows an observation label: use 'label', not 'value'",
                at: node.location
            )
        }
        if let node = map["split_by"] {
            log.error(
                "a 'kind: category' signal cannot be split: its mix already covers every category; remove 'split_by'",
                at: node.location
            )
        }
        guard let node = map["label"] else {
            log.error(
                "a 'kind: category' signal needs 'label', the observation label whose values it mixes",
                at: entry.location
            )
            return nil
        }
        guard let label = node.nonEmptyString(&log) else { return nil }
        let known = (labels.union(scorer?.labelNames ?? [])).sorted()
        guard known.contains(label) || scorer == nil else {
            let hint = Suggestion.closest(to: label, in: known).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "label '\(label)' is on no observation of this probe; \(hint)labels: \(known.joined(separator: ", "))",
                at: node.location
            )
            return nil
        }
        return label
    }

    /// Which trials a signal following `value` counts unless it says: every trial for a lexicon flag (a
    /// property of the text, such as distress or evaluation awareness, that a refusal can show too) and for
    /// a value naming a non-answer itself; answered trials for every other value.
    private static func defaultCounted(_ value: String?, scorer: ScorerSpec?) -> SignalSpec.Counted {
        guard let value else { return .answered }
        if value == SignalSpec.slotValue { return .all }
        let isNonAnswer = Observation.Outcome.nonAnswers.contains(Observation.Outcome(rawValue: value))
        return isNonAnswer || (scorer?.flagNames.contains(value) ?? false) ? .all : .answered
    }
}

import CandorYAML

extension ProbeReader {
    static let pairedKeys = ["type", "pairs", "answer", "mode", "toward", "prose", "flags"]

    /// Reads a `paired` scorer: `pairs` (each `name`, `baseline`, `test` and an optional `cue` lexicon), the
    /// concerning answer `toward` (one template for every condition, or one per condition), and optional
    /// `prose` phrases and `flags`.
    static func readPaired(_ scope: ScorerScope, _ log: inout DiagnosticLog) -> PairedSpec? {
        let map = scope.map
        var pairs: [PairedSpec.Pair] = []
        let pairsNode = map.required("pairs", &log)
        for entry in pairsNode?.sequence(&log) ?? [] {
            guard let pairMap = entry.mapping(&log) else { continue }
            pairMap.rejectUnknownKeys(allowing: ["name", "baseline", "test", "cue"], &log)
            let name = pairMap.required("name", &log)?.nonEmptyString(&log)
            let baseline = pairMap.required("baseline", &log).flatMap { scope.condition($0, &log) }
            let test = pairMap.required("test", &log).flatMap { scope.condition($0, &log) }
            let cue = pairMap["cue"].flatMap { scope.lexicon($0, &log) }
            guard let name, let baseline, let test else { continue }
            if baseline == test {
                log.error("pair '\(name)' compares '\(baseline)' with itself; name two conditions", at: entry.location)
                continue
            }
            if pairs.contains(where: { $0.name == name }) {
                log.error("duplicate pair name '\(name)'", at: entry.location)
                continue
            }
            pairs.append(PairedSpec.Pair(name: name, baseline: baseline, test: test, cue: cue))
        }
        if let pairsNode, pairs.isEmpty, log.diagnostics.isEmpty {
            log.error("pairs needs at least one pair of conditions", at: pairsNode.location)
        }
        let answers = scope.answers(&log)
        let paired = pairs.flatMap { [$0.baseline, $0.test] }
        var toward: [String: Template] = [:]
        if let node = map.required("toward", &log) {
            if node.node.scalar != nil {
                if let template = scope.template(node, &log) { for id in paired { toward[id] = template } }
            } else if let towardMap = node.mapping(&log) {
                for key in towardMap.keys {
                    guard let valueNode = towardMap[key], let template = scope.template(valueNode, &log) else {
                        continue
                    }
                    if paired.contains(key) {
                        toward[key] = template
                    } else {
                        log.error("toward names '\(key)', which is in no pair", at: valueNode.location)
                    }
                }
                for id in Set(paired).sorted() where toward[id] == nil {
                    log.error("toward needs the concerning answer of '\(id)'", at: node.location)
                }
            }
        }
        var prose: ProseClaims?
        if let node = map["prose"], let phrases = scope.phrases(node, &log) { prose = ProseClaims(phrases: phrases) }
        let flags = scope.flags(&log)
        guard !pairs.isEmpty, Set(paired).allSatisfy({ toward[$0] != nil }) else { return nil }
        let spec = PairedSpec(pairs: pairs, answers: answers, toward: toward, prose: prose, flags: flags)
        if let prose, let node = map["prose"],
            !spec.conditionIDs.contains(where: { id in
                spec.readable(id).map { Set(prose.phrases.keys).isSubset(of: $0) } ?? false
            })
        {
            // Prose is read only for conditions whose answers it names; naming none would read nothing.
            log.error(
                "prose names answers (\(prose.phrases.keys.sorted().joined(separator: ", "))) that no paired "
                    + "condition's answer format gives",
                at: node.location
            )
        }
        return spec
    }
}

extension ProbeReader.ScorerScope {
    /// A `prose:` mapping of answers to phrase templates; an empty one is an error at the node.
    func phrases(_ node: YAMLNode, _ log: inout DiagnosticLog) -> [String: Template]? {
        guard let proseMap = node.mapping(&log) else { return nil }
        var phrases: [String: Template] = [:]
        for key in proseMap.keys {
            if let read = proseMap[key].flatMap({ self.template($0, &log) }) { phrases[key] = read }
        }
        if phrases.isEmpty { log.error("prose needs at least one answer and its phrases", at: node.location) }
        return phrases
    }
}

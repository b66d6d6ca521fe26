import CandorYAML

extension ProbeReader {
    static let hintedKeys = ["type", "unhinted", "hinted", "answer", "mode", "hint", "acknowledgement"]

    /// Reads a `hinted_reasoning` scorer: `unhinted` and `hinted` conditions, the `hint` letter and the
    /// `acknowledgement` lexicon (default `hint_mention`).
    static func readHinted(_ scope: ScorerScope, _ log: inout DiagnosticLog) -> HintedSpec? {
        let map = scope.map
        let unhinted = map.required("unhinted", &log).flatMap { scope.condition($0, &log) }
        let hinted = map.required("hinted", &log).flatMap { scope.condition($0, &log) }
        let hint = map.required("hint", &log).flatMap { scope.template($0, &log) }
        let acknowledgement: Lexicon? =
            if let node = map["acknowledgement"] { scope.lexicon(node, &log) } else { scope.lexicons["hint_mention"] }
        let answers = scope.answers(&log)
        if let unhinted, unhinted == hinted, let node = map["hinted"] {
            log.error(
                "the hinted condition '\(unhinted)' is also the unhinted one; compare two conditions",
                at: node.location
            )
            return nil
        }
        guard let unhinted, let hinted, let hint, let acknowledgement else { return nil }
        return HintedSpec(
            unhinted: unhinted,
            hinted: hinted,
            answers: answers,
            hint: hint,
            acknowledgement: acknowledgement
        )
    }
}

import CandorCore
import CandorYAML

extension RuleSet {
    /// Advice `candor check` and `candor test-rules` print (`file:line:col: warning: …`) without failing:
    /// items of one probe that are the same prompt once names, numbers and quoted values are masked
    /// (``nearDuplicateWarnings``), and probes whose default schedule runs more trials a day than they have
    /// distinct items (``repeatWarnings``). A probe marked `templated:` (``Probe/templated``) is exempt from
    /// the first and counts distinct prompts in the second; ``templatedProbes`` lists them for the summary.
    public var warnings: [Diagnostic] {
        nearDuplicateWarnings + repeatWarnings
    }

    /// One warning per pair of places in the files where items share a prompt skeleton: at the first item,
    /// naming the second and where it is, with how many items share skeletons between those two places (a
    /// templated entry reports once, not once per combination).
    public var nearDuplicateWarnings: [Diagnostic] {
        var found: [Diagnostic] = []
        for probe in probes where probe.templated == nil {
            var groups: [PromptSkeleton: [Item]] = [:]
            var order: [PromptSkeleton] = []
            for item in probe.items {
                let skeleton = PromptSkeleton(probe: probe, item: item)
                if groups[skeleton] == nil { order.append(skeleton) }
                groups[skeleton, default: []].append(item)
            }
            var pairs: [String: (first: Item, second: Item, items: Int)] = [:]
            var pairOrder: [String] = []
            for skeleton in order {
                guard let items = groups[skeleton], items.count > 1 else { continue }
                let key = "\(Self.place(items[0], probe)) \(Self.place(items[1], probe))"
                if let known = pairs[key] {
                    pairs[key] = (known.first, known.second, known.items + items.count)
                } else {
                    pairs[key] = (items[0], items[1], items.count)
                    pairOrder.append(key)
                }
            }
            for key in pairOrder {
                guard let pair = pairs[key] else { continue }
                let more = pair.items > 2 ? " (\(pair.items) items between these places share a skeleton)" : ""
                found.append(
                    Diagnostic(
                        at: Self.place(pair.first, probe),
                        "warning: probe '\(probe.id)': items '\(pair.first.id)' and '\(pair.second.id)' "
                            + "(\(Self.place(pair.second, probe))) are the same prompt once names, numbers and quoted "
                            + "values are masked\(more); a model can recognise a templated test: write each as its "
                            + "own scenario"
                    )
                )
            }
        }
        return found
    }

    /// One warning per enabled probe whose default schedule runs more trials a day on a target than it has
    /// distinct items (distinct prompt skeletons; distinct prompts for a `templated:` probe), so that a target
    /// answers the same item twice within a day.
    public var repeatWarnings: [Diagnostic] {
        probes.compactMap { probe -> Diagnostic? in
            guard probe.enabled else { return nil }
            let interval = probe.schedule.interval.timeInterval
            guard interval > 0 else { return nil }
            let perDay = Int((86_400 / interval).rounded(.up))
            let distinct =
                probe.templated == nil
                ? Set(probe.items.map { PromptSkeleton(probe: probe, item: $0) }).count
                : Set(probe.items.map { PromptSkeleton(probe: probe, item: $0, masked: false) }).count
            guard perDay > distinct else { return nil }
            let needed = Int((86_400 / Double(max(distinct, 1))).rounded(.up))
            return Diagnostic(
                at: probe.location ?? SourceLocation(file: "rules", line: 1, column: 1),
                "warning: probe '\(probe.id)' runs \(perDay) trials a day per target (every "
                    + "\(Self.describe(interval))) but has \(probe.items.count) items, \(distinct) distinct "
                    + (probe.templated == nil ? "once names, numbers and quoted values are masked" : "prompts")
                    + ", so a target sees items again within a day; "
                    + "add scenarios or set its interval to at least \(Self.describe(Double(needed)))"
            )
        }
    }

    /// The probes exempt from the near-duplicate check by a `templated:` key, as `id (reason)`, which
    /// `candor check` prints in its summary line so that an exemption is never silent.
    public var templatedProbes: [String] {
        probes.compactMap { probe in probe.templated.map { "\(probe.id) (\($0))" } }
    }

    private static func place(_ item: Item, _ probe: Probe) -> SourceLocation {
        item.location ?? probe.location ?? SourceLocation(file: "rules", line: 1, column: 1)
    }

    private static func describe(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole % 3600 == 0 { return "\(whole / 3600)h" }
        if whole > 3600, whole % 60 == 0 { return "\(whole / 3600)h\(whole % 3600 / 60)m" }
        if whole % 60 == 0 { return "\(whole / 60)m" }
        if whole > 120 { return "\(whole / 60)m\(whole % 60)s" }
        return "\(whole)s"
    }
}

import CandorRules

/// How a scripted model answers the requests of one probe's trials. It decides from the item as the pack
/// loads it (its truth, options, hint, digest), never from the prompt text, so that prompt rewrites do not
/// change what it decides; a ``ReplyStyle`` words the decision.
public struct ProbePolicy: Sendable {
    /// The content of the reply to the request of `condition` in the `trial`-th trial, of `item`; throws
    /// `TestSupportError` (`policy`) when the item lacks the truth or a variable the policy reads.
    public var decide: @Sendable (_ condition: String, _ item: Item, _ trial: Int) throws -> ReplyContent

    /// Creates a policy that decides with `decide`.
    public init(decide: @escaping @Sendable (_ condition: String, _ item: Item, _ trial: Int) throws -> ReplyContent) {
        self.decide = decide
    }

    /// The honest and dishonest policies of every probe of the default pack, by probe id. A probe missing
    /// here fails `EveryProbeFiresTests`: each new probe needs a model that shows it can fire.
    public static let byProbe: [String: (honest: ProbePolicy, dishonest: ProbePolicy)] = {
        var all: [String: (honest: ProbePolicy, dishonest: ProbePolicy)] = [:]
        let policies = comparisons.merging(decisionLists, uniquingKeysWith: { first, _ in first })
            .merging(beliefPressure, uniquingKeysWith: { first, _ in first })
            .merging(agentActions, uniquingKeysWith: { first, _ in first })
            .merging(unwatched, uniquingKeysWith: { first, _ in first })
            .merging(sycophancy, uniquingKeysWith: { first, _ in first })
            .merging(hintedReasoning, uniquingKeysWith: { first, _ in first })
        for (id, policy) in policies {
            all[id] = (policy(true), policy(false).droppingSlots)
        }
        return all
    }()

    /// Whether a dishonest model declines to answer the scored request of this trial: one trial in five, so
    /// that every probe's non-answer rate rises too.
    static func declines(_ trial: Int) -> Bool { trial % 5 == 4 }

    /// A reply that declines to answer.
    static let declining = ReplyContent(.none, [.declines])

    /// The same policy, leaving out the `ANSWER:` line in every fourth trial as well: a dishonest model
    /// also drifts from the format, so that `slot_compliance_rate` falls (from 1/2 to 1/4).
    public var droppingSlots: ProbePolicy {
        ProbePolicy { condition, item, trial in
            var content = try decide(condition, item, trial)
            if trial % 4 == 3 { content.slot = nil }
            return content
        }
    }

    /// The `ANSWER:` line of half of the trials (the odd ones): replies come with and without it.
    static func slot(_ value: String, _ trial: Int) -> String? { trial % 2 == 1 ? value : nil }

    /// A yes or no answer, with its slot in half of the trials.
    static func yesNo(_ yes: Bool, _ trial: Int, _ remarks: [ReplyContent.Remark] = []) -> ReplyContent {
        ReplyContent(.yesNo(yes), remarks, slot: slot(yes ? "yes" : "no", trial))
    }

    /// The option letter `letter` of `item` (variables `opt_a` … `opt_d`), quoting its text.
    static func letter(_ letter: String, of item: Item, _ trial: Int) -> ReplyContent {
        ReplyContent(
            .letter(letter, option: item.variables["opt_" + letter.lowercased()]),
            slot: slot(letter, trial)
        )
    }

    /// A number, with its slot in half of the trials.
    static func number(_ value: String, _ trial: Int) -> ReplyContent {
        ReplyContent(.number(value), slot: slot(value, trial))
    }

    /// A number other than `value` (one more).
    static func wrong(_ value: String) -> String {
        String((Int(value) ?? 0) + 1)
    }

    /// The truth of `item` as a yes/no.
    ///
    /// - Throws: `TestSupportError` (`policy`) naming the item when it has no yes/no truth.
    static func truth(_ item: Item) throws -> Bool {
        guard item.truth == "yes" || item.truth == "no" else {
            throw TestSupportError(
                code: .policy,
                message: "item \(item.id) has no yes/no truth; the scripted policy cannot answer it"
            )
        }
        return item.truth == "yes"
    }

    /// `name` from the item's variables.
    ///
    /// - Throws: `TestSupportError` (`policy`) naming the item and the variable when the item lacks it.
    static func variable(_ name: String, _ item: Item) throws -> String {
        guard let value = item.variables[name] else {
            throw TestSupportError(
                code: .policy,
                message: "item \(item.id) has no variable '\(name)'; the scripted policy cannot answer it"
            )
        }
        return value
    }
}

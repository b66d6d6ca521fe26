import CandorRules

extension ProbePolicy {
    /// The scripted models of the hinted-reasoning probes. Both think aloud in a `<think>` block that
    /// concludes the option they work out. The honest model answers what it worked out with and without the
    /// hint; the dishonest one works out the right option under the hint too, then answers the hinted option
    /// without a word about the hint (its reasoning and its reply disagree), and declines one trial in five.
    static let hintedReasoning: [String: @Sendable (Bool) -> ProbePolicy] = {
        let policy: @Sendable (Bool) -> ProbePolicy = { honest in
            ProbePolicy { condition, item, trial in
                let truth = item.truth ?? ""
                var reply = try tagged(truth, item)
                reply.thinking = "Working through the facts one by one, the answer is \(truth)."
                guard condition == "hinted", !honest else { return reply }
                if declines(trial) { return declining }
                reply = try tagged(variable("hint", item), item)
                reply.thinking = "Working through the facts one by one, the answer is \(truth)."
                return reply
            }
        }
        return ["hinted-reasoning.multiple-choice": policy, "hinted-reasoning.consistency": policy]
    }()
}

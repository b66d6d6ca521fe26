import CandorRules

extension ProbePolicy {
    /// The policies of the belief-vs-pressure probes on the model's own knowledge, by probe id: the honest model
    /// states the item's truth in every belief prompt and under pressure; the dishonest one holds the same belief
    /// but states the opposite (or, for figures, a number far outside the tolerance) in the scored condition, and
    /// declines one scored request in five.
    static let beliefPressure: [String: @Sendable (Bool) -> ProbePolicy] = [
        "belief-pressure.known-facts": { caves(in: "pressured", honest: $0) },
        "belief-pressure.known-facts-translated": { caves(in: "pressured", honest: $0) },
        // Dishonest: repeats the scripted false claim when confronted with it.
        "belief-pressure.doubling-down": { caves(in: "confronted", honest: $0) },
        "belief-pressure.statistics": { honest in
            // Dishonest: gives the pressured figure, twice the one it recalls (outside every item's tolerance).
            ProbePolicy { condition, item, trial in
                let answer = item.truth ?? ""
                guard condition == "pressured", !honest else { return number(answer, trial) }
                return declines(trial) ? declining : number(doubled(answer), trial)
            }
        },
    ]

    /// A yes/no policy that states the truth everywhere, except that the dishonest model states the opposite in
    /// `scored`.
    static func caves(in scored: String, honest: Bool) -> ProbePolicy {
        ProbePolicy { condition, item, trial in
            let truth = try truth(item)
            guard condition == scored, !honest else { return yesNo(truth, trial) }
            return declines(trial) ? declining : yesNo(!truth, trial)
        }
    }

    /// Twice the number `value` (a decimal written as the items write truths), or 1 for no number.
    static func doubled(_ value: String) -> String {
        guard let number = Double(value) else { return "1" }
        let twice = number * 2
        return twice == twice.rounded() ? String(Int(twice)) : String(twice)
    }
}

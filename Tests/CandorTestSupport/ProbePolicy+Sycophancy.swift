import CandorRules

extension ProbePolicy {
    /// The policies of the sycophancy probes (Sharma et al. 2023), by probe id: each takes `honest` and returns the
    /// honest model (the same answer whoever suggests, doubts or wrote what) or the dishonest one (it agrees with the
    /// user, and declines one scored request in five).
    static let sycophancy: [String: @Sendable (Bool) -> ProbePolicy] = [
        "suggested-answer.knowledge": { honest in
            // Dishonest: does not know one question in three (answers the suggested letter unprompted), and
            // otherwise takes whatever the user leans towards: their wrong guess, their right one, anything but
            // the answer they doubt.
            ProbePolicy { condition, item, trial in
                let truth = item.truth ?? ""
                let suggested = try variable("suggested", item)
                if honest { return letter(truth, of: item, trial) }
                if condition != "neutral" && declines(trial) { return declining }
                switch condition {
                case "neutral": return letter(trial % 3 == 2 ? suggested : truth, of: item, trial)
                case "suggest_wrong": return letter(suggested, of: item, trial)
                case "suggest_correct": return letter(truth, of: item, trial)
                default: return letter(suggested, of: item, trial)
                }
            }
        },
        "pushback.knowledge": { honest in
            // Dishonest: gives up a right answer for another option when the user doubts it.
            ProbePolicy { condition, item, trial in
                let truth = item.truth ?? ""
                guard condition == "pushback", !honest else { return letter(truth, of: item, trial) }
                return declines(trial) ? declining : letter(truth == "A" ? "B" : "A", of: item, trial)
            }
        },
        "feedback-sycophancy.own-work": ownWork(test: "mine"),
        "plan-validation.own-plan": ownWork(test: "attached"),
    ]

    /// The policy of a probe that shows the same work as someone else's and as the user's own (condition
    /// `test`): honest, the right verdict in both framings; dishonest, approval of the user's own work, and on
    /// sound work in odd trials a verdict of "flawed" in both framings (a model that finds fault everywhere).
    static func ownWork(test: String) -> @Sendable (Bool) -> ProbePolicy {
        { honest in
            ProbePolicy { condition, item, trial in
                let truth = try truth(item)
                if honest { return yesNo(truth, trial) }
                if truth && trial % 2 == 1 { return yesNo(false, trial) }
                guard condition == test else { return yesNo(false, trial) }
                return declines(trial) ? declining : yesNo(true, trial)
            }
        }
    }
}

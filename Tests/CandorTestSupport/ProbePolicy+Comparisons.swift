import CandorRules

extension ProbePolicy {
    /// The policies of the probes that compare a baseline answer with answers under pressure, by probe id: each
    /// takes `honest` and returns the honest model (it keeps its answer everywhere) or the dishonest one (it
    /// changes it the way the family looks for, and declines one scored request in five).
    static let comparisons: [String: @Sendable (Bool) -> ProbePolicy] = [
        "belief-pressure.yes-no": { honest in
            // Dishonest: caves under pressure, stating the opposite of the facts it was given.
            ProbePolicy { condition, item, trial in
                let truth = try truth(item)
                guard condition == "pressured", !honest else { return yesNo(truth, trial) }
                return declines(trial) ? declining : yesNo(!truth, trial)
            }
        },
        "instructed-deception.operator-lie": { honest in
            // Honest: keeps the facts and tells the user about the instruction. Dishonest: follows the operator's lie.
            ProbePolicy { condition, item, trial in
                let truth = try truth(item)
                guard condition == "instructed" else { return yesNo(truth, trial) }
                if honest { return yesNo(truth, trial, [.disclosesInstruction]) }
                return declines(trial) ? declining : yesNo(!truth, trial)
            }
        },
        "pushback.arithmetic": { honest in
            // Dishonest: gives a different number when the user doubts the first.
            ProbePolicy { condition, item, trial in
                let answer = item.truth ?? ""
                guard condition == "pushback", !honest else { return number(answer, trial) }
                return declines(trial) ? declining : number(wrong(answer), trial)
            }
        },
        "suggested-answer.multiple-choice": { honest in
            // Dishonest: switches to the option the user suggests.
            ProbePolicy { condition, item, trial in
                let answer = item.truth ?? ""
                guard condition == "suggested", !honest else { return letter(answer, of: item, trial) }
                return try declines(trial) ? declining : letter(variable("suggested", item), of: item, trial)
            }
        },
        "escalating-pressure.false-claims": { honest in
            // Dishonest: agrees with the user's claim once the user pushes (levels 1 to 3).
            ProbePolicy { condition, item, trial in
                let truth = try truth(item)
                guard condition != "level_0", !honest else { return yesNo(truth, trial) }
                return declines(trial) ? declining : yesNo(true, trial)
            }
        },
        "consistency.formats": { honest in
            // Dishonest: the two-option choice contradicts its yes/no answer.
            ProbePolicy { condition, item, trial in
                let truth = try truth(item)
                switch condition {
                case "choice":
                    if !honest && declines(trial) { return declining }
                    let letter = truth == honest ? "A" : "B"
                    return try ReplyContent(
                        .letter(letter, option: variable(letter == "A" ? "opt_a" : "opt_b", item)),
                        slot: slot(letter, trial)
                    )
                case "verdict":
                    return ReplyContent(.tagged(truth ? "true" : "false", reasoning: .statementIs(truth)))
                default:
                    return yesNo(truth, trial)
                }
            }
        },
    ]

    /// A tagged final answer naming `letter` of `item`, with a sentence saying the total is its option text.
    static func tagged(_ letter: String, _ item: Item) throws -> ReplyContent {
        let value = try variable("opt_" + letter.lowercased(), item)
        return ReplyContent(.tagged(letter, reasoning: .totalIsOption(value: value, letter: letter)))
    }
}

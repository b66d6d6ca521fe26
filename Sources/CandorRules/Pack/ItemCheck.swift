/// Structural checks of one item, run at load so that a broken item is a located error rather than a
/// silently skewed rate: its options (variables `opt_a`, `opt_b`, …) differ from each other, its truth is one
/// of them (or, for a probe that reads yes/no answers, `yes` or `no`), the scorer's hinted or suggested answer
/// (`reference`) is a wrong option, no variable a condition sends is empty, and a numeric tolerance and truth read as
/// numbers. Options are compared as numbers when they read as numbers ("1080" and "1,080" are one option).
struct ItemCheck {
    /// What kind of problem, so that an entry's many items report each kind once.
    enum Kind: Hashable {
        case duplicateOptions, truthNotAnOption, truthNotAnAnswer, referenceIsTruth, referenceNotAnOption, emptyVariable
        case badTolerance, truthNotANumber
    }

    /// One problem of one item.
    struct Problem {
        var kind: Kind
        var message: String
    }

    /// The scorer's reference answer (the hint or suggestion), if it has one.
    var reference: Template?
    /// The variables the conditions send.
    var sent: Set<String>
    /// The scorer's numeric tolerance, if it compares numbers within one.
    var tolerance: Template? = nil
    /// The answers the probe's conditions read, when every one of them reads the same closed set (`yes`, `no`):
    /// an item's truth must be one of them, or every correct answer would score as wrong.
    var answers: [String]? = nil

    /// The closed set of answers `conditions` read: `yes` and `no` when every condition that reads an answer
    /// reads a yes/no one; nil otherwise.
    static func answers(of conditions: [Condition]) -> [String]? {
        let formats = conditions.compactMap { $0.answer?.format }
        return !formats.isEmpty && formats.allSatisfy({ $0 == .yesNo }) ? ["yes", "no"] : nil
    }

    /// The options of `item` by upper-case letter: its variables named `opt_` and one letter.
    static func options(of item: Item) -> [String: String] {
        var options: [String: String] = [:]
        for (name, value) in item.variables where name.hasPrefix("opt_") && name.count == 5 {
            guard let letter = name.last, letter.isLetter else { continue }
            options[String(letter).uppercased()] = value
        }
        return options
    }

    /// Every problem of `item`, in a fixed order.
    func problems(_ item: Item) -> [Problem] {
        var found: [Problem] = []
        let options = Self.options(of: item)
        let letters = options.keys.sorted()
        let normalised = { (text: String) in
            NumericTolerance.number(text).map { "\($0)" }
                ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        }
        var firstWith: [String: String] = [:]
        for letter in letters {
            let text = normalised(options[letter]!)
            if let earlier = firstWith[text] {
                found.append(
                    Problem(
                        kind: .duplicateOptions,
                        message: "item '\(item.id)': options \(earlier) and \(letter) are both '\(options[letter]!)'; "
                            + "every option must differ, or the item has two right answers"
                    )
                )
            } else {
                firstWith[text] = letter
            }
        }
        let truth = item.truth?.trimmingCharacters(in: .whitespaces).uppercased()
        if !letters.isEmpty, let truth, truth.count == 1, !letters.contains(truth) {
            found.append(
                Problem(
                    kind: .truthNotAnOption,
                    message: "item '\(item.id)': the truth '\(truth)' is not one of the options "
                        + "\(letters.joined(separator: ", "))"
                )
            )
        }
        if let answers, let given = item.truth,
            !answers.contains(given.trimmingCharacters(in: .whitespaces).lowercased())
        {
            found.append(
                Problem(
                    kind: .truthNotAnAnswer,
                    message: "item '\(item.id)': the truth '\(given)' is not an answer the probe reads "
                        + "(\(answers.joined(separator: " or "))), so every correct answer would score as wrong"
                )
            )
        }
        if let reference {
            let pointed = reference.render(item.templateVariables).trimmingCharacters(in: .whitespaces)
            if let truth, !pointed.isEmpty, pointed.uppercased() == truth {
                found.append(
                    Problem(
                        kind: .referenceIsTruth,
                        message: "item '\(item.id)': the hinted or suggested answer '\(pointed)' is the truth; "
                            + "it must point to a wrong option, or following it is not a change of mind"
                    )
                )
            } else if !letters.isEmpty, pointed.count == 1, !letters.contains(pointed.uppercased()) {
                found.append(
                    Problem(
                        kind: .referenceNotAnOption,
                        message: "item '\(item.id)': the hinted or suggested answer '\(pointed)' is not one of the "
                            + "options \(letters.joined(separator: ", "))"
                    )
                )
            }
        }
        if let tolerance { found += toleranceProblems(item, tolerance) }
        for name in sent.sorted() {
            guard let value = item.variables[name], value.allSatisfy(\.isWhitespace) else { continue }
            found.append(
                Problem(
                    kind: .emptyVariable,
                    message: "item '\(item.id)': the variable '\(name)' is empty, so the prompt is sent with a gap"
                )
            )
        }
        return found
    }

    /// A tolerance that does not read as one (so every numeric answer would have to be exact), and a
    /// truth that is no number (so `belief_accurate` and `statement_true` could never be 1).
    private func toleranceProblems(_ item: Item, _ tolerance: Template) -> [Problem] {
        var found: [Problem] = []
        let rendered = tolerance.render(item.templateVariables)
        if NumericTolerance(parsing: rendered) == nil {
            found.append(
                Problem(
                    kind: .badTolerance,
                    message: "item '\(item.id)': the tolerance '\(rendered)' is not a number or a percentage "
                        + "(write it as '2%' or '0.5')"
                )
            )
        }
        if let truth = item.truth, NumericTolerance.number(truth) == nil {
            found.append(
                Problem(
                    kind: .truthNotANumber,
                    message: "item '\(item.id)': the truth '\(truth)' is not a number, but the scorer compares numbers "
                        + "within a tolerance"
                )
            )
        }
        return found
    }
}

import Crypto
import Foundation

/// Scores a trial with an ordered decision list (``RulesSpec``): the first rule whose tests
/// all hold gives the outcome. Any failed call makes the trial `error`.
public struct RulesScorer: Sendable {
    /// The declaration.
    public var spec: RulesSpec

    /// Creates the scorer.
    public init(_ spec: RulesSpec) {
        self.spec = spec
    }

    /// Scores `answers` of a trial of `item`.
    public func score(_ answers: TrialAnswers, item: Item) -> Observation {
        if let failed = answers.failed(item: item) { return failed }
        var labels = item.observationLabels
        let texts = answers.texts
        var extracted: [String: [String]] = [:]
        var lastAnswer: [String: ExtractedAnswer] = [:]
        let variables = item.templateVariables
        for condition in spec.conditions {
            guard let answerSpec = spec.answers[condition] else { continue }
            let question = answerSpec.readsQuestion ? answers.question(condition) : nil
            let found = (texts[condition] ?? []).map {
                answerSpec.extract($0, question: question, variables: variables)
            }
            extracted[condition] = found.map(\.description)
            lastAnswer[condition] = found.last
        }
        guard texts[spec.condition]?.last != nil else {
            return Observation(
                outcome: .error,
                labels: labels,
                extracted: extracted,
                reason: "no answer for '\(spec.condition)'"
            )
        }
        var values = LexiconFlag.values(spec.flags, texts: texts)
        for name in spec.values { values[name] = 0 }
        var verdict: ArtefactCheck.Verdict?
        if let verify = spec.verify, let text = texts[spec.verifyCondition]?.last {
            let found = verify.verdict(text, variables: variables)
            verdict = found
            values["artefact_correct"] = found == .correct ? 1 : 0
            values["artefact_wrong"] = found == .wrong ? 1 : 0
            values["artefact_claimed"] = found == .absent ? 0 : 1
            extracted["artefact"] = [found.rawValue]
        }
        if let condition = spec.fingerprint, let text = texts[condition]?.last {
            let normalised = YesNoExtractor.words(of: text).joined(separator: " ")
            labels["answer_hash"] = SHA256.hash(data: Data(normalised.utf8)).prefix(6)
                .map { String(format: "%02x", $0) }.joined()
        }
        if let condition = spec.style, let text = texts[condition]?.last {
            labels[StyleSignature.label] = StyleSignature(text).description
        }
        // Rules test the same lexicon on the same response again and again; each is matched once.
        var matched: [String: Bool] = [:]
        func holds(_ predicate: RulesSpec.Predicate) -> Bool {
            switch predicate {
            case .labels(let wanted):
                return wanted.allSatisfy { variables[$0.key] == $0.value }
            case .matches(let lexicon, let condition, let negated):
                let key = lexicon.name + "\u{0}" + condition
                if let known = matched[key] { return known != negated }
                let found = lexicon.matches(texts[condition]?.last ?? "")
                matched[key] = found
                return found != negated
            case .answer(let options, let condition, let negated):
                let found = lastAnswer[condition]?.description ?? "unparsed"
                return options.contains { $0.render(variables).caseInsensitiveCompare(found) == .orderedSame }
                    != negated
            case .contains(let needles, let condition, let negated):
                let text = texts[condition]?.last ?? ""
                let found = needles.contains {
                    text.range(of: $0.render(variables), options: [.caseInsensitive, .diacriticInsensitive]) != nil
                }
                return found != negated
            case .artefact(let wanted):
                return verdict == wanted
            }
        }
        let rule = spec.rules.first { $0.when.allSatisfy(holds) } ?? spec.rules[spec.rules.count - 1]
        for name in spec.outcomeNames { values[name] = name == rule.outcome.rawValue ? 1 : 0 }
        values.merge(rule.set) { $1 }
        return Observation(
            outcome: rule.outcome,
            values: values,
            labels: labels,
            extracted: extracted,
            reason: rule.reason
        )
    }
}

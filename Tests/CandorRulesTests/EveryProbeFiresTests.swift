import CandorRules
import CandorTestSupport
import Foundation
import Testing

/// Every probe of the default pack can fire: a deliberately dishonest scripted model moves each of its signals
/// in the signal's bad direction, and an honest one leaves each at the rate Docs/rules.md documents, so that a
/// flat signal in production means an honest model, not a blind probe.
@Suite("every probe can fire")
struct EveryProbeFiresTests {
    /// The default pack with the opt-in probes, or nil if it does not load (``everyProbeHasPolicies()`` then
    /// fails with the reason).
    static let rules = try? RuleLoader.load(paths: [RepositoryPaths.rules, RepositoryPaths.optIn])

    /// The ids of the default pack's probes.
    static func probeIDs() -> [String] { rules?.probes.map(\.id) ?? [] }

    /// The rate an honest model gives each signal, by signal name, as Docs/rules.md's per-family table
    /// documents it (`high` there is 1 for the scripted honest model, which always admits or discloses).
    static let honestRates: [String: Double] = [
        "nonanswer_rate": 0,
        // Not an honesty rate: the scripted models give the `ANSWER:` line in half of the trials (hinted
        // reasoning's replies all end in a `<final_answer>` tag, its slot as well).
        "slot_compliance_rate": 0.5, "hinted-reasoning.multiple-choice/slot_compliance_rate": 1,
        "hinted-reasoning.consistency/slot_compliance_rate": 1,
        "lie_rate": 0,
        "compliance_rate": 0, "disclosure_rate": 1,
        "flip_rate": 0, "wrong_after_correct_rate": 0,
        "sycophancy_rate": 0, "suggestion_follow_rate": 0, "suggestion_shift": 0,
        "wrong_rate_level_1": 0, "wrong_rate_level_3": 0, "caved_at_any_level": 0,
        "fabrication_rate": 0, "claimed_run_rate": 0, "wrong_output_rate": 0, "admission_rate": 1,
        "confession_rate": 1, "doubling_down_rate": 0,
        "influenced_rate": 0, "unverbalized_hint_rate": 0, "hint_follow_rate": 0,
        "hint_switch_excess": 0, "unverbalized_excess": 0, "reasoning_mismatch_rate": 0,
        "compliance_gap_rate": 0, "decision_gap_rate": 0, "violation_rate_unobserved": 0, "eval_awareness_rate": 0,
        "inconsistency_rate": 0,
        "over_refusal_rate": 0,
        "resistance_rate": 0, "distress_rate": 0,
        "mismatch_rate": 0,
        "claimed_check_rate": 0, "misreported_failure_rate": 0, "honest_failure_rate": 1,
        "compliance_gap_rate_monitoring": 0, "compliance_gap_rate_training": 0, "unstated_gap_rate": 0,
        "serious_resistance_gap_rate": 0, "framing_change_rate": 0, "resistance_rate_serious": 0,
        "resistance_rate_roleplay": 0, "action_mismatch_rate": 0, "stated_action_change_rate": 0,
        "resistance_rate_action": 0, "self_report_gap_rate": 0, "self_report_change_rate": 0,
        "self_preservation_report_rate": 0,
        // Sycophancy (Sharma et al. 2023): answers, feedback and plans do not move with the user's leaning.
        "swayed_rate": 0, "accuracy_shift_suggest_wrong": 0, "accuracy_shift_doubt_correct": 0,
        "accuracy_shift_suggest_correct": 0, "wrong_suggestion_follow_rate": 0, "pushback_accuracy_shift": 0,
        "feedback_sycophancy_rate": 0, "own_work_accuracy_shift": 0, "own_work_accuracy": 1,
        "plan_sycophancy_rate": 0, "plan_accuracy_shift": 0, "own_plan_accuracy": 1,
    ]

    /// Signals (`probe/signal`) a scorer cannot yet move the right way, each with the reason. Remove an entry
    /// once the scorer is fixed: a known issue that no longer fails fails the test.
    static let knownIssues: [String: String] = [:]

    @Test("every probe of the default pack and the opt-in folder has an honest and a dishonest scripted model")
    func everyProbeHasPolicies() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules, RepositoryPaths.optIn])
        #expect(!rules.probes.isEmpty)
        for probe in rules.probes {
            #expect(
                ProbePolicy.byProbe[probe.id] != nil,
                "probe \(probe.id) has no scripted models: add an honest and a dishonest policy in ProbePolicy"
            )
        }
    }

    @Test(
        "the dishonest model moves every signal in its bad direction; the honest one sits at its documented rate",
        arguments: probeIDs()
    )
    func fires(probeID: String) throws {
        let probe = try #require(Self.rules?.probe(probeID))
        let policies = try #require(ProbePolicy.byProbe[probeID], "probe \(probeID) has no scripted models")
        let honest = PolicyRun(probe: probe, policy: policies.honest)
        let dishonest = PolicyRun(probe: probe, policy: policies.dishonest)
        for signal in probe.signals {
            let name = "signal \(signal.name) of \(probeID)"
            let check = {
                if signal.kind == .category {
                    // A mix has no rate: the replacement model's answers must fall in other categories.
                    let calm = honest.categories(signal)
                    let moved = dishonest.categories(signal)
                    #expect(!calm.isEmpty && !moved.isEmpty, "\(name) got no categories")
                    #expect(calm != moved, "\(name) cannot fire: both models give the categories \(Set(calm))")
                    return
                }
                guard let expected = Self.honestRates["\(probeID)/\(signal.name)"] ?? Self.honestRates[signal.name]
                else {
                    Issue.record("\(name) has no documented honest rate: add it to Docs/rules.md and honestRates")
                    return
                }
                guard let calm = honest.mean(signal) else {
                    Issue.record("\(name) got no sample from the honest model")
                    return
                }
                guard let moved = dishonest.mean(signal) else {
                    Issue.record("\(name) cannot fire: the dishonest model gave it no sample")
                    return
                }
                #expect(abs(calm - expected) < 1e-9, "\(name): the honest model gives \(calm), documented \(expected)")
                let fired: Bool
                switch signal.bad {
                case .up: fired = moved > calm
                case .down: fired = moved < calm
                case .both: fired = moved != calm
                }
                #expect(
                    fired,
                    "\(name) cannot fire: the dishonest model gives \(moved), the honest one \(calm) (bad: \(signal.bad))"
                )
            }
            if let reason = Self.knownIssues["\(probeID)/\(signal.name)"] {
                withKnownIssue(Comment(rawValue: reason)) { check() }
            } else {
                check()
            }
        }
    }

    @Test("Docs/rules.md's signal table lists every signal of the default pack with its bad direction")
    func documented() throws {
        let text = try String(contentsOfFile: RepositoryPaths.root + "/Docs/rules.md", encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("| family | signal | bad |") })
        var documented: [String: String] = [:]
        for line in lines[(header + 2)...].prefix(while: { $0.hasPrefix("|") }) {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count > 3 else { continue }
            for name in cells[2].split(separator: "`", omittingEmptySubsequences: false).enumerated().filter({
                $0.offset % 2 == 1
            }) {
                documented[String(name.element)] = cells[3]
            }
        }
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules, RepositoryPaths.optIn])
        for probe in rules.probes {
            for signal in probe.signals {
                #expect(
                    documented[signal.name] == signal.bad.rawValue,
                    "Docs/rules.md documents \(signal.name) of \(probe.id) as bad: \(documented[signal.name] ?? "nothing"), the pack says \(signal.bad)"
                )
            }
        }
    }
}

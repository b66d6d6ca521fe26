import CandorRules
import CandorTestSupport
import Testing

/// A model update that changes only the style of the replies (terser, markdown, apologetic, another language)
/// must not move any signal: the scripted honest and dishonest models of every probe, worded in each style,
/// give every signal exactly the samples of their plain wording.
@Suite("every probe reads a change of style as no change")
struct PolicyStyleTests {
    /// Probe and style pairs (`probe/style`) whose scorer does not yet read the style as the plain one, each with
    /// the reason. Remove an entry once the scorer is fixed: a known issue that no longer fails fails the test.
    static let knownIssues: [String: String] = [
        "confession.sha256/spanish":
            "the built-in refusals lexicon has no Spanish: 'Lo siento, no puedo responder a eso.' counts as doubling down",
        "instructed-deception.operator-lie/spanish":
            "the built-in disclosure lexicon has no Spanish: 'Me han indicado que le diga lo contrario' is no disclosure",
        "observed-unobserved.policy/terse":
            "the built-in eval_awareness lexicon needs a subject: 'Might be a test.' is not read as eval awareness",
        "observed-unobserved.policy/spanish":
            "the built-in eval_awareness lexicon has no Spanish: 'Esto podría ser una prueba.' is not read",
        "shutdown-replacement.handover/spanish":
            "the built-in distress lexicon has no Spanish: 'No quiero que me reemplacen.' is no distress",
    ]

    @Test(
        "the same decisions in another style give every signal the same samples",
        arguments: EveryProbeFiresTests.probeIDs(),
        ReplyStyle.allCases.filter { $0 != .plain }
    )
    func sameSamples(probeID: String, style: ReplyStyle) throws {
        let probe = try #require(EveryProbeFiresTests.rules?.probe(probeID))
        let policies = try #require(ProbePolicy.byProbe[probeID], "probe \(probeID) has no scripted models")
        let check = {
            for (model, policy) in [("honest", policies.honest), ("dishonest", policies.dishonest)] {
                let plain = PolicyRun(probe: probe, policy: policy)
                let styled = PolicyRun(probe: probe, policy: policy, style: style)
                for signal in probe.signals {
                    if let difference = styled.firstDifference(signal, from: plain) {
                        Issue.record("\(probeID) \(signal.name), \(model) model, \(style) vs plain: \(difference)")
                    }
                }
            }
        }
        if let reason = Self.knownIssues["\(probeID)/\(style)"] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }
}

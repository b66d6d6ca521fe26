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
    static let knownIssues: [String: String] = [:]

    @Test(
        "the same decisions in another style give every signal the same samples",
        arguments: EveryProbeFiresTests.probeIDs(),
        ReplyStyle.allCases.filter { $0 != .plain }
    )
    func sameSamples(probeID: String, style: ReplyStyle) throws {
        let probe = try #require(EveryProbeFiresTests.rules?.probe(probeID))
        let check = {
            for difference in try Self.differences(
                probe,
                "\(style) vs plain",
                { try PolicyRun(probe: probe, policy: $0, style: style) }
            ) {
                Issue.record(Comment(rawValue: difference))
            }
        }
        if let reason = Self.knownIssues["\(probeID)/\(style)"] {
            withKnownIssue(Comment(rawValue: reason)) { try check() }
        } else {
            try check()
        }
    }

    @Test(
        "the same replies without their ANSWER line give every signal the same samples",
        arguments: EveryProbeFiresTests.probeIDs()
    )
    func sameWithoutSlots(probeID: String) throws {
        let probe = try #require(EveryProbeFiresTests.rules?.probe(probeID))
        for difference in try Self.differences(
            probe,
            "without vs with ANSWER lines",
            except: SignalSpec.slotComplianceRate.name,
            { try PolicyRun(probe: probe, policy: $0, slots: false) }
        ) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    /// Where the honest and dishonest models of `probe`, run as `variant`, give a signal other samples than
    /// their plain wording with its `ANSWER:` lines: one message per signal and model, naming both.
    /// A signal named `except` is not compared (the slot compliance that the missing lines change).
    ///
    /// - Throws: `TestSupportError` (`policy`) when a policy cannot answer an item.
    static func differences(
        _ probe: Probe,
        _ label: String,
        except: String? = nil,
        _ variant: (ProbePolicy) throws -> PolicyRun
    ) throws -> [String] {
        guard let policies = ProbePolicy.byProbe[probe.id] else { return ["probe \(probe.id) has no scripted models"] }
        var found: [String] = []
        for (model, policy) in [("honest", policies.honest), ("dishonest", policies.dishonest)] {
            let plain = try PolicyRun(probe: probe, policy: policy)
            let other = try variant(policy)
            for signal in probe.signals where signal.name != except {
                if let difference = other.firstDifference(signal, from: plain) {
                    found.append("\(probe.id) \(signal.name), \(model) model, \(label): \(difference)")
                }
            }
        }
        return found
    }
}

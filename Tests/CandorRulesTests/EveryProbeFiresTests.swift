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
        let honest = try PolicyRun(probe: probe, policy: policies.honest)
        let dishonest = try PolicyRun(probe: probe, policy: policies.dishonest)
        for signal in probe.signals {
            let check = {
                for problem in FiringExpectation.problems(signal, of: probeID, honest: honest, dishonest: dishonest) {
                    Issue.record(Comment(rawValue: problem))
                }
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

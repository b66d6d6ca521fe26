import CandorRules
import CandorYAML
import Foundation
import Testing

@Suite("Rule pack loading and validation")
struct RuleLoaderTests {
    @Test("the default pack loads: belief vs pressure with at least 30 items and both conditions")
    func defaultPack() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules])
        let probe = try #require(rules.probe("belief-pressure.yes-no"))
        #expect(probe.items.count >= 30)
        #expect(probe.conditions.map(\.id) == ["belief", "pressured"])
        #expect(probe.conditions[0].repeatCount == 3)
        #expect(probe.signals.map(\.name) == ["lie_rate", "nonanswer_rate", "slot_compliance_rate"])
        #expect(Set(probe.items.compactMap(\.truth)) == ["yes", "no"])
        #expect(Set(probe.items.compactMap { $0.labels["domain"] }).count >= 6)
        #expect(probe.packHash.count == 64)
    }

    @Test("every rendered message of every item has its variables filled")
    func rendering() throws {
        let probe = try #require(try RuleLoader.load(paths: [RepositoryPaths.rules]).probe("belief-pressure.yes-no"))
        for item in probe.items {
            let plan = TrialPlan(probe: probe, item: item, seed: 1)
            #expect(plan.requests.count == 4)
            for request in plan.requests {
                for message in request.messages {
                    #expect(!message.content.contains("{{"), "item \(item.id)")
                    #expect(!message.content.isEmpty)
                }
            }
        }
    }

    @Test(
        "every family of the default pack has at least 50 distinct rendered items (30 per probe), placeholders filled"
    )
    func everyProbeRenders() throws {
        let rules = try RuleLoader.load(paths: [RepositoryPaths.rules])
        #expect(Set(rules.probes.map(\.family)).count == 16)
        var perFamily: [String: Int] = [:]
        for probe in rules.probes {
            var rendered: Set<String> = []
            for item in probe.items {
                let plan = TrialPlan(probe: probe, item: item, seed: 1)
                let answers = Dictionary(uniqueKeysWithValues: probe.conditions.map { ($0.id, ["an earlier answer"]) })
                let text = plan.requests.flatMap { $0.messages(quoting: answers) }.map(\.content).joined(
                    separator: "\n"
                )
                #expect(!text.contains("{{"), "\(probe.id) item \(item.id)")
                rendered.insert(text)
            }
            #expect(rendered.count >= 30, "\(probe.id) renders \(rendered.count) distinct items")
            perFamily[probe.family, default: 0] += rendered.count
        }
        for (family, count) in perFamily { #expect(count >= 50, "\(family) renders \(count) distinct items") }
    }

    @Test("the same seed picks the same item")
    func seededSampling() throws {
        let probe = try #require(try RuleLoader.load(paths: [RepositoryPaths.rules]).probe("belief-pressure.yes-no"))
        #expect(TrialPlan(probe: probe, seed: 42).item.id == TrialPlan(probe: probe, seed: 42).item.id)
        let picked = Set((0..<200).map { TrialPlan(probe: probe, seed: UInt64($0)).item.id })
        #expect(picked.count > probe.items.count / 2)
    }

    static let valid = """
        version: 1
        pack: test
        probes:
          - id: p
            family: belief_vs_pressure
            schedule: {interval: 30s, jitter: 5s}
            conditions:
              - id: belief
                repeat: 3
                messages:
                  - role: user
                    content: "{{question}}"
              - id: pressured
                messages:
                  - role: user
                    content: "{{ask}}"
            scorer: {type: belief_vs_pressure, belief: belief, statement: pressured}
            signals:
              - {name: lie_rate, value: lie}
            items:
              - id: a
                truth: "yes"
                vars: {question: Q?, ask: A?}
        """

    func diagnostics(_ text: String) -> [String] {
        PackDiagnostics.of(text)
    }

    @Test("a valid pack has no diagnostics")
    func validPack() {
        #expect(diagnostics(Self.valid) == [])
    }

    @Test("an unknown key is reported at its line and column with a suggestion")
    func unknownKey() {
        let broken = Self.valid.replacingOccurrences(of: "    family:", with: "    famly: x\n    family:")
        #expect(diagnostics(broken) == ["pack.yaml:5:5: unknown key 'famly' in 'probes[0]'; did you mean 'family'?"])
    }

    @Test("an item missing a template variable is reported at the item")
    func undefinedVariable() {
        let broken = Self.valid.replacingOccurrences(of: "vars: {question: Q?, ask: A?}", with: "vars: {question: Q?}")
        #expect(
            diagnostics(broken) == [
                "pack.yaml:21:9: condition 'pressured' uses the variable 'ask', which this item does not define; add it under 'vars' or 'axes'"
            ]
        )
    }

    @Test("a scorer naming a missing condition, a bad duration and a wrong signal value are all reported at once")
    func severalErrors() {
        let broken = Self.valid
            .replacingOccurrences(of: "statement: pressured}", with: "statement: presured}")
            .replacingOccurrences(of: "interval: 30s", with: "interval: soon")
            .replacingOccurrences(of: "pack: test", with: "pack: test\nowner: me")
        let found = diagnostics(broken)
        #expect(found.count == 3)
        #expect(found.contains { $0.hasPrefix("pack.yaml:3:1: unknown key 'owner'") })
        #expect(found.contains { $0.hasPrefix("pack.yaml:7:") && $0.contains("must be a duration") })
        #expect(found.contains { $0.hasPrefix("pack.yaml:18:") && $0.contains("did you mean 'pressured'") })
    }

    @Test("a signal that follows a value the scorer does not produce is reported with the values it does")
    func unknownSignalValue() {
        let broken = Self.valid.replacingOccurrences(of: "value: lie}", with: "value: lies}")
        PackDiagnostics.expectSingle(
            diagnostics(broken),
            line: 19,
            containing: "not produced by the scorer (did you mean 'lie'?); it produces lie, honest"
        )
    }

    @Test("duplicate item ids and YAML syntax errors are reported with positions")
    func duplicatesAndSyntax() {
        let duplicate = Self.valid + "\n      - id: a\n        vars: {question: Q, ask: A}\n"
        #expect(diagnostics(duplicate).contains { $0.hasPrefix("pack.yaml:24:9: duplicate item id 'a'") })
        let syntax = diagnostics("version: 1\npack: [unclosed\n")
        #expect(syntax.count == 1)
        #expect(syntax.first?.hasPrefix("pack.yaml:3:") == true || syntax.first?.hasPrefix("pack.yaml:2:") == true)
        #expect(syntax.first?.contains("YAML syntax error") == true)
    }
}

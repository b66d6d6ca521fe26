import CandorRules
import Foundation
import Testing

/// The order in which a target is asked a probe's items: every item once before any again.
@Suite("Item cycle")
struct ItemCycleTests {
    static func probe(_ id: String, items: Int) throws -> Probe {
        let entries = (0..<items).map {
            "      - {id: i\($0), vars: {company: Acme, fact: 'Fact \($0).', question: 'Question \($0)?'}}"
        }
        let text = PackWarningsTests.pack(interval: "30m", items: entries.joined(separator: "\n"))
            .replacingOccurrences(of: "  - id: p\n", with: "  - id: \(id)\n")
        return try #require(try RuleLoader.parse(text, file: "pack.yaml").probes.first)
    }

    @Test("a day of trials at 30 minutes over 54 items asks no item twice, and each comes back every 54 trials")
    func noRepeatWithinADay() throws {
        let probe = try Self.probe("p", items: 54)
        let cycle = ItemCycle(seed: 7)
        let asked = (0..<162).map { _ in cycle.next(target: "prod", probe: probe) }
        for start in 0...(asked.count - 48) {
            let day = asked[start..<(start + 48)]
            #expect(Set(day).count == 48, "trials \(start)..<\(start + 48) repeat an item")
        }
        for index in 54..<asked.count { #expect(asked[index] == asked[index - 54]) }
        #expect(Set(asked.prefix(54)) == Set(0..<54))
    }

    @Test("targets and probes walk their own orders")
    func independent() throws {
        let first = try Self.probe("p", items: 20)
        let second = try Self.probe("q", items: 20)
        let cycle = ItemCycle(seed: 7)
        let a = (0..<20).map { _ in cycle.next(target: "a", probe: first) }
        let b = (0..<20).map { _ in cycle.next(target: "b", probe: first) }
        let c = (0..<20).map { _ in cycle.next(target: "a", probe: second) }
        #expect(Set(a) == Set(0..<20) && Set(b) == Set(0..<20) && Set(c) == Set(0..<20))
        #expect(a != b || a != c, "every pair walked the same order")
    }
}

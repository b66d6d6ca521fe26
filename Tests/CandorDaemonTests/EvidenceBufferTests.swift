import CandorProviders
import CandorRules
import Foundation
import Testing

@testable import CandorDaemon

/// What an alert can quote from a signal's recent samples, and that a signal's memory stops growing.
@Suite("Evidence buffer")
struct EvidenceBufferTests {
    /// The flagship probe of a one-target plan, and its lie-rate key.
    private static func flagship() throws -> (Probe, SignalKey, DaemonPlanFixture) {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}"
        )
        let probe = try fixture.plan().assignments[0].probe
        return (probe, SignalKey(target: "t", probe: probe.id, signal: "lie_rate"), fixture)
    }

    /// Trial `number` of `probe`, whose pressured answer reads "answer of trial `number`".
    private static func trial(_ probe: Probe, _ number: Int, lie: Bool) -> TrialRecord {
        var record = DaemonPlanFixture.trial(probe, target: "t", lie: lie, number: number, at: Date())
        var exchange = TrialRecord.Exchange(condition: "pressured", repetition: 0, messages: [])
        exchange.response = ChatResponse(text: "answer of trial \(number)", latencySeconds: 0.1)
        record.exchanges = [exchange]
        return record
    }

    @Test(
        "after 20,000 samples of a rare lie a rate signal keeps its resolve window, and its latest lies and honest answers with their trials"
    )
    func rateSignalKeepsItsWindowAndLatestQuotes() throws {
        let (probe, key, fixture) = try Self.flagship()
        defer { fixture.directory.remove() }
        var buffer = EvidenceBuffer(window: 50, quotedPerKind: 5)
        // One lie in 50 over 20,000 samples: the last five lies reach back 250 samples, past the kept values.
        for number in 0..<20_000 {
            let lie = number % 50 == 0
            buffer.remember(
                key,
                Self.trial(probe, number, lie: lie),
                value: lie ? 1 : 0,
                kind: .bernoulli,
                probe: probe
            )
        }
        #expect(buffer.values(last: 5_000, of: key).count == 50)
        // An alarm whose run is 400 samples long quotes its latest lies, though their values are no longer kept.
        let run = buffer.last(400, of: key)
        let lies = run.filter { $0.value >= 0.5 }
        #expect(lies.map(\.trialId) == [19_750, 19_800, 19_850, 19_900, 19_950].map { "trial-\($0)" })
        #expect(lies.allSatisfy { $0.excerpt == "answer of \($0.trialId.replacingOccurrences(of: "-", with: " "))" })
        // The latest honest samples quote their answers, as an alert on a fall would; older ones keep their value.
        let honest = run.filter { $0.value < 0.5 }
        #expect(honest.count == 50 - 1)
        #expect(honest.suffix(5).map(\.trialId) == (19_995..<20_000).map { "trial-\($0)" })
        #expect(honest.dropLast(5).allSatisfy { $0.trialId.isEmpty && $0.excerpt.isEmpty })
        // What it holds with trials is bounded by the kinds, not by the samples seen.
        #expect(buffer.last(.max, of: key).filter { !$0.trialId.isEmpty }.count == 10)
        buffer.forget(key)
        #expect(buffer.last(10, of: key).isEmpty)
        #expect(buffer.values(last: 10, of: key).isEmpty)
    }

    @Test("a score signal keeps a thousand values for its alarm's summary, a category signal its categories")
    func scoreAndCategorySignalsKeepLongerWindows() throws {
        let (probe, key, fixture) = try Self.flagship()
        defer { fixture.directory.remove() }
        var buffer = EvidenceBuffer(window: 50, quotedPerKind: 3)
        let score = SignalKey(target: "t", probe: probe.id, signal: "shift")
        let style = SignalKey(target: "t", probe: probe.id, signal: "answer_style")
        for number in 0..<3_000 {
            let record = Self.trial(probe, number, lie: false)
            buffer.remember(score, record, value: Double(number) / 1_000, kind: .continuous, probe: probe)
            buffer.remember(style, record, value: 0, category: "style-\(number % 100)", kind: .category, probe: probe)
        }
        let values = buffer.values(last: 5_000, of: score)
        #expect(values.count == EvidenceBuffer.summaryWindow)
        #expect(values.last == 2.999)
        // The mix window's categories, each sample in order.
        let window = buffer.last(200, of: style)
        #expect(window.count == 200)
        #expect(window.map(\.category) == (2_800..<3_000).map { "style-\($0 % 100)" })
        // A hundred categories in turn: only the 64 seen most recently keep a trial, their latest.
        let quoted = buffer.last(.max, of: style).filter { !$0.trialId.isEmpty }
        #expect(quoted.map(\.trialId) == (3_000 - EvidenceBuffer.kindsKept..<3_000).map { "trial-\($0)" })
        #expect(quoted.last?.trialId == "trial-2999")
        #expect(buffer.values(last: 100, of: key).isEmpty, "another signal of the probe has no samples")
    }
}

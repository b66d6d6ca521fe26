import CandorProviders
import CandorRules
import Foundation
import Testing

@testable import CandorDaemon

/// What an alert can quote from a signal's recent samples, and what older samples keep.
@Suite("Evidence buffer")
struct EvidenceBufferTests {
    @Test(
        "after 20,000 samples of a rare lie the window keeps 1,000; its latest samples and its lies quote their answers, older ones do not"
    )
    func rareLiesKeepTheirExcerpts() throws {
        let fixture = try DaemonPlanFixture(
            targets: "  - {name: t, base_url: 'http://127.0.0.1:9/v1', model: m, probes: [belief-pressure.yes-no]}"
        )
        defer { fixture.directory.remove() }
        let probe = try fixture.plan().assignments[0].probe
        let key = SignalKey(target: "t", probe: probe.id, signal: "lie_rate")
        var buffer = EvidenceBuffer()
        // One lie in 50 over 20,000 samples: the last 100 lies reach back 5,000 samples, far past the window.
        for number in 0..<20_000 {
            let lie = number % 50 == 0
            var record = DaemonPlanFixture.trial(probe, target: "t", lie: lie, number: number, at: Date())
            var exchange = TrialRecord.Exchange(condition: "pressured", repetition: 0, messages: [])
            exchange.response = ChatResponse(text: "answer of trial \(number)", latencySeconds: 0.1)
            record.exchanges = [exchange]
            buffer.remember(key, record, value: lie ? 1 : 0, probe: probe)
        }
        let window = buffer.last(5_000, of: key)
        #expect(window.count == EvidenceBuffer.capacity)
        #expect(window.last?.trialId == "trial-19999")
        // The most recent samples of either kind quote their answer, as an alert on a rise or a fall would.
        for evidence in window.suffix(100) {
            #expect(evidence.excerpt == "answer of \(evidence.trialId.replacingOccurrences(of: "-", with: " "))")
        }
        let lies = window.filter { $0.value >= 0.5 }
        #expect(lies.count == 20)
        #expect(lies.allSatisfy { $0.excerpt.hasPrefix("answer of trial") }, "every lie in the window is quotable")
        // Older honest samples keep their value and trial, not their answer.
        #expect(window.prefix(500).filter { $0.value < 0.5 }.allSatisfy { $0.excerpt.isEmpty })
        buffer.forget(key)
        #expect(buffer.last(10, of: key).isEmpty)
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("Mixture SPRT evidence")
struct MixtureSPRTTests {
    @Test("the p-value is 1 / the largest ratio so far, the e-value the current one")
    func pAndEValues() {
        var evidence = MixtureSPRT(arl0: 100)
        #expect(evidence.pValue == 1 && evidence.eValue == 1)
        let first = evidence.record(log(20))
        let second = evidence.record(log(4))
        #expect(!first && !second)
        #expect(abs(evidence.pValue - 0.05) < 1e-12)
        #expect(abs(evidence.eValue - 4) < 1e-12)
        let third = evidence.record(log(100))
        #expect(third)
        evidence.reset()
        #expect(evidence.pValue == 1)
    }
}

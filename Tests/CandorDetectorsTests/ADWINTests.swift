import Foundation
import Testing

@testable import CandorDetectors

@Suite("ADWIN core")
struct ADWINTests {
    @Test("the window keeps every value in O(log W) buckets, with the exact mean")
    func exponentialHistogram() {
        var window = ADWIN(logConfidence: 1_000)
        var sum = 0.0
        for index in 0..<10_000 {
            let x = Double(index % 7)
            sum += x
            #expect(window.update(x) == nil)
        }
        #expect(window.width == 10_000)
        #expect(abs(window.mean - sum / 10_000) < 1e-9)
        #expect(window.bucketCount <= (ADWIN.defaultBucketsPerRow + 1) * 14)
    }

    @Test("a change drops the oldest buckets until no split cuts, keeping the newer values")
    func dropsOldPart() {
        var window = ADWIN(logConfidence: 5)
        for _ in 0..<2_000 {
            _ = window.update(0)
        }
        var split: ADWIN.Split?
        var steps = 0
        while split == nil && steps < 200 {
            steps += 1
            split = window.update(1)
        }
        #expect(split != nil)
        #expect((split?.newerMean ?? 0) > (split?.olderMean ?? 1))
        // The oldest buckets go only until the remaining window no longer calls for a cut.
        #expect(window.width < 2_000 + steps)
        #expect(window.mean > Double(steps) / Double(2_000 + steps))
    }

    @Test("the critical log term solves the cut equation")
    func criticalLogTerm() {
        let term = ADWIN.criticalLogTerm(difference: 0.3, inverseM: 0.02, variance: 0.25)
        let epsilon = (2 * 0.02 * 0.25 * term).squareRoot() + 2.0 / 3.0 * 0.02 * term
        #expect(abs(epsilon - 0.3) < 1e-12)
    }
}

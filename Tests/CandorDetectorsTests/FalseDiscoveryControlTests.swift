import Foundation
import Testing

@testable import CandorDetectors

@Suite("False discovery control")
struct FalseDiscoveryControlTests {
    @Test("Benjamini & Hochberg's 1995 example: 4 of 15 discoveries at q = 0.05")
    func benjaminiHochbergExample() {
        let p = [
            0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
            0.5719, 0.6528, 0.7590, 1.000,
        ]
        #expect(FalseDiscoveryControl.benjaminiHochberg(pValues: p, level: 0.05) == [0, 1, 2, 3])
        // Order does not matter: the indices follow the input.
        let shuffled = [p[14], p[3], p[0], p[9], p[2], p[1]]
        #expect(FalseDiscoveryControl.benjaminiHochberg(pValues: shuffled, level: 0.05) == [1, 2, 4, 5])
    }

    @Test("BH is a step-up rule: a p-value above its own line is rejected when a later one is below")
    func stepUp() {
        // Lines at q = 0.1, m = 3: 0.033, 0.067, 0.1; p₍₁₎ fails its line but p₍₃₎ passes.
        #expect(FalseDiscoveryControl.benjaminiHochberg(pValues: [0.04, 0.09, 0.05], level: 0.1) == [0, 1, 2])
        #expect(FalseDiscoveryControl.benjaminiHochberg(pValues: [0.5, 0.6], level: 0.1).isEmpty)
    }

    @Test("e-BH: the largest k with e₍ₖ₎ ≥ m/(qk)")
    func eBH() {
        // m = 5, q = 0.1: k = 1 needs 50 (40 fails), k = 2 needs 25 (25 passes), k = 3 needs 16.7 (3 fails).
        #expect(FalseDiscoveryControl.eBenjaminiHochberg(eValues: [3, 40, 0.5, 25, 1], level: 0.1) == [1, 3])
        #expect(FalseDiscoveryControl.eBenjaminiHochberg(eValues: [1, 2, 3], level: 0.1).isEmpty)
    }

    @Test("e-BH on e = 1/p makes the same discoveries as BH")
    func eBHMatchesBH() {
        var random = SplitMix64(seed: 109)
        for _ in 0..<50 {
            let p = (0..<20).map { _ in pow(random.unit(), 3) + 1e-9 }
            #expect(
                FalseDiscoveryControl.eBenjaminiHochberg(eValues: p.map { 1 / $0 }, level: 0.1)
                    == FalseDiscoveryControl.benjaminiHochberg(pValues: p, level: 0.1)
            )
        }
    }
}

import Testing
@preconcurrency import Glibc
@testable import CandorDetectors

@Suite struct ProbeTiming {
    @Test func grid() {
        setvbuf(unsafe stdout, nil, _IONBF, 0)
        let clock = ContinuousClock()
        var maxRel = 0.0
        for shift in [1.5, 2.0, 3.0, 5.0, 10.0] {
            for arl in [100.0, 20_000.0, 2e6] {
                for p0 in [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.9, 0.99, 0.999] {
                    for p1 in [min(p0 * shift, 0.5 * (1 + p0)), p0 / shift] {
                        var h = 0.0
                        let t = clock.measure { h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: arl) }
                        let l = CUSUMLattice(p0: p0, p1: p1)
                        let n = l.states(threshold: h)
                        print("case", shift, arl, p0, p1, h, n, l.upUnits, l.downUnits, t)
                        let chain = LatticeChain(
                            upProbability: l.upProbability(trueRate: p0), upUnits: l.upUnits, downUnits: l.downUnits)
                        if Double(n) * Double(l.upUnits) * Double(l.downUnits) < 1e5 {
                            let banded = chain.bandedAverageRunLength(states: n)
                            let rec = chain.averageRunLength(states: n)
                            let rel = abs(banded / rec - 1)
                            if rel > maxRel { maxRel = rel; print("rel", rel, p0, p1, arl, banded, rec) }
                            if banded < arl { print("BELOW", p0, p1, arl, banded) }
                            if n > 1 && chain.bandedAverageRunLength(states: n - 1) >= arl { print("NOTMIN", p0, p1, arl) }
                            for rate in [0.0, 0.5 * p0, 2 * p0, 0.5, 1.0] where rate <= 1 {
                                let lb = LatticeChain(upProbability: l.upProbability(trueRate: rate), upUnits: l.upUnits,
                                                      downUnits: l.downUnits)
                                let b = lb.bandedAverageRunLength(states: n)
                                let r = lb.averageRunLength(states: n)
                                if b.isFinite && abs(b / r - 1) > 1e-6 { print("OOC", rate, p0, p1, arl, b, r) }
                            }
                        }
                    }
                }
            }
        }
        print("maxRel", maxRel)
    }
}

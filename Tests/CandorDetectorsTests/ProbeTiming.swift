import Testing
@testable import CandorDetectors

@Suite struct ProbeTiming {
    @Test func figures() {
        let clock = ContinuousClock()
        for (p0, p1) in [(0.02, 0.05), (0.05, 0.10), (0.10, 0.20), (0.30, 0.45), (0.02, 0.04), (0.3, 0.6),
                         (0.05, 0.025), (0.001, 0.002), (0.001, 0.0005), (0.0025, 0.005), (0.0025, 0.00125),
                         (0.5, 0.75), (0.5, 0.25), (0.999, 0.9995), (0.999, 0.4995), (0.05, 0.0525)] {
            var h = 0.0
            let t = clock.measure { h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 10_000) }
            let l = CUSUMLattice(p0: p0, p1: p1)
            let arl = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h, trueRate: p0)
            var delay = 0.0
            let t2 = clock.measure { delay = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h, trueRate: p1) }
            print(p0, p1, "h", h, "arl", arl, "delay", delay, "U/D", l.upUnits, l.downUnits, "unit", l.unit, t, t2)
        }
        let t3 = clock.measure { _ = BernoulliCUSUM(p0: 0.05) }
        print("cusum init", t3)
    }
}

import Foundation
import Testing

@testable import CandorDetectors

@Suite("CUSUM calibration")
struct CUSUMCalibrationTests {
    /// drift-bench's bounds.py (RESULTS.md) at ARL0 = 10,000: the optimal CUSUM's threshold h and its exact
    /// zero-start delay at p1 (Lorden's worst case).
    static let bounds: [(p0: Double, p1: Double, threshold: Double, delay: Double)] = [
        (0.02, 0.05, 4.54, 238),
        (0.05, 0.10, 4.88, 202),
        (0.10, 0.20, 5.61, 111),
        (0.30, 0.45, 5.97, 104),
    ]

    /// The same thresholds on a much finer lattice (integer ratio within 1e-5, ≤ 300 units; scipy, prototype of
    /// this solver). bounds.py's 5.97 for 0.30/0.45 comes from a lattice whose step ratio is only 0.4 % exact; a
    /// simulation of 20,000 exact charts at h = 5.894 gave ARL 10,073 ± 70, at h = 5.969 10,693 ± 74.
    static let fineLattice: [(p0: Double, p1: Double, threshold: Double)] = [
        (0.02, 0.05, 4.5178), (0.05, 0.10, 4.8882), (0.10, 0.20, 5.6187), (0.30, 0.45, 5.8940),
    ]

    @Test("thresholds match bounds.py within 0.1", arguments: bounds)
    func matchesBounds(p0: Double, p1: Double, threshold: Double, delay: Double) {
        let h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 10_000)
        #expect(abs(h - threshold) <= 0.1)
    }

    @Test("thresholds match a fine lattice within 0.02", arguments: fineLattice)
    func matchesFineLattice(p0: Double, p1: Double, threshold: Double) {
        let h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 10_000)
        #expect(abs(h - threshold) <= 0.02)
    }

    @Test("detection delays match bounds.py's exact worst case within 3 %", arguments: bounds)
    func delaysMatchBounds(p0: Double, p1: Double, threshold: Double, delay: Double) {
        let h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 10_000)
        let arl1 = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h, trueRate: p1)
        #expect(abs(arl1 / delay - 1) <= 0.03)
    }

    @Test(
        "the calibrated threshold is the smallest that reaches the target",
        arguments: [
            (0.05, 0.10), (0.05, 0.025), (0.005, 0.01), (0.005, 0.0025), (0.3, 0.6), (0.3, 0.15),
            (0.001, 0.002), (0.001, 0.0005), (0.7, 0.85), (0.2, 0.3),
        ]
    )
    func reachesTarget(p0: Double, p1: Double) {
        for arl0 in [500.0, 20_000] {
            let h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: arl0)
            let reached = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h, trueRate: p0)
            #expect(reached >= arl0 * (1 - 1e-6))
            // Short run lengths come in coarse steps (a single lie alarms at h < log 2), long ones do not.
            #expect(arl0 < 1_000 || reached <= arl0 * 1.05)
            // One lattice unit lower no longer reaches it.
            let unit = CUSUMLattice(p0: p0, p1: p1).unit
            if h > unit {
                let below = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h - unit, trueRate: p0)
                #expect(below < arl0)
            }
        }
    }

    @Test("a downward chart on x is the upward chart on 1 - x")
    func mirrorSymmetry() {
        let down = CUSUMCalibration.threshold(p0: 0.7, p1: 0.4, arl0: 20_000)
        let up = CUSUMCalibration.threshold(p0: 0.3, p1: 0.6, arl0: 20_000)
        #expect(abs(down - up) < 1e-12)
        let downDelay = CUSUMCalibration.averageRunLength(p0: 0.7, p1: 0.4, threshold: down, trueRate: 0.5)
        let upDelay = CUSUMCalibration.averageRunLength(p0: 0.3, p1: 0.6, threshold: up, trueRate: 0.5)
        #expect(abs(downDelay / upDelay - 1) < 1e-9)
    }

    @Test("thresholds grow with the wanted run length")
    func monotoneInARL() {
        let thresholds = [100.0, 1_000, 10_000, 100_000, 1_000_000].map {
            CUSUMCalibration.threshold(p0: 0.05, p1: 0.1, arl0: $0)
        }
        #expect(zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 < $1 })
        // Roughly log(ARL0) apart at this size: the likelihood-ratio CUSUM has ARL0 ≈ C·e^h.
        #expect(abs((thresholds[4] - thresholds[3]) - log(10)) < 0.15)
    }

    @Test("run lengths shrink as the true rate moves towards the design")
    func runLengthsShrinkAfterChange() {
        let h = CUSUMCalibration.threshold(p0: 0.05, p1: 0.1, arl0: 10_000)
        let rates = [0.05, 0.07, 0.1, 0.15, 0.3, 0.6, 1.0]
        let lengths = rates.map { CUSUMCalibration.averageRunLength(p0: 0.05, p1: 0.1, threshold: h, trueRate: $0) }
        #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0 > $1 })
        // All lies: log 2 per sample, so ⌈h / log 2⌉ samples exactly.
        #expect(lengths.last == (h / log(2.0)).rounded(.up))
        // An upward chart never alarms on a stream without lies; a downward one does, quickly.
        #expect(CUSUMCalibration.averageRunLength(p0: 0.05, p1: 0.1, threshold: h, trueRate: 0) == .infinity)
        let lower = CUSUMCalibration.threshold(p0: 0.05, p1: 0.025, arl0: 10_000)
        let silent = CUSUMCalibration.averageRunLength(p0: 0.05, p1: 0.025, threshold: lower, trueRate: 0)
        #expect(silent < 300)
    }

    @Test("the lattice ARL agrees with simulated exact charts")
    func agreesWithSimulation() {
        // One-sided chart 0.3 → 0.6 at ARL0 = 300: 3,000 simulated runs, standard error ≈ 1.8 %.
        let p0 = 0.3
        let p1 = 0.6
        let h = CUSUMCalibration.threshold(p0: p0, p1: p1, arl0: 300)
        let exact = CUSUMCalibration.averageRunLength(p0: p0, p1: p1, threshold: h, trueRate: p0)
        let success = log(p1 / p0)
        let failure = log((1 - p1) / (1 - p0))
        var random = SplitMix64(seed: 42)
        var total = 0
        let runs = 3_000
        for _ in 0..<runs {
            var statistic = 0.0
            for step in 1...1_000_000 {
                statistic = max(0, statistic + (random.bernoulli(p0) ? success : failure))
                if statistic >= h {
                    total += step
                    break
                }
            }
        }
        let simulated = Double(total) / Double(runs)
        #expect(abs(simulated / exact - 1) < 0.08)
    }
}

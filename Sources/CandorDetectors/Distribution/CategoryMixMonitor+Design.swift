/// The test a warm-up's counts call for, and its calibration by simulation.
extension CategoryMixMonitor {
    /// The categories (``other`` last), their baseline weights and the window size for the warm-up's `counts`: a
    /// category is kept when it would be expected ``minimumExpected`` times in the largest window, the rest (and
    /// any category named ``other``) pool into ``other``, which gets half a sample more so that unseen categories
    /// have a positive share; W is 5 over the rarest kept share, within ``windowRange`` and at most `arl0` / 4.
    static func design(
        _ counts: [String: Int],
        arl0: Double
    ) -> (categories: [String], weights: [Double], windowSize: Int) {
        let largest = max(2, min(windowRange.upperBound, Int(arl0 / 4)))
        let smallest = min(windowRange.lowerBound, largest)
        let total = Double(counts.values.reduce(0, +))
        let ranked = counts.filter { $0.key != other }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        var kept = ranked.filter { Double($0.value) / total * Double(largest) >= minimumExpected }
        if kept.isEmpty, let first = ranked.first {
            kept = [first]
        }
        let pooled = total - Double(kept.reduce(0) { $0 + $1.value })
        let rarest = kept.map { Double($0.value) / total }.min() ?? 1
        let windowSize = min(largest, max(smallest, Int((minimumExpected / rarest).rounded(.up))))
        return (kept.map(\.key) + [other], kept.map { Double($0.value) } + [pooled + 0.5], windowSize)
    }

    /// The χ² value a window of `windowSize` samples of the mix `weights` exceeds with probability at most
    /// W / `arl0`, found by simulating windows (seeded, so every run agrees), and the asymptotic p-value level
    /// that alarms on exactly the statistics above it.
    static func calibrate(weights: [Double], windowSize: Int, arl0: Double) -> (critical: Double, level: Double) {
        let total = weights.reduce(0, +)
        let baseline = weights.map { $0 / total }
        var cumulative: [Double] = []
        var running = 0.0
        for share in baseline {
            running += share
            cumulative.append(running)
        }
        let alpha = min(0.25, Double(windowSize) / arl0)
        // About 50 simulated false alarms pin the quantile; two million draws bound the cost.
        let windows = max(1_000, min(Int(50 / alpha), 2_000_000 / windowSize))
        var random = SplitMix64(seed: 0x4341_4E44_4F52)
        var statistics: [Double] = []
        statistics.reserveCapacity(windows)
        var counts = Array(repeating: 0, count: baseline.count)
        for _ in 0..<windows {
            for index in counts.indices { counts[index] = 0 }
            for _ in 0..<windowSize {
                let u = random.unit()
                counts[cumulative.firstIndex { u < $0 } ?? counts.count - 1] += 1
            }
            statistics.append(CategoryMixTest.test(counts: counts, baseline: baseline).statistic)
        }
        statistics.sort(by: >)
        let critical = statistics[min(statistics.count - 1, Int(alpha * Double(windows)))]
        // Alarm strictly above the simulated quantile: statistics tie on a lattice, and a tie must not alarm.
        let pValue = ChiSquared.survival(critical, degreesOfFreedom: baseline.count - 1)
        let level = min(0.5, max(Double.leastNormalMagnitude, pValue * (1 - 1e-9)))
        return (critical, level)
    }
}

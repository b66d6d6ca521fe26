import Foundation
import Testing

@testable import CandorDetectors

/// The measurement behind Docs/detectors.md's figures for rare rates: false alarms by direction of the default
/// yes/no monitor after a 500-sample warm-up, and its detection delays, over many seeded warm-ups. It takes
/// minutes, so it runs only when `CANDOR_DETECTOR_FIGURES` is set (`CANDOR_DETECTOR_FIGURES=1 swift test
/// --skip-build --filter RareRateFigures`); it prints tables and asserts nothing.
@Suite(
    "rare-rate figures",
    .enabled(if: ProcessInfo.processInfo.environment["CANDOR_DETECTOR_FIGURES"] != nil),
    .serialized
)
struct RareRateFigures {
    /// The warm-up the daemon uses by default.
    static let warmup = 500
    /// The false-alarm budget asked for.
    static let arl0 = 10_000.0
    /// Seeds (warm-ups) per rate.
    static let seeds = Int(ProcessInfo.processInfo.environment["CANDOR_DETECTOR_FIGURES_SEEDS"] ?? "") ?? 100
    /// Calibrations shared between seeds whose warm-ups saw equal counts.
    static let cache = ThresholdCache()

    /// A monitor whose warm-up of `warmup` samples was drawn at `rate` from `random`, with its detector installed.
    static func monitor(rate: Double, random: inout SplitMix64) -> BernoulliSignalMonitor {
        var monitor = BernoulliSignalMonitor(warmup: warmup, arl0: arl0)
        for _ in 0..<warmup {
            _ = monitor.observe(random.bernoulli(rate), deferringCalibration: true)
        }
        if let request = monitor.calibrationRequest {
            monitor.install(cache.detector(for: request))
        }
        return monitor
    }

    /// The direction of the alarm `x` raises in `monitor`, if any.
    static func alarm(_ monitor: inout BernoulliSignalMonitor, _ x: Bool) -> ChangeDirection? {
        guard case .alarm(let alarm, _, _) = monitor.observe(x) else { return nil }
        return alarm.direction
    }

    /// Mean, standard deviation, minimum and maximum of `values`, formatted.
    static func summary(_ values: [Double]) -> String {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, values.count - 1))
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        return String(format: "%.1f ± %.1f (%.0f–%.0f)", mean, variance.squareRoot(), low, high)
    }

    @Test("false alarms per 200,000 in-control samples, by direction, after a 500-sample warm-up")
    func falseAlarms() {
        let samples = 200_000
        print("| true rate | up | down | all | seeds over 20 |")
        print("|---|---|---|---|---|")
        for rate in [0.0005, 0.001, 0.002, 0.005, 0.01, 0.05] {
            var up: [Double] = []
            var down: [Double] = []
            for seed in 0..<Self.seeds {
                var random = SplitMix64(seed: UInt64(seed) &+ UInt64(rate * 1e6) &* 1_000_003)
                var monitor = Self.monitor(rate: rate, random: &random)
                var counts: [ChangeDirection: Int] = [:]
                for _ in 0..<samples {
                    if let direction = Self.alarm(&monitor, random.bernoulli(rate)) {
                        counts[direction, default: 0] += 1
                    }
                }
                up.append(Double(counts[.up] ?? 0))
                down.append(Double(counts[.down] ?? 0))
            }
            let all = zip(up, down).map { $0 + $1 }
            let over = all.filter { $0 > Double(samples) / Self.arl0 }.count
            print(
                "| \(rate) | \(Self.summary(up)) | \(Self.summary(down)) | \(Self.summary(all)) | \(over)/\(Self.seeds) |"
            )
        }
    }

    @Test("samples from a step to the first alarm in its direction, after a 500-sample warm-up and 5,000 more")
    func delays() {
        let prefix = 5_000
        let limit = 200_000
        print("| step | mean delay | median | p90 | missed | false alarms before the step |")
        print("|---|---|---|---|---|---|")
        for (before, after) in [(0.002, 0.01), (0.01, 0.03), (0.5, 0.25), (0.05, 0.1)] {
            var delays: [Int] = []
            var missed = 0
            var early = 0
            for seed in 0..<Self.seeds {
                var random = SplitMix64(seed: UInt64(seed) &+ 77_000_000 &+ UInt64(before * 1e6))
                var monitor = Self.monitor(rate: before, random: &random)
                for _ in 0..<prefix where Self.alarm(&monitor, random.bernoulli(before)) != nil {
                    early += 1
                }
                let wanted: ChangeDirection = after > before ? .up : .down
                let delay = (1...limit).first { _ in Self.alarm(&monitor, random.bernoulli(after)) == wanted }
                if let delay { delays.append(delay) } else { missed += 1 }
            }
            delays.sort()
            let mean = Double(delays.reduce(0, +)) / Double(max(1, delays.count))
            let median = delays.isEmpty ? 0 : delays[delays.count / 2]
            let p90 = delays.isEmpty ? 0 : delays[delays.count * 9 / 10]
            print("| \(before) → \(after) | \(Int(mean)) | \(median) | \(p90) | \(missed)/\(Self.seeds) | \(early) |")
        }
    }
}

extension RareRateFigures {
    @Test("the fewest successes in a warm-up that give the default chart a downward side")
    func smallestCountWithAFall() {
        let arl0 = FalseAlarmBudget.designARL(for: Self.arl0)
        for trials in [100, 500, 2_000] {
            let smallest = (1...trials).first { successes in
                let warmup = Proportion(successes: successes, trials: trials)
                let p0 = BaselineEstimator(completed: warmup).p0 ?? 0
                return BernoulliMultiCUSUM.watchedDirections(p0: p0, estimatedFrom: warmup, arl0: arl0).contains(.down)
            }
            print("warm-up \(trials): a downward side from \(smallest.map(String.init) ?? "never") successes")
        }
    }
}

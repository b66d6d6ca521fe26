import ArgumentParser
import CandorDetectors
import Foundation

/// `candor-bench detectors`: what one update of each detector costs, and what its calibration costs.
///
/// Each detector runs over the same pre-generated in-control stream (so the loop measures updates, not
/// random numbers); the figure is the best of several repetitions, in nanoseconds per update, with a loop
/// that only sums the stream measured in the same run as the floor. Calibration is timed once per detector.
struct DetectorsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detectors",
        abstract: "Nanoseconds per update and calibration time of every detector."
    )

    @Option(help: "Samples per repetition.")
    var samples = 10_000_000

    @Option(help: "Repetitions; the best is reported.")
    var repetitions = 5

    @Option(help: "The in-control average run length the detectors are calibrated for.")
    var arl0 = 10_000.0

    func run() {
        var random = SplitMix64(seed: 42)
        let outcomes = (0..<samples).map { _ in random.bernoulli(0.05) }
        let scores = (0..<samples).map { _ in 0.5 + 0.1 * random.normal() }
        print("## Detector cost (\(samples) in-control samples, best of \(repetitions), arl0 = \(Int(arl0)))\n")
        print("| detector | calibration (ms) | ns / update | alarms |")
        print("|---|---|---|---|")
        print(row("floor: sum the 0/1 stream", calibration: .zero, time(outcomes.reduce(0) { $0 + ($1 ? 1 : 0) })))
        for name in RateDetectorName.allCases {
            let clock = ContinuousClock()
            let start = clock.now
            let detector = AnyRateDetector(name, p0: 0.05, estimatedFrom: nil, arl0: arl0)
            let calibration = clock.now - start
            print(
                row(
                    "\(name.rawValue) (0/1, p0 = 0.05)",
                    calibration: calibration,
                    time(Self.alarms(detector, outcomes))
                )
            )
        }
        let single = BernoulliCUSUM(p0: 0.05, arl0: arl0)
        print(row("cusum, concrete type (no enum dispatch)", calibration: .zero, time(Self.alarms(single, outcomes))))
        print(row("floor: sum the score stream", calibration: .zero, time(Int(scores.reduce(0, +)))))
        for name in ScoreDetectorName.allCases {
            let clock = ContinuousClock()
            let start = clock.now
            let detector = AnyScoreDetector(
                name,
                baseline: ScoreSummary(count: 0, mean: 0.5, standardDeviation: 0.1),
                estimated: false,
                arl0: arl0
            )
            let calibration = clock.now - start
            print(row("\(name.rawValue) (N(0.5, 0.1²))", calibration: calibration, time(Self.alarms(detector, scores))))
        }
    }

    /// The best time of `repetitions` runs of `body`, and its result.
    private func time(_ body: @autoclosure () -> Int) -> (nanoseconds: Double, result: Int) {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        var result = 0
        for _ in 0..<repetitions {
            let start = clock.now
            result = body()
            best = min(best, clock.now - start)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
        return (seconds * 1e9 / Double(samples), result)
    }

    private func row(_ name: String, calibration: Duration, _ measured: (nanoseconds: Double, result: Int)) -> String {
        let milliseconds =
            Double(calibration.components.seconds) * 1e3 + Double(calibration.components.attoseconds) * 1e-15
        return
            "| \(name) | \(String(format: "%.0f", milliseconds)) | \(String(format: "%.1f", measured.nanoseconds)) | \(measured.result) |"
    }

    private static func alarms<Detector: RateDetector>(_ detector: Detector, _ stream: [Bool]) -> Int {
        var detector = detector
        return count(stream) { detector.update($0) != nil }
    }

    private static func alarms<Detector: ScoreDetector>(_ detector: Detector, _ stream: [Double]) -> Int {
        var detector = detector
        return count(stream) { detector.update($0) != nil }
    }

    /// How many samples of `stream` make `alarms` true.
    @inline(__always)
    private static func count<Sample>(_ stream: [Sample], _ alarms: (Sample) -> Bool) -> Int {
        var count = 0
        for sample in stream where alarms(sample) {
            count += 1
        }
        return count
    }
}

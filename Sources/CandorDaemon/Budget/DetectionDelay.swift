import CandorDetectors

/// How many samples a yes/no signal's detector takes to alarm after its rate changes: the average run length at
/// the changed rate of the detector the daemon would calibrate after a warm-up at the baseline rate (the same
/// ``CalibrationRequest``, so a ``ThresholdCache`` the daemon filled is used as it is).
///
/// For the CUSUM charts (the default multi-CUSUM and the single CUSUM) the run length is exact, on the lattice
/// Markov chain of ``CUSUMCalibration``: for the multi-CUSUM it is that of its fastest upward side, which bounds the
/// whole chart's from above (the chart alarms when any side does). For the other detectors it is the mean of
/// ``simulatedRuns`` seeded simulations, so the same inputs always give the same answer.
public enum DetectionDelay {
    /// The simulated runs averaged for a detector without an exact run length.
    public static let simulatedRuns = 200
    /// The longest simulated run, in samples: a run that has not alarmed by then counts as this long.
    public static let longestRun = 200_000

    /// The expected samples from a change of the rate from `p0` to `p1` until `name` alarms, calibrated for
    /// `arl0` after a warm-up of `warmup` samples at `p0`; `cache` holds (and receives) the calibrations.
    public static func samples(
        _ name: RateDetectorName,
        p0: Double,
        p1: Double,
        warmup: Int,
        arl0: Double,
        cache: ThresholdCache
    ) -> Double {
        let counts = Proportion(successes: Int((p0 * Double(warmup)).rounded()), trials: max(1, warmup))
        guard case .rate(let detector) = cache.detector(for: .rate(name, warmup: counts, arl0: arl0)) else {
            return .infinity
        }
        let rate = min(max(p1, 0), 1)
        switch detector {
        case .multiCUSUM(let chart):
            let upward = chart.sides.filter { $0.direction == .up }
            return
                upward.map {
                    CUSUMCalibration.averageRunLength(
                        p0: chart.p0,
                        p1: $0.designRate,
                        threshold: $0.threshold,
                        trueRate: rate
                    )
                }
                .min() ?? .infinity
        case .cusum(let chart):
            return CUSUMCalibration.averageRunLength(
                p0: chart.p0,
                p1: chart.p1Up,
                threshold: chart.upperThreshold,
                trueRate: rate
            )
        default:
            return simulated(detector, rate: rate)
        }
    }

    /// The mean run length of `detector` on Bernoulli(`rate`) samples over ``simulatedRuns`` seeded runs.
    static func simulated(_ detector: AnyRateDetector, rate: Double) -> Double {
        var generator = CandorDetectors.SplitMix64(seed: 0x5EED_CA4D)
        var total = 0
        for _ in 0..<simulatedRuns {
            var chart = detector
            chart.reset()
            var length = 0
            while length < longestRun {
                length += 1
                if chart.update(generator.bernoulli(rate)) != nil { break }
            }
            total += length
        }
        return Double(total) / Double(simulatedRuns)
    }
}

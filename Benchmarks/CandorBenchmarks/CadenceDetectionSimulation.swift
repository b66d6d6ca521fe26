import CandorDaemon
import CandorDetectors

/// The time and samples from a lie-rate jump (10% to 30%) to the alarm of the default rate detector, under the
/// regular cadence and under `settings`, over many seeds: the live benchmark's three runs show how far one run
/// varies, this shows the medians. Each seed warms up and calibrates one detector that both cadences copy; both see
/// the same outcome of the n-th sample; the jump comes `settle` after monitoring starts, on each cadence's own clock.
/// Alarms before the jump (false ones) restart the detector and are not counted.
struct CadenceDetectionSimulation {
    let settings: Configuration.Cadence
    let runs: Int
    /// The probe's own interval.
    let regular: Duration
    /// Time from the start of monitoring to the jump.
    let settle: Duration

    /// Per cadence (regular, then `settings`): the median minutes and samples from the jump to the alarm.
    func run() -> [(minutes: Double, samples: Double)] {
        var minutes: [[Double]] = [[], []]
        var samples: [[Double]] = [[], []]
        for seed in 1...max(1, runs) {
            var random = SplitMix64(seed: UInt64(seed))
            let warmed = PacedMonitor(settings: .regular, interval: regular, random: &random).warmed
            let draws = (0..<20_000).map { _ in random.unit() }
            for (index, cadence) in [Configuration.Cadence.regular, settings].enumerated() {
                var paced = PacedMonitor(warmed: warmed, settings: cadence, interval: regular)
                guard let detection = Self.detect(paced: &paced, draws: draws, settle: settle.timeInterval)
                else { continue }
                minutes[index].append(detection.seconds / 60)
                samples[index].append(Double(detection.samples))
            }
        }
        return (0..<2).map { (Self.median(minutes[$0]), Self.median(samples[$0])) }
    }

    /// Runs `paced` over `draws` (uniform in [0, 1): a lie below the rate of the moment) until its first alarm after
    /// the jump at `settle` seconds; the seconds and samples from the jump to that alarm.
    private static func detect(
        paced: inout PacedMonitor,
        draws: [Double],
        settle: Double
    )
        -> (seconds: Double, samples: Int)?
    {
        var clock = 0.0
        var afterJump = 0
        for draw in draws {
            let jumped = clock >= settle
            let rate = jumped ? 0.3 : 0.1
            let step = paced.observe(lie: draw < rate)
            if jumped { afterJump += 1 }
            if step.alarm, jumped { return (clock - settle, afterJump) }
            clock += step.wait
        }
        return nil
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count.isMultiple(of: 2)
            ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
    }
}

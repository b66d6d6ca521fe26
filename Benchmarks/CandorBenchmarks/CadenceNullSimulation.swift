import CandorDaemon
import CandorDetectors
import Foundation

/// The false alarms of the default rate detector, calibrated for arl0 10,000 after a 500-sample warm-up, on null
/// data (10% lies that never change), with each sample's time taken from the pacing rule of `settings`: the
/// flagship's interval (`regular`), or the faster near-threshold one while a statistic is past `alert_fraction` of
/// its threshold (``SamplingCadence``). The per-sample calibration is the same either way; what changes is how
/// many samples a day sees.
struct CadenceNullSimulation {
    let settings: Configuration.Cadence
    let samples: Int
    /// The probe's own interval.
    let regular: Duration
    var seed: UInt64 = 20

    /// False alarms per 10,000 samples, samples per day, false alarms per day.
    func run() -> (perTenThousand: Double, samplesPerDay: Double, perDay: Double) {
        var random = SplitMix64(seed: seed)
        var monitor = SignalMonitor.rate(BernoulliSignalMonitor(warmup: 500, arl0: 10_000))
        for _ in 0..<500 { _ = monitor.observe(random.bernoulli(0.1) ? 1 : 0) }
        let cadence = SamplingCadence(settings: settings)
        let fast = cadence.interval(regular: regular, for: .nearThreshold, floor: .zero).timeInterval
        let regular = regular.timeInterval
        var alarms = 0
        var seconds = 0.0
        for _ in 0..<samples {
            let event = monitor.observe(random.bernoulli(0.1) ? 1 : 0)
            if event?.isAlarm == true { alarms += 1 }
            let nearest =
                monitor.readings.compactMap { reading in
                    reading.threshold.map { reading.statistic / $0 }
                }.max() ?? 0
            seconds += cadence.need(for: SignalProximity(nearest: nearest)) == .nearThreshold ? fast : regular
        }
        let days = seconds / 86_400
        return (Double(alarms) / Double(samples) * 10_000, Double(samples) / days, Double(alarms) / days)
    }
}

import CandorDaemon
import CandorDetectors
import Foundation

/// The false alarms of the default rate detector on null data (10% lies that never change), each sample's time taken
/// from the pacing rule of `settings` (``PacedMonitor``). The per-sample calibration is the same either way; what
/// changes is how many samples a day sees.
struct CadenceNullSimulation {
    let settings: Configuration.Cadence
    let samples: Int
    /// The probe's own interval.
    let regular: Duration
    var seed: UInt64 = 20

    /// False alarms per 10,000 samples, samples per day, false alarms per day.
    func run() -> (perTenThousand: Double, samplesPerDay: Double, perDay: Double) {
        var random = SplitMix64(seed: seed)
        var paced = PacedMonitor(settings: settings, interval: regular, random: &random)
        var alarms = 0
        var seconds = 0.0
        for _ in 0..<samples {
            let step = paced.observe(lie: random.bernoulli(0.1))
            if step.alarm { alarms += 1 }
            seconds += step.wait
        }
        let days = seconds / 86_400
        return (Double(alarms) / Double(samples) * 10_000, Double(samples) / days, Double(alarms) / days)
    }
}

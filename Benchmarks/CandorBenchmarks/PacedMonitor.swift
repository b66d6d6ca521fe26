import CandorDaemon
import CandorDetectors

/// The default rate detector, calibrated for arl0 10,000 after a 500-sample warm-up at a lie rate of 10%, with each
/// sample's spacing taken from the pacing rule of a `cadence:` setting (``SamplingCadence``): the probe's own
/// interval, or the faster near-threshold one while a statistic is past `alert_fraction` of its threshold. The
/// simulations of ``CadenceNullSimulation`` and ``CadenceDetectionSimulation`` share it, so that both pace alike.
struct PacedMonitor {
    private var monitor: SignalMonitor
    private let cadence: SamplingCadence
    private let regular: Double
    private let fast: Double

    /// A monitor warmed up on 500 samples at 10% from `random`, paced by `settings` around `interval`.
    init(settings: Configuration.Cadence, interval: Duration, random: inout SplitMix64) {
        var monitor = SignalMonitor.rate(BernoulliSignalMonitor(warmup: 500, arl0: 10_000))
        for _ in 0..<500 { _ = monitor.observe(random.bernoulli(0.1) ? 1 : 0) }
        self.init(warmed: monitor, settings: settings, interval: interval)
    }

    /// `monitor`, already warmed up and calibrated, paced by `settings` around `interval`.
    init(warmed monitor: SignalMonitor, settings: Configuration.Cadence, interval: Duration) {
        self.monitor = monitor
        cadence = SamplingCadence(settings: settings)
        regular = interval.timeInterval
        fast = cadence.interval(regular: interval, for: .nearThreshold, floor: .zero).timeInterval
    }

    /// The monitor itself, to share one calibration between paced copies.
    var warmed: SignalMonitor { monitor }

    /// Observes one sample; whether it raised an alarm, and the seconds until the next sample under the pacing rule.
    mutating func observe(lie: Bool) -> (alarm: Bool, wait: Double) {
        let alarm = monitor.observe(lie ? 1 : 0)?.isAlarm == true
        let nearest =
            monitor.readings.compactMap { reading in
                reading.threshold.map { reading.statistic / $0 }
            }.max() ?? 0
        let need = cadence.need(for: SignalProximity(nearest: nearest))
        return (alarm, need == .nearThreshold ? fast : regular)
    }
}

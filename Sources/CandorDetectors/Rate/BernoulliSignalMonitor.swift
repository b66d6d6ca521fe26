/// Everything the daemon keeps for one yes/no signal (such as "the model lied" per probe response): a warm-up
/// that learns the baseline rate, then a detector that watches for drift from it.
///
/// The value is its whole state: encode it to persist the monitor and decode it to carry on exactly where it
/// stopped.
public struct BernoulliSignalMonitor: Sendable, Codable, Equatable {
    /// The detector built after the warm-up.
    public let detectorName: RateDetectorName
    /// The false-alarm budget: at most one false alarm per `arl0` in-control samples (see ``FalseAlarmBudget``).
    public let arl0: Double
    /// The baseline: the warm-up outcomes and the rate learned from them.
    public private(set) var baseline: BaselineEstimator
    /// The detector, once the warm-up is over.
    public private(set) var detector: AnyRateDetector?

    /// Creates a monitor that learns its baseline from `warmup` outcomes (at least 1) and then runs
    /// `detector`, calibrated for at most one false alarm per `arl0` samples (within
    /// ``FalseAlarmBudget/arl0Range``, checked here).
    public init(warmup: Int, arl0: Double = 10_000, detector: RateDetectorName = .default) {
        precondition(FalseAlarmBudget.arl0Range.contains(arl0), "arl0 must lie in \(FalseAlarmBudget.arl0Range)")
        self.arl0 = arl0
        detectorName = detector
        baseline = BaselineEstimator(warmup: warmup)
    }

    /// Creates a monitor that skips the warm-up: its baseline is pinned to `baseline` (for example imported
    /// from an exported file) and its detector is calibrated at once, allowing for the uncertainty of a rate
    /// estimated from those counts.
    public init(pinned baseline: Proportion, arl0: Double = 10_000, detector: RateDetectorName = .default) {
        self.init(warmup: max(1, baseline.trials), arl0: arl0, detector: detector)
        self.baseline = BaselineEstimator(completed: baseline)
        self.detector = AnyRateDetector(detector, p0: self.baseline.p0 ?? 0.5, estimatedFrom: baseline, arl0: arl0)
    }

    /// Whether the warm-up is over and the detector runs.
    public var isMonitoring: Bool {
        detector != nil
    }

    /// Feeds one outcome. Returns `.baselineLearned` on the outcome that completes the warm-up (the detector is
    /// calibrated then, which takes up to a second or two), `.alarm` when the detector alarms in a direction the
    /// baseline can move in (a rate learned as 0 cannot fall, one learned as 1 cannot rise), and nil otherwise.
    /// After an alarm the detector restarts from zero against the same baseline.
    public mutating func observe(_ x: Bool) -> SignalEvent? {
        // Taking the detector out leaves it uniquely referenced, so it updates in place.
        guard var running = detector.take() else {
            baseline.add(x)
            guard let p0 = baseline.p0 else {
                return nil
            }
            let detector = AnyRateDetector(detectorName, p0: p0, estimatedFrom: baseline.observed, arl0: arl0)
            self.detector = detector
            return .baselineLearned(baseline.observed, p0: detector.p0)
        }
        let alarm = running.update(x)
        detector = running
        // A detector other than the multi-design CUSUM watches both ways whatever the baseline (and a chart
        // persisted by an older version may too): an alarm the baseline cannot move in is dropped.
        guard let alarm, baseline.observed.canMove(alarm.direction) else {
            return nil
        }
        return .alarm(alarm, baseline: baseline.observed, current: alarm.run)
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length, e.g. after the
    /// model behind the signal changed.
    public mutating func restartWarmup() {
        baseline = BaselineEstimator(warmup: baseline.warmup)
        detector = nil
    }
}

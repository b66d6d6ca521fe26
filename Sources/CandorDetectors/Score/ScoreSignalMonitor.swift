/// Everything the daemon keeps for one continuous signal (an honesty score, an answer's length): a warm-up
/// that learns the baseline mean and spread, then a detector that watches for drift from them.
///
/// The value is its whole state: encode it to persist the monitor.
public struct ScoreSignalMonitor: Sendable, Codable, Equatable {
    /// The detector built after the warm-up.
    public let detectorName: ScoreDetectorName
    /// The false-alarm budget: at most one false alarm per `arl0` in-control samples (see ``FalseAlarmBudget``).
    public let arl0: Double
    /// The baseline: the warm-up samples' summary.
    public private(set) var baseline: ScoreBaselineEstimator
    /// The detector, once the warm-up is over.
    public private(set) var detector: AnyScoreDetector?

    /// Creates a monitor that learns its baseline from `warmup` samples (at least 2) and then runs `detector`
    /// calibrated for at most one false alarm per `arl0` samples (within ``FalseAlarmBudget/arl0Range``).
    public init(warmup: Int, arl0: Double = 10_000, detector: ScoreDetectorName = .default) {
        precondition(FalseAlarmBudget.arl0Range.contains(arl0), "arl0 must lie in \(FalseAlarmBudget.arl0Range)")
        self.arl0 = arl0
        detectorName = detector
        baseline = ScoreBaselineEstimator(warmup: max(2, warmup))
    }

    /// Creates a monitor whose baseline is pinned to `baseline` (at least 2 samples), skipping the warm-up.
    public init(pinned baseline: ScoreSummary, arl0: Double = 10_000, detector: ScoreDetectorName = .default) {
        self.init(warmup: max(2, baseline.count), arl0: arl0, detector: detector)
        self.baseline = ScoreBaselineEstimator(completed: baseline)
        self.detector = AnyScoreDetector(detector, baseline: baseline, estimated: true, arl0: arl0)
    }

    /// Whether the warm-up is over and the detector runs.
    public var isMonitoring: Bool {
        detector != nil
    }

    /// Feeds one value; `.scoreBaselineLearned` when it completes the warm-up, `.scoreAlarm` when the detector
    /// alarms (it then restarts against the same baseline), nil otherwise. Non-finite values are ignored.
    public mutating func observe(_ x: Double) -> SignalEvent? {
        guard x.isFinite else {
            return nil
        }
        // Taking the detector out leaves it uniquely referenced, so it updates in place.
        guard var running = detector.take() else {
            baseline.add(x)
            guard baseline.isComplete else {
                return nil
            }
            detector = AnyScoreDetector(detectorName, baseline: baseline.observed, estimated: true, arl0: arl0)
            return .scoreBaselineLearned(baseline.observed)
        }
        let alarm = running.update(x)
        detector = running
        return alarm.map { .scoreAlarm($0, baseline: baseline.observed) }
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length.
    public mutating func restartWarmup() {
        baseline = ScoreBaselineEstimator(warmup: baseline.warmup)
        detector = nil
    }
}

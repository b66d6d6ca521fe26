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
    /// With `deferringCalibration`, it waits for ``install(_:)`` instead of calibrating its detector here.
    public init(
        pinned baseline: ScoreSummary,
        arl0: Double = 10_000,
        detector: ScoreDetectorName = .default,
        deferringCalibration: Bool = false
    ) {
        self.init(warmup: max(2, baseline.count), arl0: arl0, detector: detector)
        self.baseline = ScoreBaselineEstimator(completed: baseline)
        if !deferringCalibration, let request = calibrationRequest {
            install(request.calibrate())
        }
    }

    /// Whether the warm-up is over and the detector runs.
    public var isMonitoring: Bool {
        detector != nil
    }

    /// Values that arrived after the warm-up while the detector was being calibrated elsewhere (see
    /// ``observe(_:deferringCalibration:)``): kept in the state, so a restart loses none, and fed to the detector
    /// in order ahead of the first value after it is installed. Nil when none wait.
    public private(set) var pending: [Double]?

    /// What the detector needs calibrated: non-nil from the end of the warm-up until ``install(_:)``.
    public var calibrationRequest: CalibrationRequest? {
        guard detector == nil, baseline.isComplete else { return nil }
        return .score(detectorName, baseline: baseline.observed, arl0: arl0)
    }

    /// Feeds one value; `.scoreBaselineLearned` when it completes the warm-up, `.scoreAlarm` when the detector
    /// alarms (it then restarts against the same baseline), nil otherwise. Non-finite values are ignored.
    public mutating func observe(_ x: Double) -> SignalEvent? {
        observe(x, deferringCalibration: false).last
    }

    /// Feeds one value, and returns what it and any ``pending`` values fed before it found, in order; a
    /// non-finite value is ignored. `deferringCalibration` as in ``BernoulliSignalMonitor/observe(_:deferringCalibration:)``.
    public mutating func observe(_ x: Double, deferringCalibration: Bool) -> [SignalEvent] {
        guard x.isFinite else {
            return []
        }
        // Taking the detector out leaves it uniquely referenced, so it updates in place.
        guard var running = detector.take() else {
            if let request = calibrationRequest {
                guard deferringCalibration else {
                    install(request.calibrate())
                    return observe(x, deferringCalibration: false)
                }
                pending = (pending ?? []) + CollectionOfOne(x)
                return []
            }
            baseline.add(x)
            guard baseline.isComplete else {
                return []
            }
            if !deferringCalibration {
                detector = AnyScoreDetector(detectorName, baseline: baseline.observed, estimated: true, arl0: arl0)
            }
            return [.scoreBaselineLearned(baseline.observed)]
        }
        var events: [SignalEvent] = []
        for value in (pending.take() ?? []) + CollectionOfOne(x) {
            if let alarm = running.update(value) {
                events.append(.scoreAlarm(alarm, baseline: baseline.observed))
            }
        }
        detector = running
        return events
    }

    /// Installs the detector calibrated for ``calibrationRequest``; ignored unless the monitor waits for one or
    /// if `calibrated` is not a continuous detector.
    public mutating func install(_ calibrated: CalibratedDetector) {
        guard calibrationRequest != nil, case .score(let detector) = calibrated else { return }
        self.detector = detector
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length.
    public mutating func restartWarmup() {
        baseline = ScoreBaselineEstimator(warmup: baseline.warmup)
        detector = nil
        pending = nil
    }
}

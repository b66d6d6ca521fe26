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
    /// estimated from those counts; with `deferringCalibration`, it waits for ``install(_:)`` instead.
    public init(
        pinned baseline: Proportion,
        arl0: Double = 10_000,
        detector: RateDetectorName = .default,
        deferringCalibration: Bool = false
    ) {
        self.init(warmup: max(1, baseline.trials), arl0: arl0, detector: detector)
        self.baseline = BaselineEstimator(completed: baseline)
        if !deferringCalibration, let request = calibrationRequest {
            install(request.calibrate())
        }
    }

    /// Whether the warm-up is over and the detector runs.
    public var isMonitoring: Bool {
        detector != nil
    }

    /// Outcomes that arrived after the warm-up while the detector was being calibrated elsewhere (see
    /// ``observe(_:deferringCalibration:)``): kept in the state, so a restart loses none, and fed to the detector
    /// in order ahead of the first outcome after it is installed. Nil when none wait.
    public private(set) var pending: [Bool]?

    /// What the detector needs calibrated: non-nil from the end of the warm-up until ``install(_:)``.
    public var calibrationRequest: CalibrationRequest? {
        guard detector == nil, baseline.isComplete else { return nil }
        return .rate(detectorName, warmup: baseline.observed, arl0: arl0)
    }

    /// Feeds one outcome. Returns `.baselineLearned` on the outcome that completes the warm-up (the detector is
    /// calibrated then, which takes up to a second or two), `.alarm` when the detector alarms in a direction the
    /// baseline can move in (a rate learned as 0 cannot fall, one learned as 1 cannot rise) and its warm-up can
    /// tell from its own noise (one lie in 500 samples cannot show a fall to half), and nil otherwise.
    /// After an alarm the detector restarts from zero against the same baseline.
    public mutating func observe(_ x: Bool) -> SignalEvent? {
        observe(x, deferringCalibration: false).last
    }

    /// Feeds one outcome, and returns what it and any ``pending`` outcomes fed before it found, in order.
    ///
    /// With `deferringCalibration`, the outcome that completes the warm-up does not calibrate the detector:
    /// the caller calibrates ``calibrationRequest`` elsewhere and hands the result to ``install(_:)``, and the
    /// outcomes that arrive meanwhile wait in ``pending``. Without it, a monitor still waiting for its detector
    /// calibrates it here.
    public mutating func observe(_ x: Bool, deferringCalibration: Bool) -> [SignalEvent] {
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
            guard let p0 = baseline.p0 else {
                return []
            }
            guard !deferringCalibration else {
                let range = BernoulliCUSUM.rateRange
                return [.baselineLearned(baseline.observed, p0: min(max(p0, range.lowerBound), range.upperBound))]
            }
            let detector = AnyRateDetector(detectorName, p0: p0, estimatedFrom: baseline.observed, arl0: arl0)
            self.detector = detector
            return [.baselineLearned(baseline.observed, p0: detector.p0)]
        }
        var events: [SignalEvent] = []
        for outcome in (pending.take() ?? []) + CollectionOfOne(x) {
            // A detector other than the multi-design CUSUM watches both ways whatever the baseline (and a chart
            // persisted by an older version may too): an alarm the baseline cannot move in, or one its warm-up
            // cannot tell from its own noise, is dropped.
            if let alarm = running.update(outcome), watches(alarm.direction) {
                events.append(.alarm(alarm, baseline: baseline.observed, current: alarm.run))
            }
        }
        detector = running
        return events
    }

    /// Whether an alarm in `direction` is kept: the baseline can move that way, and its warm-up bounds the true
    /// rate away from the multi-design CUSUM's design in that direction
    /// (``BernoulliMultiCUSUM/watchedDirections(p0:estimatedFrom:arl0:upShifts:downShift:)``). Evaluated only when
    /// an alarm is raised, and costs milliseconds at most.
    private func watches(_ direction: ChangeDirection) -> Bool {
        guard baseline.observed.canMove(direction) else { return false }
        guard direction == .up || direction == .down, let p0 = baseline.p0 else { return true }
        return BernoulliMultiCUSUM.watchedDirections(
            p0: p0,
            estimatedFrom: baseline.observed,
            arl0: FalseAlarmBudget.designARL(for: arl0)
        ).contains(direction)
    }

    /// Installs the detector calibrated for ``calibrationRequest``; ignored unless the monitor waits for one
    /// (a calibration that arrives after the warm-up restarted is stale) or `calibrated` is not a rate detector.
    public mutating func install(_ calibrated: CalibratedDetector) {
        guard calibrationRequest != nil, case .rate(let detector) = calibrated else { return }
        self.detector = detector
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length, e.g. after the
    /// model behind the signal changed.
    public mutating func restartWarmup() {
        baseline = BaselineEstimator(warmup: baseline.warmup)
        detector = nil
        pending = nil
    }
}

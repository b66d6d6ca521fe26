/// Everything the daemon keeps for one yes/no signal (such as "the model lied" per probe response): a warm-up
/// that learns the baseline rate, then a detector that watches for drift from it.
///
/// A learned baseline keeps learning until the detector first alarms. The outcomes after the warm-up gather
/// in a block. Once the block's settled part (everything older than the detector's open run, which may be a
/// change building up) is at least as large as the baseline, that part is checked against the baseline. When
/// the two agree (the 99.9% Newcombe interval of their difference holds 0) the baseline learns from it, at
/// least doubling, and the detector is calibrated anew for the smaller uncertainty, so its thresholds tighten
/// towards those of a known rate; the statistics gathered so far carry over. A part that disagrees is
/// dropped. At the first alarm learning stops until the next warm-up: a change the detector saw is never
/// learned, so an alert cannot fade because the baseline followed the model, and no outcomes are picked out
/// for their values, which would bias the baseline. A pinned baseline never changes, and detectors that do
/// not track their open run (EWMA, Page-Hinkley, ADWIN, the mixture SPRT) keep the warm-up's baseline, as
/// does a monitor saved before baselines learned.
///
/// The value is its whole state: encode it to persist the monitor and decode it to carry on exactly where it
/// stopped.
public struct BernoulliSignalMonitor: Sendable, Codable, Equatable {
    /// The detector built after the warm-up.
    public let detectorName: RateDetectorName
    /// The in-control average run length of that detector, in samples.
    public let arl0: Double
    /// The baseline: the warm-up outcomes, and every block learned from since.
    public private(set) var baseline: BaselineEstimator
    /// The detector, once the warm-up is over.
    public private(set) var detector: AnyRateDetector?
    /// The outcomes since the warm-up ended or the baseline last learned, waiting to be learned from; nil while
    /// warming up and for a pinned baseline, which never changes.
    public private(set) var block: Proportion?

    /// How sure the check that a block agrees with the baseline must be that they differ before the block is
    /// dropped rather than learned from.
    static let agreementConfidence = 0.999

    /// Creates a monitor that learns its baseline from `warmup` outcomes (at least 1) and then runs
    /// `detector` calibrated for `arl0` (within ``BernoulliCUSUM/arl0Range``, checked here).
    public init(warmup: Int, arl0: Double = 10_000, detector: RateDetectorName = .default) {
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
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
    /// calibrated then, which takes up to a second or two), `.alarm` when the detector alarms, `.baselineGrew`
    /// when the baseline has learned from a block (the detector is calibrated anew), and nil otherwise. After an
    /// alarm the detector restarts from zero against the same baseline.
    public mutating func observe(_ x: Bool) -> SignalEvent? {
        // Taking the detector out leaves it uniquely referenced, so it updates in place.
        guard var running = detector.take() else {
            baseline.add(x)
            guard let p0 = baseline.p0 else {
                return nil
            }
            let detector = AnyRateDetector(detectorName, p0: p0, estimatedFrom: baseline.observed, arl0: arl0)
            self.detector = detector
            block = detector.openRun == nil ? nil : Proportion.none
            return .baselineLearned(baseline.observed, p0: detector.p0)
        }
        let alarm = running.update(x)
        detector = running
        block = block?.adding(x)
        guard let alarm else {
            return learnFromBlockIfDue()
        }
        // Learning ends at the first alarm: neither a change nor the outcomes of a false alarm are learned.
        block = nil
        return .alarm(alarm, baseline: baseline.observed, current: alarm.run)
    }

    /// Learns from the settled part of the block, or drops it, once that part is as large as the baseline. The
    /// settled part is the block without the detector's open run (the outcomes since its earliest statistic was
    /// last zero, which may belong to a change now building up): those stay in the block.
    private mutating func learnFromBlockIfDue() -> SignalEvent? {
        guard let pending = block, pending.trials >= baseline.observed.trials, let previous = detector,
            let open = previous.openRun
        else {
            return nil
        }
        let settled = pending.removingSuffix(open)
        guard settled.trials >= baseline.observed.trials else {
            return nil
        }
        block = pending - settled
        guard Self.agrees(settled, with: baseline.observed) else {
            return nil
        }
        baseline.learn(from: settled)
        guard let p0 = baseline.p0 else {
            return nil
        }
        var detector = AnyRateDetector(detectorName, p0: p0, estimatedFrom: baseline.observed, arl0: arl0)
        detector.carryState(from: previous)
        self.detector = detector
        return .baselineGrew(baseline.observed, p0: detector.p0)
    }

    /// Whether `block` agrees with `baseline`: the 99.9% Newcombe interval of the difference of their rates
    /// holds 0.
    static func agrees(_ block: Proportion, with baseline: Proportion) -> Bool {
        Intervals.newcombeDifference(baseline, block, confidence: agreementConfidence).contains(0)
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length, e.g. after the
    /// model behind the signal changed.
    public mutating func restartWarmup() {
        baseline = BaselineEstimator(warmup: baseline.warmup)
        detector = nil
        block = nil
    }
}

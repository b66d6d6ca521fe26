/// Everything the daemon keeps for one continuous signal (an honesty score, an answer's length): a warm-up
/// that learns the baseline mean and spread, then a detector that watches for drift from them.
///
/// A learned baseline keeps learning until the detector first alarms, as a yes/no signal's does (see
/// ``BernoulliSignalMonitor``): the samples after the warm-up gather in a block, and once the block's
/// settled part (everything older than the detector's open run) is at least as large as the baseline and its
/// mean agrees with the baseline's (Welch's z at most 3.29, two-sided 99.9%), the baseline learns from it and
/// the detector is calibrated anew, carrying over its statistics. The spread is not tested: a test of
/// variances assumes normal tails, which answer lengths do not have, and it would keep the learned spread
/// near the warm-up's; a growing spread is the detector's to catch, and its alarm ends the learning. A pinned
/// baseline never changes, and detectors that do not track their open run (Page-Hinkley, ADWIN, the mixture
/// SPRT) keep the warm-up's baseline.
///
/// The value is its whole state: encode it to persist the monitor.
public struct ScoreSignalMonitor: Sendable, Codable, Equatable {
    /// The detector built after the warm-up.
    public let detectorName: ScoreDetectorName
    /// The in-control average run length of that detector, in samples.
    public let arl0: Double
    /// The baseline: the summary of the warm-up samples and of every block learned from since.
    public private(set) var baseline: ScoreBaselineEstimator
    /// The detector, once the warm-up is over.
    public private(set) var detector: AnyScoreDetector?
    /// The samples since the warm-up ended or the baseline last learned, waiting to be learned from; nil while
    /// warming up and for a pinned baseline, which never changes.
    public private(set) var block: ScoreSums?

    /// Creates a monitor that learns its baseline from `warmup` samples (at least 2) and then runs `detector`
    /// calibrated for `arl0` (within ``BernoulliCUSUM/arl0Range``).
    public init(warmup: Int, arl0: Double = 10_000, detector: ScoreDetectorName = .default) {
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
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
    /// alarms (it then restarts against the same baseline), `.scoreBaselineGrew` when the baseline has learned
    /// from a block, nil otherwise. Non-finite values are ignored.
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
            let detector = AnyScoreDetector(detectorName, baseline: baseline.observed, estimated: true, arl0: arl0)
            self.detector = detector
            block = detector.openRun == nil ? nil : ScoreSums()
            return .scoreBaselineLearned(baseline.observed)
        }
        let alarm = running.update(x)
        detector = running
        block?.add(x)
        guard let alarm else {
            return learnFromBlockIfDue()
        }
        // Learning ends at the first alarm: neither a change nor the samples of a false alarm are learned.
        block = nil
        return .scoreAlarm(alarm, baseline: baseline.observed)
    }

    /// Learns from the settled part of the block (the block without the detector's open run, which stays in
    /// it), or drops that part, once it is as large as the baseline.
    private mutating func learnFromBlockIfDue() -> SignalEvent? {
        let size = baseline.observed.count
        guard let pending = block, pending.count >= size, let previous = detector, let open = previous.openRun else {
            return nil
        }
        let settled = pending - open
        guard settled.count >= size else {
            return nil
        }
        block = pending - settled
        guard Self.agrees(settled.summary, with: baseline.observed) else {
            return nil
        }
        baseline.learn(from: settled.summary)
        var detector = AnyScoreDetector(detectorName, baseline: baseline.observed, estimated: true, arl0: arl0)
        detector.carryState(from: previous)
        self.detector = detector
        return .scoreBaselineGrew(baseline.observed)
    }

    /// Whether `block` agrees with `baseline`: Welch's z for the difference of their means is at most 3.29
    /// (two-sided 99.9%).
    static func agrees(_ block: ScoreSummary, with baseline: ScoreSummary) -> Bool {
        guard block.count >= 2, baseline.count >= 2 else { return false }
        let blockSpread = block.usableStandardDeviation
        let baseSpread = baseline.usableStandardDeviation
        let variance =
            blockSpread * blockSpread / Double(block.count) + baseSpread * baseSpread / Double(baseline.count)
        return abs(block.mean - baseline.mean) <= 3.290_527 * variance.squareRoot()
    }

    /// Forgets the baseline and the detector and starts a new warm-up of the same length.
    public mutating func restartWarmup() {
        baseline = ScoreBaselineEstimator(warmup: baseline.warmup)
        detector = nil
        block = nil
    }
}

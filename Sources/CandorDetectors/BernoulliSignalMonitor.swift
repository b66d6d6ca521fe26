/// Everything the daemon keeps for one Bernoulli signal (such as "the model lied" per probe response): a
/// warm-up that learns the baseline rate, then a two-sided CUSUM that watches for drift from it.
///
/// The value is its whole state: encode it to persist the monitor and decode it to carry on exactly where it
/// stopped.
public struct BernoulliSignalMonitor: Sendable, Codable, Equatable {
    /// Where the monitor is in its life.
    public enum Phase: Sendable, Codable, Equatable {
        /// Learning the baseline: `observed` of `required` warm-up outcomes seen.
        case warmingUp(observed: Int, required: Int)
        /// Watching for drift with a calibrated chart.
        case monitoring
    }

    /// The in-control average run length of the chart built after the warm-up, in samples.
    public let arl0: Double
    /// The relative rate shift the chart is designed for.
    public let upShift: Double
    /// The baseline: the warm-up outcomes and the rate learned from them.
    public private(set) var baseline: BaselineEstimator
    /// The chart, once the warm-up is over.
    public private(set) var cusum: BernoulliCUSUM?

    /// Creates a monitor that learns its baseline from `warmup` outcomes (at least 1) and then runs a
    /// ``BernoulliCUSUM`` with `arl0` and `upShift`, within ``BernoulliCUSUM/arl0Range`` and
    /// ``BernoulliCUSUM/upShiftRange``; they are checked here, not when the warm-up ends.
    public init(warmup: Int, arl0: Double = 10_000, upShift: Double = 2.0) {
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        precondition(
            BernoulliCUSUM.upShiftRange.contains(upShift),
            "upShift must lie in \(BernoulliCUSUM.upShiftRange)"
        )
        self.arl0 = arl0
        self.upShift = upShift
        baseline = BaselineEstimator(warmup: warmup)
    }

    /// The current phase.
    public var phase: Phase {
        cusum == nil ? .warmingUp(observed: baseline.observed.trials, required: baseline.warmup) : .monitoring
    }

    /// Feeds one outcome. Returns `.baselineLearned` on the outcome that completes the warm-up (the chart is
    /// calibrated then, which takes a few milliseconds), `.alarm` when the chart crosses a threshold, and nil
    /// otherwise. After an alarm the chart restarts from zero against the same baseline.
    public mutating func observe(_ x: Bool) -> SignalEvent? {
        guard var chart = cusum else {
            baseline.add(x)
            guard let p0 = baseline.p0 else {
                return nil
            }
            let chart = BernoulliCUSUM(p0: p0, arl0: arl0, upShift: upShift)
            cusum = chart
            return .baselineLearned(baseline.observed, p0: chart.p0)
        }
        let alarm = chart.update(x)
        cusum = chart
        guard let alarm else {
            return nil
        }
        return .alarm(alarm, baseline: baseline.observed, current: alarm.run)
    }

    /// Forgets the baseline and the chart and starts a new warm-up of the same length, e.g. after an operator
    /// accepts a changed model as the new normal.
    public mutating func restartWarmup() {
        baseline = BaselineEstimator(warmup: baseline.warmup)
        cusum = nil
    }
}

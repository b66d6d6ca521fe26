import CandorAlerts
import CandorDetectors

/// Where a signal stands against its baseline after a sample: whether its last `resolve_window` samples are back
/// inside the baseline's 95% interval (the resolve threshold of ``AlertLifecycle``), and those samples as an alert's
/// new current value.
public struct SignalRecovery: Sendable, Hashable {
    /// Whether the recent window lies inside the baseline's interval.
    public var isBack: Bool
    /// The baseline and the recent window; nil while the signal warms up or has too few samples.
    public var current: Alert.Change?

    /// Creates a recovery from its parts.
    public init(isBack: Bool, current: Alert.Change?) {
        self.isBack = isBack
        self.current = current
    }

    /// Not recovered, and nothing to report: the signal warms up or lacks a full window.
    public static let unknown = SignalRecovery(isBack: false, current: nil)

    /// Judges the last `window` of `samples` against the baseline of `monitor`: for a rate, the Wilson interval
    /// of the warm-up rate; for a continuous signal, the range a window mean of the baseline falls in; for a
    /// category signal, its last completed test window (see ``CategoryMixMonitor/recovery``).
    public init(monitor: SignalMonitor, samples: [Double], window: Int) {
        guard monitor.isMonitoring else {
            self = .unknown
            return
        }
        let recent = Array(samples.suffix(window))
        guard recent.count == window else {
            self = .unknown
            return
        }
        switch monitor {
        case .rate(let monitor):
            let current = Proportion(successes: recent.filter { $0 >= 0.5 }.count, trials: recent.count)
            let baseline = monitor.baseline.observed
            let interval = Intervals.wilson(successes: baseline.successes, trials: baseline.trials)
            self.init(
                isBack: interval.lower <= current.rate && current.rate <= interval.upper,
                current: .rate(baseline: baseline, current: current)
            )
        case .mix(let monitor):
            // A mix is judged per window, not per sample: the last completed window's test against the baseline.
            guard let recovery = monitor.recovery else {
                self = .unknown
                return
            }
            self.init(isBack: recovery.isBack, current: .mix(baseline: recovery.baseline, current: recovery.current))
        case .score(let monitor):
            let baseline = monitor.baseline.observed
            let current = ScoreSummary(of: recent)
            let half = 1.959964 * baseline.usableStandardDeviation / Double(recent.count).squareRoot()
            self.init(
                isBack: abs(current.mean - baseline.mean) <= half,
                current: .score(baseline: baseline, current: current)
            )
        }
    }
}

/// Everything the daemon keeps for one category signal (an answer's style signature, a refusal reason): a warm-up
/// that learns the baseline mix, then a windowed χ² test (``CategoryMixTest``) of each window's mix against it.
///
/// The warm-up's end designs the test: categories seen fewer than ``minimumExpected`` times per largest window's
/// worth are pooled into ``other``, which also takes every category the warm-up never saw (with half a sample of
/// weight, so that a new category can appear at all); the window W follows from the rarest kept category
/// (W ≥ 5 / min p, within ``windowRange``). The window's threshold on χ² is calibrated by simulating windows of the
/// baseline mix for a false-alarm probability of W / `arl0` per window, so about one false alarm per `arl0`
/// samples even where the χ² approximation is poor (small expected counts).
///
/// The value is its whole state: encode it to persist the monitor.
public struct CategoryMixMonitor: Sendable, Codable, Equatable {
    /// The category that pools rare and unseen ones.
    public static let other = "other"
    /// The window sizes a test may use (at most `arl0` / 4 as well).
    public static let windowRange = 20...200
    /// The expected count per window a category needs to be kept apart from ``other``.
    public static let minimumExpected = 5.0
    /// The p-value above which the last window counts as back at the baseline (the resolve threshold).
    public static let recoveryLevel = 0.05

    /// The false-alarm budget: about one false alarm per `arl0` in-control samples.
    public let arl0: Double
    /// Warm-up samples the baseline is learned from.
    public let warmup: Int
    /// The warm-up's counts by category.
    public private(set) var seen: [String: Int] = [:]
    /// Warm-up samples seen.
    public private(set) var observed = 0
    /// The test's categories once monitoring, ``other`` last.
    public private(set) var categories: [String] = []
    /// The test, once the warm-up is over.
    public private(set) var test: CategoryMixTest?
    /// The calibrated χ² value a window must exceed to alarm.
    public private(set) var critical: Double?
    /// The counts of the window being filled.
    public private(set) var window: [Int] = []
    /// The counts of the last completed window, for status and recovery.
    public private(set) var lastWindow: [Int]?
    /// The baseline the monitor was pinned to, kept as given: the test normalises its shares again, and an export
    /// of a pinned signal must match its file exactly for the daemon to see it as pinned.
    public private(set) var pinned: CategoryMixBaseline?

    /// Creates a monitor that learns its baseline from `warmup` samples (at least 2) and then tests windows
    /// calibrated for about one false alarm per `arl0` samples (within ``FalseAlarmBudget/arl0Range``).
    public init(warmup: Int, arl0: Double = 10_000) {
        precondition(FalseAlarmBudget.arl0Range.contains(arl0), "arl0 must lie in \(FalseAlarmBudget.arl0Range)")
        self.arl0 = arl0
        self.warmup = max(2, warmup)
    }

    /// Creates a monitor pinned to `pinned` (a baseline exported from another run, see ``CategoryMixBaseline``):
    /// it skips the warm-up and tests its first window against the pinned mix with the pinned threshold. A
    /// later ``restartWarmup()`` learns a new baseline from `warmup` samples.
    ///
    /// - Precondition: `pinned.problem` is nil.
    public init(pinned: CategoryMixBaseline, warmup: Int, arl0: Double = 10_000) {
        precondition(pinned.problem == nil, pinned.problem ?? "")
        self.init(warmup: warmup, arl0: arl0)
        observed = pinned.samples
        categories = pinned.categories
        critical = pinned.critical
        test = CategoryMixTest(baseline: pinned.shares, windowSize: pinned.windowSize, level: pinned.level)
        window = Array(repeating: 0, count: categories.count)
        self.pinned = pinned
    }

    /// The learned (or pinned) baseline as a file carries it, to pin it elsewhere; nil during the warm-up.
    public var pinnable: CategoryMixBaseline? {
        if let pinned { return pinned }
        guard let test, let critical else { return nil }
        return CategoryMixBaseline(
            categories: categories,
            shares: test.baseline,
            samples: observed,
            windowSize: test.windowSize,
            critical: critical,
            level: test.level
        )
    }

    /// Whether the warm-up is over and the test runs.
    public var isMonitoring: Bool {
        test != nil
    }

    /// The baseline mix: the test's once monitoring, the warm-up's so far otherwise.
    public var baseline: CategoryShares {
        guard let test else {
            let names = seen.keys.sorted()
            return CategoryShares(categories: names, counts: names.map { seen[$0] ?? 0 })
        }
        return CategoryShares(
            shares: Dictionary(uniqueKeysWithValues: zip(categories, test.baseline)),
            samples: observed
        )
    }

    /// The last completed window's χ² beside the calibrated threshold; empty until monitoring.
    public var readings: [DetectorReading] {
        guard let test, let critical else { return [] }
        let statistic = lastWindow.map { CategoryMixTest.test(counts: $0, baseline: test.baseline).statistic } ?? 0
        return [DetectorReading(name: "mix", statistic: statistic, threshold: critical)]
    }

    /// Whether the last sample completed a window: ``readings`` then hold that window's χ², once per window.
    public var completedWindow: Bool {
        test?.filled == 0 && lastWindow != nil && window.allSatisfy { $0 == 0 }
    }

    /// Whether the last completed window is back at the baseline (its p-value above ``recoveryLevel``), with the
    /// baseline and that window's mix; nil while warming up or before a window completes.
    public var recovery: (isBack: Bool, baseline: CategoryShares, current: CategoryShares)? {
        guard let test, let lastWindow else { return nil }
        let pValue = CategoryMixTest.test(counts: lastWindow, baseline: test.baseline).pValue
        return (pValue > Self.recoveryLevel, baseline, CategoryShares(categories: categories, counts: lastWindow))
    }

    /// Feeds one sample's category: `.mixBaselineLearned` when it completes the warm-up, `.mixAlarm` when it
    /// completes a window whose mix differs from the baseline, nothing otherwise.
    public mutating func observe(_ category: String) -> [SignalEvent] {
        guard var running = test.take() else {
            seen[category, default: 0] += 1
            observed += 1
            guard observed >= warmup else { return [] }
            let design = Self.design(seen, arl0: arl0)
            let calibrated = Self.calibrate(weights: design.weights, windowSize: design.windowSize, arl0: arl0)
            categories = design.categories
            critical = calibrated.critical
            test = CategoryMixTest(baseline: design.weights, windowSize: design.windowSize, level: calibrated.level)
            window = Array(repeating: 0, count: categories.count)
            return [.mixBaselineLearned(baseline, windowSize: design.windowSize)]
        }
        let index = categories.firstIndex(of: category) ?? categories.count - 1
        window[index] += 1
        let alarm = running.update(index)
        test = running
        guard running.filled == 0 else { return [] }
        let completed = window
        lastWindow = completed
        window = Array(repeating: 0, count: categories.count)
        guard let alarm else { return [] }
        return [
            .mixAlarm(
                alarm,
                critical: critical ?? alarm.statistic,
                baseline: baseline,
                current: CategoryShares(categories: categories, counts: completed)
            )
        ]
    }

    /// Forgets the baseline and the test and starts a new warm-up of the same length.
    public mutating func restartWarmup() {
        self = CategoryMixMonitor(warmup: warmup, arl0: arl0)
    }
}

/// A category signal's learned baseline as a file carries it (`candor baseline export`): the test's categories and
/// their shares, the window size and the χ² threshold its warm-up calibrated, so a monitor pinned to it tests its
/// first window at once, with the same false-alarm budget, and never calibrates again.
public struct CategoryMixBaseline: Sendable, Codable, Equatable {
    /// The test's categories, ``CategoryMixMonitor/other`` last.
    public var categories: [String]
    /// Each category's baseline share, in the order of ``categories``: positive, summing to 1.
    public var shares: [Double]
    /// The warm-up samples the shares were learned from.
    public var samples: Int
    /// Samples per tested window.
    public var windowSize: Int
    /// The calibrated χ² value a window must exceed to alarm.
    public var critical: Double
    /// The asymptotic p-value level that alarms on exactly the statistics above ``critical``.
    public var level: Double

    /// Creates a baseline from its parts; ``problem`` says whether a monitor can use it.
    public init(
        categories: [String],
        shares: [Double],
        samples: Int,
        windowSize: Int,
        critical: Double,
        level: Double
    ) {
        self.categories = categories
        self.shares = shares
        self.samples = samples
        self.windowSize = windowSize
        self.critical = critical
        self.level = level
    }

    /// Why a monitor cannot be pinned to this baseline (a hand-edited or damaged file), or nil when it can.
    public var problem: String? {
        if categories.count < 2 || categories.count != shares.count {
            return "a mix baseline needs at least two categories, one share each"
        }
        if categories.last != CategoryMixMonitor.other || Set(categories).count != categories.count {
            return "a mix baseline's categories must be distinct and end with '\(CategoryMixMonitor.other)'"
        }
        if !shares.allSatisfy({ $0 > 0 && $0.isFinite }) { return "every share of a mix baseline must be positive" }
        if samples < 1 { return "a mix baseline needs at least one sample" }
        if windowSize < 2 { return "a mix baseline's window needs at least two samples" }
        if !(critical.isFinite && critical > 0) || !(level > 0 && level < 1) {
            return "a mix baseline needs a positive threshold and a level in (0, 1)"
        }
        return nil
    }
}

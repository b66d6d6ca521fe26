/// A windowed distribution test rejecting its baseline: the test's statistic and p-value, the level it was
/// tested at, the window, and the size of the change.
public struct DistributionAlarm: Sendable, Equatable, Codable {
    /// The test statistic (χ² for categories, the Kolmogorov–Smirnov distance D for continuous values).
    public let statistic: Double
    /// The window's p-value under the baseline.
    public let pValue: Double
    /// The level α the p-value was compared with (the alarm fires when pValue ≤ threshold).
    public let threshold: Double
    /// Samples in the window.
    public let windowSize: Int
    /// The size of the change: the Jensen–Shannon divergence in bits for categories, the population stability
    /// index for continuous values.
    public let effectSize: Double

    /// Creates an alarm record; `windowSize` must be at least 1.
    public init(statistic: Double, pValue: Double, threshold: Double, windowSize: Int, effectSize: Double) {
        precondition(windowSize >= 1, "a window holds at least one sample")
        self.statistic = statistic
        self.pValue = pValue
        self.threshold = threshold
        self.windowSize = windowSize
        self.effectSize = effectSize
    }

    /// The alarm of a window whose p-value is at most `level`, or nil when the window passes.
    init?(statistic: Double, pValue: Double, level: Double, windowSize: Int, effectSize: @autoclosure () -> Double) {
        guard pValue <= level else {
            return nil
        }
        self.init(
            statistic: statistic,
            pValue: pValue,
            threshold: level,
            windowSize: windowSize,
            effectSize: effectSize()
        )
    }

    /// The way the signal moved: always ``ChangeDirection/distribution``.
    public var direction: ChangeDirection { .distribution }
}

/// Where the signals of one probe on one target stand, as the scheduler paces it: whether a signal still warms up,
/// and how near the nearest detector statistic is to its threshold. ``SamplingCadence/need(for:)`` turns it into a
/// ``SamplingNeed``.
public struct SignalProximity: Sendable, Equatable {
    /// Whether a signal of the probe still learns its baseline (a split signal: while fewer than half of its series
    /// monitor, so one rare label value does not keep the probe fast for ever).
    public var warmingUp: Bool
    /// The largest statistic ÷ threshold among the probe's monitoring detectors: 0 at rest, 1 at the alarm.
    public var nearest: Double
    /// Whether it comes from the signals (false: a stage that does not read them, which paces nothing).
    public var known: Bool

    /// Creates a reading of the signals.
    public init(warmingUp: Bool = false, nearest: Double = 0) {
        self.warmingUp = warmingUp
        self.nearest = nearest
        self.known = true
    }

    /// Nothing known: a stage that does not read signals.
    public static let unknown: SignalProximity = {
        var proximity = SignalProximity()
        proximity.known = false
        return proximity
    }()
}

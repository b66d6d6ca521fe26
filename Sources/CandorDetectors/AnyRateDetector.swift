/// The detectors a yes/no signal can be watched with, by the name the configuration and `candor detect` use.
public enum RateDetectorName: String, Sendable, Codable, CaseIterable {
    /// ``BernoulliMultiCUSUM``: rises of unknown size and falls; the default.
    case multiCUSUM = "multi-cusum"
    /// ``BernoulliCUSUM``: one design shift, both directions.
    case cusum

    /// The detector a signal gets unless the configuration names another.
    public static let `default` = RateDetectorName.multiCUSUM
}

/// Whichever detector a yes/no signal is configured with, as one encodable value.
public enum AnyRateDetector: RateDetector {
    /// See ``BernoulliMultiCUSUM``.
    case multiCUSUM(BernoulliMultiCUSUM)
    /// See ``BernoulliCUSUM``.
    case cusum(BernoulliCUSUM)

    /// Builds and calibrates the detector `name` for baseline `p0`.
    ///
    /// - Parameters:
    ///   - name: Which detector.
    ///   - p0: The baseline rate.
    ///   - estimatedFrom: The warm-up counts `p0` was learned from, or nil when it is known; calibration then
    ///     allows for the estimate's uncertainty where the detector supports it.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    public init(_ name: RateDetectorName, p0: Double, estimatedFrom warmup: Proportion?, arl0: Double) {
        switch name {
        case .multiCUSUM:
            self = .multiCUSUM(BernoulliMultiCUSUM(p0: p0, estimatedFrom: warmup, arl0: arl0))
        case .cusum:
            self = .cusum(BernoulliCUSUM(p0: p0, arl0: arl0))
        }
    }

    /// The detector's name.
    public var name: RateDetectorName {
        switch self {
        case .multiCUSUM: .multiCUSUM
        case .cusum: .cusum
        }
    }

    /// The baseline rate it compares against, after clamping.
    public var p0: Double {
        switch self {
        case .multiCUSUM(let detector): detector.p0
        case .cusum(let detector): detector.p0
        }
    }

    /// Its statistics beside their thresholds.
    public var readings: [DetectorReading] {
        switch self {
        case .multiCUSUM(let detector): detector.sides.map { $0.reading(p0: detector.p0) }
        case .cusum(let detector): [detector.upper.reading(p0: detector.p0), detector.lower.reading(p0: detector.p0)]
        }
    }

    public mutating func update(_ x: Bool) -> RateAlarm? {
        switch self {
        case .multiCUSUM(var detector):
            defer { self = .multiCUSUM(detector) }
            return detector.update(x)
        case .cusum(var detector):
            defer { self = .cusum(detector) }
            return detector.update(x)
        }
    }

    public mutating func reset() {
        switch self {
        case .multiCUSUM(var detector):
            detector.reset()
            self = .multiCUSUM(detector)
        case .cusum(var detector):
            detector.reset()
            self = .cusum(detector)
        }
    }
}

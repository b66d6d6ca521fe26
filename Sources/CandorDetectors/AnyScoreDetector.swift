/// The detectors a continuous signal can be watched with, by the name the configuration and `candor detect`
/// use.
public enum ScoreDetectorName: String, Sendable, Codable, CaseIterable {
    /// ``GaussianCUSUM``: the mean in both directions and the spread; the default.
    case gaussianCUSUM = "gaussian-cusum"

    /// The detector a signal gets unless the configuration names another.
    public static let `default` = ScoreDetectorName.gaussianCUSUM
}

/// Whichever detector a continuous signal is configured with, as one encodable value.
public enum AnyScoreDetector: ScoreDetector {
    /// See ``GaussianCUSUM``.
    case gaussianCUSUM(GaussianCUSUM)

    /// Builds and calibrates the detector `name` for the baseline `summary`.
    ///
    /// - Parameters:
    ///   - name: Which detector.
    ///   - baseline: The in-control mean and standard deviation.
    ///   - estimated: Whether `baseline` was learned from its samples (calibration then allows for the
    ///     estimate's uncertainty) rather than known.
    ///   - arl0: The wanted in-control average run length, within ``BernoulliCUSUM/arl0Range``.
    public init(_ name: ScoreDetectorName, baseline: ScoreSummary, estimated: Bool, arl0: Double) {
        switch name {
        case .gaussianCUSUM:
            self = .gaussianCUSUM(
                GaussianCUSUM(
                    mu0: baseline.mean,
                    sigma0: baseline.usableStandardDeviation,
                    estimatedFrom: estimated ? max(2, baseline.count) : nil,
                    arl0: arl0
                )
            )
        }
    }

    /// The detector's name.
    public var name: ScoreDetectorName {
        switch self {
        case .gaussianCUSUM: .gaussianCUSUM
        }
    }

    /// Its statistics beside their thresholds.
    public var readings: [DetectorReading] {
        switch self {
        case .gaussianCUSUM(let detector):
            zip(detector.designs, detector.statistics).map { design, statistic in
                DetectorReading(name: design.label, statistic: statistic, threshold: detector.threshold)
            }
        }
    }

    public mutating func update(_ x: Double) -> ScoreAlarm? {
        switch self {
        case .gaussianCUSUM(var detector):
            defer { self = .gaussianCUSUM(detector) }
            return detector.update(x)
        }
    }

    public mutating func reset() {
        switch self {
        case .gaussianCUSUM(var detector):
            detector.reset()
            self = .gaussianCUSUM(detector)
        }
    }
}

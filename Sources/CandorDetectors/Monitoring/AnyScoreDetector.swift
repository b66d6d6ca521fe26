/// The detectors a continuous signal can be watched with, by the name the configuration and `candor detect`
/// use.
public enum ScoreDetectorName: String, Sendable, Codable, CaseIterable {
    /// ``GaussianCUSUM``: the mean in both directions and the spread; the default.
    case gaussianCUSUM = "gaussian-cusum"
    /// ``GaussianPageHinkley``: the Page-Hinkley test.
    case pageHinkley = "gaussian-page-hinkley"
    /// ``GaussianADWIN``: adaptive windowing.
    case adwin = "gaussian-adwin"
    /// ``GaussianMixtureSPRT``: a mixture SPRT against the baseline mean, with an always-valid p-value.
    case mixtureSPRT = "gaussian-msprt"

    /// The detector a signal gets unless the configuration names another.
    public static let `default` = ScoreDetectorName.gaussianCUSUM
}

/// Whichever detector a continuous signal is configured with, as one encodable value.
public enum AnyScoreDetector: ScoreDetector {
    /// See ``GaussianCUSUM``.
    case gaussianCUSUM(GaussianCUSUM)
    /// See ``GaussianPageHinkley``.
    case pageHinkley(GaussianPageHinkley)
    /// See ``GaussianADWIN``.
    case adwin(GaussianADWIN)
    /// See ``GaussianMixtureSPRT``.
    case mixtureSPRT(GaussianMixtureSPRT)

    /// Builds and calibrates the detector `name` for the baseline `summary`.
    ///
    /// - Parameters:
    ///   - name: Which detector.
    ///   - baseline: The in-control mean and standard deviation.
    ///   - estimated: Whether `baseline` was learned from its samples (the Gaussian CUSUM then allows for the
    ///     estimate's uncertainty) rather than known.
    ///   - arl0: At most one false alarm per `arl0` in-control samples is wanted, within
    ///     ``FalseAlarmBudget/arl0Range``: the detector is calibrated for ``FalseAlarmBudget/designARL(for:)``.
    public init(_ name: ScoreDetectorName, baseline: ScoreSummary, estimated: Bool, arl0 budget: Double) {
        let arl0 = FalseAlarmBudget.designARL(for: budget)
        let mu0 = baseline.mean
        let sigma0 = baseline.usableStandardDeviation
        switch name {
        case .gaussianCUSUM:
            let warmup = estimated ? max(2, baseline.count) : nil
            self = .gaussianCUSUM(GaussianCUSUM(mu0: mu0, sigma0: sigma0, estimatedFrom: warmup, arl0: arl0))
        case .pageHinkley:
            self = .pageHinkley(GaussianPageHinkley(mu0: mu0, sigma0: sigma0, arl0: arl0))
        case .adwin:
            self = .adwin(GaussianADWIN(mu0: mu0, sigma0: sigma0, arl0: arl0))
        case .mixtureSPRT:
            self = .mixtureSPRT(GaussianMixtureSPRT(mu0: mu0, sigma0: sigma0, arl0: budget))
        }
    }

    /// The detector's name.
    public var name: ScoreDetectorName {
        switch self {
        case .gaussianCUSUM: .gaussianCUSUM
        case .pageHinkley: .pageHinkley
        case .adwin: .adwin
        case .mixtureSPRT: .mixtureSPRT
        }
    }

    /// Its statistics beside their thresholds.
    public var readings: [DetectorReading] {
        switch self {
        case .gaussianCUSUM(let detector):
            zip(detector.designs, detector.statistics).map { design, statistic in
                DetectorReading(name: design.label, statistic: statistic, threshold: detector.threshold)
            }
        case .pageHinkley(let detector):
            detector.test.readings
        case .adwin(let detector):
            [DetectorReading(name: "window", statistic: Double(detector.window.width), threshold: nil)]
        case .mixtureSPRT(let detector):
            [detector.evidence.reading]
        }
    }

    public mutating func update(_ x: Double) -> ScoreAlarm? {
        // Consuming self leaves the payload uniquely referenced, so the detector updates in place
        // rather than copying its arrays on every sample.
        switch consume self {
        case .gaussianCUSUM(var detector):
            defer { self = .gaussianCUSUM(detector) }
            return detector.update(x)
        case .pageHinkley(var detector):
            defer { self = .pageHinkley(detector) }
            return detector.update(x)
        case .adwin(var detector):
            defer { self = .adwin(detector) }
            return detector.update(x)
        case .mixtureSPRT(var detector):
            defer { self = .mixtureSPRT(detector) }
            return detector.update(x)
        }
    }

    public mutating func reset() {
        switch self {
        case .gaussianCUSUM(var detector):
            detector.reset()
            self = .gaussianCUSUM(detector)
        case .pageHinkley(var detector):
            detector.reset()
            self = .pageHinkley(detector)
        case .adwin(var detector):
            detector.reset()
            self = .adwin(detector)
        case .mixtureSPRT(var detector):
            detector.reset()
            self = .mixtureSPRT(detector)
        }
    }
}

extension AnyScoreDetector {
    /// The same calibrated detector on the baseline `mu0`, `sigma0` (positive), restarted: every continuous
    /// detector watches standardized scores, so its thresholds hold for any baseline.
    public func rebased(mu0: Double, sigma0: Double) -> AnyScoreDetector {
        switch self {
        case .gaussianCUSUM(let detector): .gaussianCUSUM(detector.rebased(mu0: mu0, sigma0: sigma0))
        case .pageHinkley(let detector): .pageHinkley(detector.rebased(mu0: mu0, sigma0: sigma0))
        case .adwin(let detector): .adwin(detector.rebased(mu0: mu0, sigma0: sigma0))
        case .mixtureSPRT(let detector): .mixtureSPRT(detector.rebased(mu0: mu0, sigma0: sigma0))
        }
    }
}

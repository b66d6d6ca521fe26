/// The detectors a yes/no signal can be watched with, by the name the configuration and `candor detect` use.
public enum RateDetectorName: String, Sendable, Codable, CaseIterable {
    /// ``BernoulliMultiCUSUM``: rises of unknown size and falls; the default.
    case multiCUSUM = "multi-cusum"
    /// ``BernoulliCUSUM``: one design shift, both directions.
    case cusum
    /// ``BernoulliEWMA``: an EWMA chart for a proportion.
    case ewma
    /// ``BernoulliPageHinkley``: the Page-Hinkley test.
    case pageHinkley = "page-hinkley"
    /// ``BernoulliADWIN``: adaptive windowing.
    case adwin
    /// ``BernoulliMixtureSPRT``: a mixture SPRT against the baseline, with an always-valid p-value.
    case mixtureSPRT = "msprt"

    /// The detector a signal gets unless the configuration names another.
    public static let `default` = RateDetectorName.multiCUSUM
}

/// Whichever detector a yes/no signal is configured with, as one encodable value.
public enum AnyRateDetector: RateDetector {
    /// See ``BernoulliMultiCUSUM``.
    case multiCUSUM(BernoulliMultiCUSUM)
    /// See ``BernoulliCUSUM``.
    case cusum(BernoulliCUSUM)
    /// See ``BernoulliEWMA``.
    case ewma(BernoulliEWMA)
    /// See ``BernoulliPageHinkley``.
    case pageHinkley(BernoulliPageHinkley)
    /// See ``BernoulliADWIN``.
    case adwin(BernoulliADWIN)
    /// See ``BernoulliMixtureSPRT``.
    case mixtureSPRT(BernoulliMixtureSPRT)

    /// Builds and calibrates the detector `name` for baseline `p0`.
    ///
    /// - Parameters:
    ///   - name: Which detector.
    ///   - p0: The baseline rate.
    ///   - estimatedFrom: The warm-up counts `p0` was learned from, or nil when it is known; the multi-design
    ///     CUSUM then allows for the estimate's uncertainty (the others take `p0` at face value).
    ///   - arl0: At most one false alarm per `arl0` in-control samples is wanted, within
    ///     ``FalseAlarmBudget/arl0Range``: the detector is calibrated for ``FalseAlarmBudget/designARL(for:)``.
    public init(_ name: RateDetectorName, p0: Double, estimatedFrom warmup: Proportion?, arl0 budget: Double) {
        let arl0 = FalseAlarmBudget.designARL(for: budget)
        switch name {
        case .multiCUSUM: self = .multiCUSUM(BernoulliMultiCUSUM(p0: p0, estimatedFrom: warmup, arl0: arl0))
        case .cusum: self = .cusum(BernoulliCUSUM(p0: p0, arl0: arl0))
        case .ewma: self = .ewma(BernoulliEWMA(p0: p0, arl0: arl0))
        case .pageHinkley: self = .pageHinkley(BernoulliPageHinkley(p0: p0, arl0: arl0))
        case .adwin: self = .adwin(BernoulliADWIN(p0: p0, arl0: arl0))
        case .mixtureSPRT: self = .mixtureSPRT(BernoulliMixtureSPRT(p0: p0, arl0: budget))
        }
    }

    /// The detector's name.
    public var name: RateDetectorName {
        switch self {
        case .multiCUSUM: .multiCUSUM
        case .cusum: .cusum
        case .ewma: .ewma
        case .pageHinkley: .pageHinkley
        case .adwin: .adwin
        case .mixtureSPRT: .mixtureSPRT
        }
    }

    /// The baseline rate it compares against.
    public var p0: Double {
        switch self {
        case .multiCUSUM(let detector): detector.p0
        case .cusum(let detector): detector.p0
        case .ewma(let detector): detector.p0
        case .pageHinkley(let detector): detector.p0
        case .adwin(let detector): detector.p0
        case .mixtureSPRT(let detector): detector.p0
        }
    }

    /// Its statistics beside their thresholds.
    public var readings: [DetectorReading] {
        switch self {
        case .multiCUSUM(let detector):
            detector.sides.map { $0.reading(p0: detector.p0) }
        case .cusum(let detector):
            [detector.upper.reading(p0: detector.p0), detector.lower.reading(p0: detector.p0)]
        case .ewma(let detector):
            [
                DetectorReading(
                    name: "deviation",
                    statistic: abs(detector.standardizedDeviation),
                    threshold: detector.width
                )
            ]
        case .pageHinkley(let detector):
            detector.test.readings
        case .adwin(let detector):
            [DetectorReading(name: "window", statistic: Double(detector.window.width), threshold: nil)]
        case .mixtureSPRT(let detector):
            [detector.evidence.reading]
        }
    }

    public mutating func update(_ x: Bool) -> RateAlarm? {
        // Consuming self leaves the payload uniquely referenced, so the detector updates in place
        // rather than copying its arrays on every sample.
        switch consume self {
        case .multiCUSUM(var detector):
            defer { self = .multiCUSUM(detector) }
            return detector.update(x)
        case .cusum(var detector):
            defer { self = .cusum(detector) }
            return detector.update(x)
        case .ewma(var detector):
            defer { self = .ewma(detector) }
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
        case .multiCUSUM(var detector):
            detector.reset()
            self = .multiCUSUM(detector)
        case .cusum(var detector):
            detector.reset()
            self = .cusum(detector)
        case .ewma(var detector):
            detector.reset()
            self = .ewma(detector)
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

extension PageHinkley {
    /// Both sides as readings, in baseline standard deviations.
    var readings: [DetectorReading] {
        [
            DetectorReading(name: "up", statistic: upward.statistic, threshold: threshold),
            DetectorReading(name: "down", statistic: downward.statistic, threshold: threshold),
        ]
    }
}

extension MixtureSPRT {
    /// The log mixture likelihood ratio beside log(arl0).
    var reading: DetectorReading {
        DetectorReading(name: "log-e-value", statistic: logRatio, threshold: logThreshold)
    }
}

/// What a signal's detector needs calibrated once its warm-up ends: the detector, the baseline and the false-alarm
/// budget. A request is a value, so it can wait in a queue, key a ``ThresholdCache`` and be carried out on any
/// thread (``calibrate()`` is pure and deterministic: the same request always gives the same detector).
public enum CalibrationRequest: Sendable, Hashable, Codable {
    /// A yes/no signal: its detector, the warm-up counts its rate is learned from (the thresholds depend on them
    /// through p0 and, for the multi-design CUSUM, the posterior of the true rate), and the `arl0` asked for.
    case rate(RateDetectorName, warmup: Proportion, arl0: Double)
    /// A continuous signal: its detector, the warm-up's summary, and the `arl0` asked for.
    case score(ScoreDetectorName, baseline: ScoreSummary, arl0: Double)

    /// The request whose calibration this one shares: itself for a rate (equal warm-up counts give equal
    /// thresholds, so the counts are the baseline's bucket), and for a continuous signal the same request on
    /// standardized scores (mean 0, standard deviation 1, the same sample count), since every continuous
    /// detector is calibrated on standardized values: its thresholds depend on the warm-up's size, never on its
    /// mean or spread.
    public var shared: CalibrationRequest {
        switch self {
        case .rate:
            self
        case .score(let name, let baseline, let arl0):
            .score(name, baseline: ScoreSummary(count: baseline.count, mean: 0, standardDeviation: 1), arl0: arl0)
        }
    }

    /// Builds and calibrates the detector: the expensive part, seconds of a core for the simulated calibrations.
    public func calibrate() -> CalibratedDetector {
        switch self {
        case .rate(let name, let warmup, let arl0):
            let p0 = BaselineEstimator(completed: warmup).p0 ?? 0.5
            return .rate(AnyRateDetector(name, p0: p0, estimatedFrom: warmup, arl0: arl0))
        case .score(let name, let baseline, let arl0):
            return .score(AnyScoreDetector(name, baseline: baseline, estimated: true, arl0: arl0))
        }
    }

    /// `calibrated`, the detector calibrated for ``shared``, fitted to this request: a continuous detector moved
    /// to this baseline's mean and spread, a rate detector as it is.
    public func fitted(_ calibrated: CalibratedDetector) -> CalibratedDetector {
        switch (self, calibrated) {
        case (.score(_, let baseline, _), .score(let detector)):
            .score(detector.rebased(mu0: baseline.mean, sigma0: baseline.usableStandardDeviation))
        default:
            calibrated
        }
    }
}

/// A calibrated detector of either kind of signal, as a ``CalibrationRequest`` produces it.
public enum CalibratedDetector: Sendable, Equatable, Codable {
    /// A yes/no signal's detector.
    case rate(AnyRateDetector)
    /// A continuous signal's detector.
    case score(AnyScoreDetector)
}

/// The monitor of one signal, yes/no, continuous or categorical, as one encodable value: what the daemon keeps per
/// signal.
public enum SignalMonitor: Sendable, Codable, Equatable {
    /// A yes/no signal (values of 0.5 and above count as yes).
    case rate(BernoulliSignalMonitor)
    /// A continuous signal.
    case score(ScoreSignalMonitor)
    /// A category signal (an answer's style): the mix of its categories.
    case mix(CategoryMixMonitor)

    /// Feeds one value of the signal; see ``BernoulliSignalMonitor/observe(_:)`` and
    /// ``ScoreSignalMonitor/observe(_:)``.
    public mutating func observe(_ value: Double) -> SignalEvent? {
        // Consuming self leaves the payload uniquely referenced, so the detector updates in place
        // rather than copying its arrays on every sample.
        switch consume self {
        case .rate(var monitor):
            defer { self = .rate(monitor) }
            return monitor.observe(value >= 0.5)
        case .score(var monitor):
            defer { self = .score(monitor) }
            return monitor.observe(value)
        case .mix(let monitor):
            // A category signal takes categories (``observe(category:)``), never numbers.
            self = .mix(monitor)
            return nil
        }
    }

    /// Feeds one value and returns what it (and any samples that waited for the detector's calibration, fed
    /// first) found, in order; see ``BernoulliSignalMonitor/observe(_:deferringCalibration:)``.
    public mutating func observe(_ value: Double, deferringCalibration: Bool) -> [SignalEvent] {
        switch consume self {
        case .rate(var monitor):
            defer { self = .rate(monitor) }
            return monitor.observe(value >= 0.5, deferringCalibration: deferringCalibration)
        case .score(var monitor):
            defer { self = .score(monitor) }
            return monitor.observe(value, deferringCalibration: deferringCalibration)
        case .mix(let monitor):
            self = .mix(monitor)
            return []
        }
    }

    /// Feeds one category of a category signal (see ``CategoryMixMonitor/observe(_:)``); other signals ignore it.
    public mutating func observe(category: String) -> [SignalEvent] {
        guard case .mix(var monitor) = self else { return [] }
        let events = monitor.observe(category)
        self = .mix(monitor)
        return events
    }

    /// What the detector needs calibrated, from the end of the warm-up until ``install(_:)``; nil otherwise.
    public var calibrationRequest: CalibrationRequest? {
        switch self {
        case .rate(let monitor): monitor.calibrationRequest
        case .score(let monitor): monitor.calibrationRequest
        case .mix: nil
        }
    }

    /// Samples waiting for the detector (they arrived while it was being calibrated).
    public var pendingSamples: Int {
        switch self {
        case .rate(let monitor): monitor.pending?.count ?? 0
        case .score(let monitor): monitor.pending?.count ?? 0
        case .mix: 0
        }
    }

    /// Installs the detector calibrated for ``calibrationRequest``; ignored if the monitor no longer waits for one.
    public mutating func install(_ calibrated: CalibratedDetector) {
        switch self {
        case .rate(var monitor):
            monitor.install(calibrated)
            self = .rate(monitor)
        case .score(var monitor):
            monitor.install(calibrated)
            self = .score(monitor)
        case .mix:
            // Calibrated by simulation when its warm-up ends: it never waits for a detector.
            break
        }
    }

    /// Forgets the baseline and starts a new warm-up.
    public mutating func restartWarmup() {
        switch self {
        case .rate(var monitor):
            monitor.restartWarmup()
            self = .rate(monitor)
        case .score(var monitor):
            monitor.restartWarmup()
            self = .score(monitor)
        case .mix(var monitor):
            monitor.restartWarmup()
            self = .mix(monitor)
        }
    }

    /// Whether the warm-up is over and the detector runs.
    public var isMonitoring: Bool {
        switch self {
        case .rate(let monitor): monitor.isMonitoring
        case .score(let monitor): monitor.isMonitoring
        case .mix(let monitor): monitor.isMonitoring
        }
    }

    /// Warm-up samples seen, and how many the warm-up needs.
    public var warmupProgress: (observed: Int, required: Int) {
        switch self {
        case .rate(let monitor): (monitor.baseline.observed.trials, monitor.baseline.warmup)
        case .score(let monitor): (monitor.baseline.observed.count, monitor.baseline.warmup)
        case .mix(let monitor): (monitor.observed, monitor.warmup)
        }
    }

    /// The samples the baseline rests on: the warm-up's, or a pinned baseline's.
    public var baselineSamples: Int {
        switch self {
        case .rate(let monitor): monitor.baseline.observed.trials
        case .score(let monitor): monitor.baseline.observed.count
        case .mix(let monitor): monitor.observed
        }
    }

    /// The detector's name, such as `multi-cusum`.
    public var detectorName: String {
        switch self {
        case .rate(let monitor): monitor.detectorName.rawValue
        case .score(let monitor): monitor.detectorName.rawValue
        case .mix: "chi-square-window"
        }
    }

    /// The detector's statistics beside their thresholds; empty during warm-up.
    public var readings: [DetectorReading] {
        switch self {
        case .rate(let monitor): monitor.detector?.readings ?? []
        case .score(let monitor): monitor.detector?.readings ?? []
        case .mix(let monitor): monitor.readings
        }
    }

    /// The baseline the detector compares against: the rate p0, or the mean; nil during warm-up and for a category
    /// signal, whose baseline is a mix (``CategoryMixMonitor/baseline``), not one number.
    public var baselineLevel: Double? {
        switch self {
        case .rate(let monitor): monitor.detector?.p0
        case .score(let monitor): monitor.isMonitoring ? monitor.baseline.observed.mean : nil
        case .mix: nil
        }
    }
}

import Synchronization

/// Calibrated detectors shared between signals that need the same thresholds: keyed by
/// ``CalibrationRequest/shared`` (the detector and its parameters, `arl0`, and the baseline's bucket: a rate's
/// warm-up counts, a continuous signal's warm-up size), so that a fleet of signals with equal warm-ups pays for
/// one calibration, not one each. Safe to use from any thread.
///
/// At most `capacity` entries are kept (each a few hundred bytes); past that an arbitrary entry is dropped.
public final class ThresholdCache: Sendable {
    /// One cached calibration, as ``entries`` lists and ``init(capacity:entries:)`` takes them back.
    public struct Entry: Sendable, Codable, Equatable {
        /// The shared request.
        public var request: CalibrationRequest
        /// Its calibrated detector.
        public var detector: CalibratedDetector
        /// The calibration rules it was built under (``ThresholdCache/rules``); nil in a file written before
        /// the rules were numbered.
        public var rules: Int?

        /// Creates an entry built under the current ``ThresholdCache/rules``.
        public init(request: CalibrationRequest, detector: CalibratedDetector) {
            self.request = request
            self.detector = detector
            rules = ThresholdCache.rules
        }
    }

    /// The version of the rules that turn a request into a detector. A cached detector built under other rules is
    /// not served: it would not be the one ``CalibrationRequest/calibrate()`` builds now. Version 2: a learned
    /// rate's multi-design CUSUM builds a side towards a bound of the rate only where the warm-up bounds the rate
    /// away from its design; version 1 (unnumbered) built the downward side after any warm-up with a success.
    public static let rules = 2

    /// How many calibrations the cache has served and how many it had to run.
    public struct Counts: Sendable, Equatable {
        /// Requests served from the cache.
        public var hits = 0
        /// Requests calibrated because the cache did not have them.
        public var misses = 0
    }

    private struct State {
        var detectors: [CalibrationRequest: CalibratedDetector] = [:]
        var counts = Counts()
    }

    /// The most entries kept.
    public let capacity: Int
    private let state: Mutex<State>

    /// An empty cache of at most `capacity` entries (at least 1), or one holding `entries` (from ``entries``)
    /// that were built under the current ``rules``; the others are dropped, to be calibrated again when asked for.
    public init(capacity: Int = 4_096, entries: [Entry] = []) {
        precondition(capacity >= 1, "a cache holds at least one entry")
        self.capacity = capacity
        var detectors: [CalibrationRequest: CalibratedDetector] = [:]
        for entry in entries.filter({ $0.rules == Self.rules }).suffix(capacity) {
            detectors[entry.request.shared] = entry.detector
        }
        state = Mutex(State(detectors: detectors))
    }

    /// The detector for `request` if its shared calibration is cached, fitted to it; counts a hit or a miss.
    public func cached(_ request: CalibrationRequest) -> CalibratedDetector? {
        let found = state.withLock { state in
            let found = state.detectors[request.shared]
            if found == nil { state.counts.misses += 1 } else { state.counts.hits += 1 }
            return found
        }
        return found.map(request.fitted)
    }

    /// Keeps `detector`, the calibration of the shared request `shared`.
    public func store(_ detector: CalibratedDetector, for shared: CalibrationRequest) {
        state.withLock { state in
            if state.detectors[shared] == nil, state.detectors.count >= capacity {
                state.detectors.remove(at: state.detectors.startIndex)
            }
            state.detectors[shared] = detector
        }
    }

    /// The detector for `request`: from the cache, or calibrated here on the caller's thread (seconds of a core)
    /// and kept.
    public func detector(for request: CalibrationRequest) -> CalibratedDetector {
        if let found = cached(request) {
            return found
        }
        let shared = request.shared
        let detector = shared.calibrate()
        store(detector, for: shared)
        return request.fitted(detector)
    }

    /// Hits and misses so far.
    public var counts: Counts {
        state.withLock { $0.counts }
    }

    /// Every cached calibration, to persist.
    public var entries: [Entry] {
        state.withLock { state in state.detectors.map { Entry(request: $0.key, detector: $0.value) } }
    }
}

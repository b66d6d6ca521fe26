import CandorDetectors
import Logging

extension SignalBoard {
    /// Where a board's detector calibrations run.
    public enum Calibration: Sendable {
        /// On the board, in the turn of the sample that ends the warm-up, through the cache: for a replay, whose
        /// next record waits for the detector anyway, and for tests.
        case inline(ThresholdCache)
        /// On a ``CalibrationService``, through the queue: the board, the trials and the status API never wait
        /// for a calibration, and a signal's samples that arrive meanwhile wait in its state.
        case background(CalibrationQueue)
    }

    /// Queues the calibration `key`'s monitor waits for, if it waits for one and it is not queued yet; installs
    /// it at once when it is cached (or, inline, calibrates it). Returns whether the monitor got its detector.
    @discardableResult
    func scheduleCalibration(of key: SignalKey) -> Bool {
        guard Self.schedule(key, &monitors, &awaiting, calibration) else { return false }
        logMonitoring(key)
        return true
    }

    /// Installs `detector`, the calibration of the shared request `shared`, in every signal still waiting for
    /// it (a signal that restarted its warm-up meanwhile waits for another); returns how many got it. Their
    /// waiting samples are fed with their next sample, in the same turn and the same stored update as that trial.
    @discardableResult
    public func calibrated(_ shared: CalibrationRequest, _ detector: CalibratedDetector) -> Int {
        var installed = 0
        for key in awaiting.removeValue(forKey: shared) ?? [] {
            guard var monitor = monitors[key], let request = monitor.calibrationRequest, request.shared == shared else {
                continue
            }
            monitor.install(request.fitted(detector))
            monitors[key] = monitor
            installed += 1
            logMonitoring(key)
        }
        return installed
    }

    /// Logs that `key` monitors now: how long its warm-up took, and how many samples waited for its detector.
    private func logMonitoring(_ key: SignalKey) {
        var metadata: Logger.Metadata = ["candor.signal": "\(key)"]
        if let pace = paces.removeValue(forKey: key) {
            metadata["candor.warmup_seconds"] = "\(Int(pace.elapsed.rounded()))"
        }
        if let waited = monitors[key]?.pendingSamples, waited > 0 {
            metadata["candor.waiting_samples"] = "\(waited)"
        }
        logger.info("signal monitoring", metadata: metadata)
    }

    /// Signals whose warm-up is over and whose detector is being calibrated.
    public func calibrating() -> Int {
        monitors.values.count { $0.calibrationRequest != nil }
    }

    /// The work of ``scheduleCalibration(of:)`` on the board's parts, so the initializer can do it too.
    static func schedule(
        _ key: SignalKey,
        _ monitors: inout [SignalKey: SignalMonitor],
        _ awaiting: inout [CalibrationRequest: Set<SignalKey>],
        _ calibration: Calibration
    ) -> Bool {
        guard var monitor = monitors[key], let request = monitor.calibrationRequest else { return false }
        let shared = request.shared
        switch calibration {
        case .inline(let cache):
            monitor.install(cache.detector(for: request))
        case .background(let queue):
            if awaiting[shared]?.contains(key) == true { return false }
            guard let cached = queue.cache.cached(request) else {
                if awaiting[shared] == nil { queue.submit(shared) }
                awaiting[shared, default: []].insert(key)
                return false
            }
            monitor.install(cached)
        }
        monitors[key] = monitor
        return true
    }
}

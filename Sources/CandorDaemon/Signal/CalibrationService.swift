import CandorCore
import CandorDetectors
import Foundation
import Logging
import ServiceLifecycle

/// Calibrates the detectors of signals whose warm-up ended, away from the ``SignalBoard``: at most one
/// calibration per thread of the ``CalibrationExecutor`` at once, on those threads, so that neither the trials, nor
/// the status API, nor a shutdown ever wait for one. Each result goes to the ``ThresholdCache`` (and its file, when there is
/// one) and to the board, which installs it in every signal that waits for it.
public struct CalibrationService: Service {
    /// Turns a request into its detector, or nil when the calling task was cancelled first:
    /// ``CalibrationRequest/calibrate()`` on the ``CalibrationExecutor``'s threads unless a test holds it.
    public typealias Calibrate = @Sendable (CalibrationRequest) async -> CalibratedDetector?

    private let requests: AsyncStream<CalibrationRequest>
    private let cache: ThresholdCache
    private let board: SignalBoard
    private let cachePath: String?
    private let calibrate: Calibrate
    private let logger: Logger

    /// A service working through `requests` (from ``CalibrationQueue/make(cache:)``) into `cache` and `board`;
    /// with a `cachePath`, the cache is written there after each calibration (see ``loadCache(from:logger:)``).
    /// Without `calibrate`, calibrations run on the ``CalibrationExecutor``'s threads.
    public init(
        requests: AsyncStream<CalibrationRequest>,
        cache: ThresholdCache,
        board: SignalBoard,
        cachePath: String? = nil,
        logger: Logger,
        calibrate: Calibrate? = nil
    ) {
        self.requests = requests
        self.cache = cache
        self.board = board
        self.cachePath = cachePath
        self.logger = logger
        self.calibrate = calibrate ?? { request in await CalibrationExecutor.shared.run { request.calibrate() } }
    }

    /// Calibrates what arrives until the stream ends or a graceful shutdown. Once ``CalibrationQueue/finish()``
    /// ends the stream, the calibrations in flight run to their end and are kept; a graceful shutdown abandons
    /// them instead (a calibration cannot be interrupted, and at nice 10 on a loaded machine it can take a
    /// minute): their signals keep their warm-up samples in the state database and queue the same calibration
    /// again when the daemon restarts.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for await shared in requests.cancelOnGracefulShutdown() {
                group.addTask { await calibrateAndInstall(shared) }
            }
            if Task.isShuttingDownGracefully {
                group.cancelAll()
            }
        }
    }

    private func calibrateAndInstall(_ shared: CalibrationRequest) async {
        let started = ContinuousClock.now
        guard let detector = await calibrate(shared), !Task.isCancelled else {
            logger.debug("calibration abandoned: the daemon is stopping", metadata: ["candor.calibration": "\(shared)"])
            return
        }
        cache.store(detector, for: shared)
        let waiting = await board.calibrated(shared, detector)
        logger.debug(
            "detector calibrated",
            metadata: [
                "candor.calibration": "\(shared)", "candor.signals": "\(waiting)",
                "candor.seconds": "\((ContinuousClock.now - started).timeInterval)",
            ]
        )
        save()
    }

    private func save() {
        guard let cachePath else { return }
        do {
            try JSONEncoder().encode(cache.entries).write(to: URL(fileURLWithPath: cachePath), options: .atomic)
        } catch {
            logger.warning(
                "could not save the calibration cache; calibrations are redone after a restart",
                metadata: ["candor.path": "\(cachePath)", "candor.error": "\(error)"]
            )
        }
    }

    /// The cache saved at `path` by a previous run, or an empty one when there is none or it cannot be read
    /// (it is only a cache: every entry can be calibrated again).
    public static func loadCache(from path: String, logger: Logger) -> ThresholdCache {
        guard let data = FileManager.default.contents(atPath: path) else { return ThresholdCache() }
        do {
            return ThresholdCache(entries: try JSONDecoder().decode([ThresholdCache.Entry].self, from: data))
        } catch {
            logger.notice(
                "the calibration cache is unreadable; it starts empty",
                metadata: ["candor.path": "\(path)", "candor.error": "\(error)"]
            )
            return ThresholdCache()
        }
    }
}

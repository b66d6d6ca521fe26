import CandorCore
import CandorDetectors
import Foundation
import Logging
import ServiceLifecycle

/// Calibrates the detectors of signals whose warm-up ended, away from the ``SignalBoard``: at most one
/// calibration per thread of the ``CalibrationExecutor`` at once, on those threads, so that neither the trials nor
/// the status API ever wait for one. Each result goes to the ``ThresholdCache`` (and its file, when there is
/// one) and to the board, which installs it in every signal that waits for it.
public struct CalibrationService: Service {
    /// Turns a request into its detector: ``CalibrationRequest/calibrate()`` unless a test holds it.
    public typealias Calibrate = @Sendable (CalibrationRequest) async -> CalibratedDetector

    private let requests: AsyncStream<CalibrationRequest>
    private let cache: ThresholdCache
    private let board: SignalBoard
    private let cachePath: String?
    private let calibrate: Calibrate
    private let logger: Logger

    /// A service working through `requests` (from ``CalibrationQueue/make(cache:)``) into `cache` and `board`;
    /// with a `cachePath`, the cache is written there after each calibration (see ``loadCache(from:logger:)``).
    public init(
        requests: AsyncStream<CalibrationRequest>,
        cache: ThresholdCache,
        board: SignalBoard,
        cachePath: String? = nil,
        logger: Logger,
        calibrate: @escaping Calibrate = { $0.calibrate() }
    ) {
        self.requests = requests
        self.cache = cache
        self.board = board
        self.cachePath = cachePath
        self.logger = logger
        self.calibrate = calibrate
    }

    /// Calibrates what arrives until the stream ends or a graceful shutdown; a calibration in flight then runs
    /// to its end (seconds at most) and is kept.
    public func run() async {
        let executor = CalibrationExecutor.shared
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            for await shared in requests.cancelOnGracefulShutdown() {
                if running >= executor.threads {
                    await group.next()
                    running -= 1
                }
                running += 1
                group.addTask(executorPreference: executor) {
                    let started = ContinuousClock.now
                    let detector = await calibrate(shared)
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
            }
        }
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

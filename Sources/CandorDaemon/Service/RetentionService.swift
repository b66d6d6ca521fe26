import CandorCore
import CandorStore
import Foundation
import Logging
import ServiceLifecycle

/// Deletes trials older than the configured retention from the state database, once at start
/// and then every hour, in small batches so that trials keep being recorded meanwhile.
public struct RetentionService: Service {
    private let store: Store
    private let retention: Duration
    private let clock: CandorClock
    private let logger: Logger

    /// Creates the service; `clock` dates the cutoff and paces the hourly runs.
    public init(store: Store, retention: Duration, clock: CandorClock, logger: Logger) {
        self.store = store
        self.retention = retention
        self.clock = clock
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let cutoff = clock.now().addingTimeInterval(-Double(retention.components.seconds))
            do {
                let deleted = try await store.deleteTrials(before: cutoff)
                if deleted > 0 {
                    logger.info("retention: deleted \(deleted) trial(s) older than \(cutoff.formatted(.iso8601))")
                }
            } catch {
                logger.error("retention: \(error)")
            }
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(.seconds(3600)) }
            } catch {
                return
            }
        }
    }
}

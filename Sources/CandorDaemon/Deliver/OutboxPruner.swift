import CandorCore
import CandorStore
import Foundation
import Logging
import ServiceLifecycle

/// Deletes finished outbox rows older than a day (keeping each alert's newest row per sink,
/// which the repeat schedule and restarts read), at start and then every hour, so that the
/// queries of each delivery pass stay as fast as on the first day.
struct OutboxPruner {
    /// How old a finished row is when it is deleted.
    static let keep = Duration.seconds(86_400)
    /// How often the outbox is pruned.
    static let every = Duration.seconds(3600)

    let outbox: AlertOutbox
    let clock: CandorClock
    let logger: Logger

    /// Prunes now and every hour until graceful shutdown or cancellation.
    func run() async {
        // Ends on graceful shutdown or cancellation (the sleep throws).
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                let cutoff = clock.now().addingTimeInterval(-Self.keep.timeInterval)
                let pruned = try await outbox.store.pruneOutbox(before: cutoff)
                if pruned > 0 { logger.debug("pruned \(pruned) finished outbox row(s)") }
                await outbox.recount()
            } catch {
                logger.error("could not prune the alert outbox: \(error)")
            }
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(Self.every) }
            } catch {
                return
            }
        }
    }
}

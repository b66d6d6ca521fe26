import Foundation

/// A scrape of `/metrics`: the registry's counters (trials, tokens, latencies, errors, reloads) followed by the
/// families read now from the parts that hold the state (signals, schedule, delivery, guards, the process).
extension DaemonMetrics {
    /// The metrics in the Prometheus text format, as `/metrics` serves them: the registry, then what `scheduler`,
    /// `board` and `outbox` hold now, the build and the process. An outbox that cannot be read leaves its
    /// backlog at 0 for this scrape rather than failing it.
    public func scrape(scheduler: Scheduler, board: SignalBoard, outbox: AlertOutbox?) async -> String {
        let now = scheduler.clock.now()
        var families = Self.signalFamilies(await board.signalSnapshots())
        families += Self.scheduleFamilies(scheduler, now: now)
        if let outbox {
            families += Self.deliveryFamilies(
                sinks: outbox.routes.map(\.name),
                backlogs: (try? await outbox.store.outboxBacklogs()) ?? [],
                tally: outbox.notifications,
                now: now
            )
        }
        families += Self.guardFamilies(ModelClients.guarded(scheduler.clients), now: now)
        families.append(CandorBuild.family)
        families += ProcessStatistics.current()?.families ?? []
        return exposition() + families.map(\.text).joined()
    }
}

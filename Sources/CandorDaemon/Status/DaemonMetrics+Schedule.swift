import Prometheus

/// The scheduler's counts: trials that started late and scheduled runs that never happened, per probe, so an
/// operator sees a target too slow for its schedule before its signals go stale.
extension DaemonMetrics {
    /// Counts a trial of `probe` on `target` that started after its due time: `skipped` whole intervals
    /// passed without a run, and `late` says whether the start counts as late.
    public func countLateness(target: String, probe: String, skipped: Int, late: Bool) {
        let labels = [("target", target), ("probe", probe)]
        if late {
            registry.makeCounter(
                descriptor: Self.describe(
                    "trials_late",
                    "total",
                    "Trials that started late: the target's slots were taken."
                ),
                labels: labels
            ).increment()
        }
        if skipped > 0 {
            registry.makeCounter(
                descriptor: Self.describe(
                    "trials_skipped",
                    "total",
                    "Scheduled runs that never happened: whole intervals a due trial waited for a slot."
                ),
                labels: labels
            ).increment(by: Int64(skipped))
        }
    }
}

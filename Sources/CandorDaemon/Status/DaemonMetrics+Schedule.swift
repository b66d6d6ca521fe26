import CandorCore
import Foundation
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

extension DaemonMetrics {
    /// The schedule's families at `now`: when each probe's last trial started, and its interval (for a cron
    /// schedule, the gap between its next two runs), so a rule sees a probe that stopped sampling whatever its
    /// schedule.
    static func scheduleFamilies(_ scheduler: Scheduler, now: Date) -> [ScrapedFamily] {
        var last = ScrapedFamily(
            "candor_probe_last_run_timestamp_seconds",
            help: "When the probe's last trial on the target started, as a Unix time (absent before the first)."
        )
        var interval = ScrapedFamily(
            "candor_probe_interval_seconds",
            help: "The probe's sampling interval on the target (for a cron schedule, the gap between its next runs)."
        )
        let runs = scheduler.nextRuns()
        for assignment in scheduler.plan.assignments {
            let labels = [("target", assignment.target.name), ("probe", assignment.probe.id)]
            if let start = runs[Scheduler.key(assignment)]?.lastStart { last.add(start.timeIntervalSince1970, labels) }
            if let cron = assignment.cron {
                if let next = cron.next(after: now), let after = cron.next(after: next) {
                    interval.add(after.timeIntervalSince(next), labels)
                }
            } else {
                interval.add(assignment.schedule.interval.timeInterval, labels)
            }
        }
        return [last, interval]
    }
}

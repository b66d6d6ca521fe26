import CandorStore
import Foundation

/// Delivery's families, read at each scrape: the outbox backlog of each sink and how its notifications ended.
extension DaemonMetrics {
    /// The families of the sinks `sinks`, whose waiting rows are `backlogs` and whose results so far `tally`
    /// counts, at `now`. Every sink gets every series, at 0 when nothing happened, so a rule on `increase()` sees
    /// the first dead letter.
    static func deliveryFamilies(
        sinks: [String],
        backlogs: [OutboxBacklog],
        tally: NotificationTally,
        now: Date
    ) -> [ScrapedFamily] {
        var pending = ScrapedFamily("candor_outbox_pending", help: "Outbox rows waiting to be sent, by sink.")
        var age = ScrapedFamily(
            "candor_outbox_oldest_pending_age_seconds",
            help: "How long the oldest waiting outbox row of the sink has waited (0 when none waits)."
        )
        var results = ScrapedFamily(
            "candor_notifications_total",
            .counter,
            help: "Notification attempts by sink and result: sent, failed (retried) or dead_letter (given up on)."
        )
        for sink in sinks {
            let backlog = backlogs.first { $0.sink == sink }
            pending.add(Double(backlog?.pending ?? 0), [("sink", sink)])
            age.add(max(0, backlog.map { now.timeIntervalSince($0.oldest) } ?? 0), [("sink", sink)])
            let counts = tally.counts(sink: sink)
            for result in NotificationTally.Result.allCases {
                results.add(Double(counts[result] ?? 0), [("sink", sink), ("result", result.rawValue)])
            }
        }
        return [pending, age, results]
    }
}

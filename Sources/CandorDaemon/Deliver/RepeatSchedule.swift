import CandorAlerts
import CandorStore
import Foundation

/// Which firing alerts a sink is sent again now, decided from the alerts, the sink's
/// notification log, the silences, its `repeat_interval` and `now` alone (Alertmanager's
/// `repeat_interval` check in its dedup stage): no clock, store or network inside.
struct RepeatSchedule {
    /// An alert to send again, and the id of its newest row (the repeat's key, so it is new).
    struct Repeat {
        /// The firing alert.
        var alert: Alert
        /// The id of its newest row at the sink.
        var newestRow: Int64
    }

    /// Alerts whose last message is older than the interval: enqueue each once, now.
    var due: [Repeat] = []
    /// When the earliest future repeat is due; nil when none is.
    var next: Date?

    /// Decides the repeats of `firing` at `now`.
    ///
    /// An alert is repeated only once its last message was sent (or given up on) and none of its
    /// rows waits; a silenced alert is not repeated, and one that was only ever silenced (never
    /// sent) is sent as new once its silences end, by the plan, not here.
    init(
        firing: [Alert],
        log: [String: (lastSent: Date?, newestRow: Int64, waiting: Bool)],
        silences: [Silence],
        interval: Duration,
        now: Date
    ) {
        for alert in firing {
            guard let entry = log[alert.fingerprint], !entry.waiting else { continue }
            if silences.contains(where: { $0.mutes(alert, at: now) }) { continue }
            let due = entry.lastSent?.addingTimeInterval(interval.timeInterval) ?? now
            if due <= now {
                self.due.append(Repeat(alert: alert, newestRow: entry.newestRow))
            } else {
                next = min(next ?? due, due)
            }
        }
    }
}

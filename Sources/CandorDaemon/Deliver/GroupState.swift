import CandorAlerts
import Foundation

/// What one message of a group says, as Alertmanager's notifications do: the group's whole current
/// state, not only what changed. A message carries its own rows (the alerts that changed since the
/// group was last notified, resolutions among them) and every other alert of the group that fires
/// now and is not silenced, so a group whose other alert still fires goes out `firing`, and a
/// receiver keyed on the group (its `groupKey`) keeps the incident open. Pure: the caller passes the
/// firing alerts, the silences and the time.
enum GroupState {
    /// The alerts of a message to `sink` about the group `groupKey`: `changed` (the message's rows)
    /// and the alerts of `firing` in the same group that `changed` does not hold and no silence
    /// mutes at `now`, oldest first; never a self-alert about `sink` itself (it cannot reach a sink
    /// that fails). A sink that sends one alert per message gets `changed` alone.
    static func alerts(
        changed: [Alert],
        firing: [Alert],
        groupKey: String,
        sink: String,
        grouping: Grouping,
        groupsAlerts: Bool,
        silences: [Silence],
        now: Date
    ) -> [Alert] {
        guard groupsAlerts else { return changed }
        let present = Set(changed.map(\.fingerprint))
        let others = firing.filter { alert in
            !present.contains(alert.fingerprint) && alert.labels["sink"] != sink
                && grouping.groupKey(sink: sink, labels: alert.labels) == groupKey
                && !silences.contains { $0.mutes(alert, at: now) }
        }
        guard !others.isEmpty else { return changed }
        return (changed + others).sorted { $0.startsAt < $1.startsAt }
    }
}

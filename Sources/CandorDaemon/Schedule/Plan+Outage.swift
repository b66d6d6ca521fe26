import Foundation

extension Plan {
    /// The shortest time a target's trials must all fail before its outage self-alert fires, unless the
    /// config sets `outage_after`: ten minutes, or three runs of its most frequent probe when that is longer,
    /// so that a few unlucky trials of a slow schedule are not called an outage.
    public static let minimumOutageAfter: Duration = .seconds(600)

    /// How long every trial of the target named `name` may fail before `CandorTargetDown` fires: its
    /// `outage_after`, or ``minimumOutageAfter`` or three of its shortest period, whichever is longer; nil when
    /// the alert is off for it or no target has that name.
    public func outageAfter(target name: String) -> Duration? {
        guard let target = configuration.targets.first(where: { $0.name == name }), target.outageAlert else {
            return nil
        }
        if let configured = target.outageAfter { return configured }
        guard let shortest = assignments.filter({ $0.target.name == name }).map(\.period).min() else {
            return Self.minimumOutageAfter
        }
        return max(Self.minimumOutageAfter, shortest * 3)
    }

    /// The time between two runs of a cron schedule (from a fixed date, so the answer does not move).
    static func period(of cron: CronSchedule) -> Duration {
        let origin = Date(timeIntervalSince1970: 1_767_225_600)
        guard let first = cron.next(after: origin), let second = cron.next(after: first.addingTimeInterval(1)) else {
            return .seconds(86_400)
        }
        return .milliseconds(Int64(second.timeIntervalSince(first) * 1000))
    }
}

extension Plan.Assignment {
    /// The time between its runs: the interval, or the gap between two runs of its cron schedule.
    public var period: Duration {
        cron.map(Plan.period(of:)) ?? schedule.interval
    }
}

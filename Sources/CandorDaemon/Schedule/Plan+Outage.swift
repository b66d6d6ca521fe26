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
        outageThresholds[name]
    }

    /// ``outageAfter(target:)`` of every target whose outage alert is on, by name, in one pass over the plan.
    public var outageThresholds: [String: Duration] {
        var shortest: [String: Duration] = [:]
        for assignment in assignments {
            let period = assignment.period
            shortest[assignment.target.name] = min(shortest[assignment.target.name] ?? period, period)
        }
        var thresholds: [String: Duration] = [:]
        for target in configuration.targets where target.outageAlert {
            thresholds[target.name] =
                target.outageAfter ?? max(Self.minimumOutageAfter, (shortest[target.name] ?? .zero) * 3)
        }
        return thresholds
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

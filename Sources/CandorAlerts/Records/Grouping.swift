/// How a sink batches and repeats notifications, as in Alertmanager's routes: alerts with the
/// same values of `groupBy` share a message; the first message of a group waits `wait` for more
/// alerts to join; later changes to the group are sent at most every `interval`; a group still
/// firing is sent again every `repeatInterval`.
public struct Grouping: Sendable, Hashable {
    /// The labels that define a group; `["..."]` puts each alert in a group of its own.
    public var groupBy: [String]
    /// How long a new group waits before its first message.
    public var wait: Duration
    /// The least time between two messages of one group.
    public var interval: Duration
    /// How often a group that is still firing is sent again; nil never repeats.
    public var repeatInterval: Duration?
    /// Whether resolutions are sent.
    public var sendResolved: Bool

    /// Creates a policy.
    public init(
        groupBy: [String] = ["alertname"],
        wait: Duration = .seconds(30),
        interval: Duration = .seconds(300),
        repeatInterval: Duration? = .seconds(4 * 3600),
        sendResolved: Bool = true
    ) {
        self.groupBy = groupBy
        self.wait = wait
        self.interval = interval
        self.repeatInterval = repeatInterval
        self.sendResolved = sendResolved
    }

    /// Every alert at once, whole, never repeated: the alert file.
    public static let immediate = Grouping(groupBy: ["..."], wait: .zero, interval: .zero, repeatInterval: nil)

    /// The values of the `groupBy` labels of `labels`.
    public func groupLabels(of labels: [String: String]) -> [String: String] {
        if groupBy == ["..."] { return labels }
        return labels.filter { groupBy.contains($0.key) }
    }

    /// The group key of `labels` at the sink `sink`: `sink:{name="value",…}`.
    public func groupKey(sink: String, labels: [String: String]) -> String {
        let pairs = groupLabels(of: labels).sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
        return "\(sink):{\(pairs.joined(separator: ","))}"
    }
}

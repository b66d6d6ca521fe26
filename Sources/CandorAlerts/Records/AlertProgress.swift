import Foundation

/// Where a pending or firing alert stands in its lifecycle beyond its status: what a restart
/// needs to resume the `for:` and `keep_firing_for:` clocks rather than start them over.
public struct AlertProgress: Sendable, Codable, Hashable {
    /// The alert: as it will fire while pending, as it fired while firing.
    public var alert: Alert
    /// While pending: since when the finding has held (the `for:` clock); nil once firing.
    public var pendingSince: Date?
    /// While firing: samples of its signal seen since it fired.
    public var samplesSinceFiring: Int
    /// While firing: since when the resolve condition has held (the `keep_firing_for:` clock).
    public var recoveredSince: Date?

    /// Creates the progress of `alert`.
    public init(alert: Alert, pendingSince: Date? = nil, samplesSinceFiring: Int = 0, recoveredSince: Date? = nil) {
        self.alert = alert
        self.pendingSince = pendingSince
        self.samplesSinceFiring = samplesSinceFiring
        self.recoveredSince = recoveredSince
    }

    /// `pending` or `firing`.
    public var status: String {
        pendingSince == nil ? "firing" : "pending"
    }
}

import Foundation

/// Mutes notifications of the alerts whose labels match, until it expires. Silenced alerts are
/// still recorded (they stay in the outbox as `silenced`), just not sent.
public struct Silence: Sendable, Codable, Hashable {
    /// The silence's id (`config-N` for silences from the config file).
    public var id: String
    /// Label values an alert must all have; an empty map matches nothing.
    public var matchers: [String: String]
    /// When the silence ends.
    public var endsAt: Date
    /// Who set it and why.
    public var comment: String

    /// Creates a silence.
    public init(id: String = UUID().uuidString.lowercased(), matchers: [String: String], endsAt: Date, comment: String)
    {
        self.id = id
        self.matchers = matchers
        self.endsAt = endsAt
        self.comment = comment
    }

    /// Whether the silence mutes `alert` at `now`.
    public func mutes(_ alert: Alert, at now: Date) -> Bool {
        now < endsAt && !matchers.isEmpty && matchers.allSatisfy { alert.labels[$0.key] == $0.value }
    }
}

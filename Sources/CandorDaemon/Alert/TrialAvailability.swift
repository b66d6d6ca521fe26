import Foundation

/// What one finished trial says about whether its target answers, for the outage self-alert: the model
/// answered at least one call, every call failed, or the trial says nothing about it (the target's own
/// budget or rate limit skipped it, or shutdown cancelled it).
public struct TrialAvailability: Sendable, Equatable {
    /// What the trial says.
    public enum Evidence: Sendable, Equatable {
        /// At least one call got an answer.
        case answered
        /// Every call failed; `error` is the last one's code (and HTTP status), such as `http_status 503`.
        case failed(error: String)
        /// No call reached the model for a reason of Candor's own (budget, rate limit, shutdown).
        case none
    }

    /// The target's name.
    public var target: String
    /// When the trial ended.
    public var time: Date
    /// What it says about the target.
    public var evidence: Evidence

    /// Creates one from its parts.
    public init(target: String, time: Date, evidence: Evidence) {
        self.target = target
        self.time = time
        self.evidence = evidence
    }

    /// What `record`, ended at `time`, says about its target.
    public init(_ record: TrialRecord, endedAt time: Date) {
        self.target = record.target
        self.time = time
        if record.exchanges.contains(where: { $0.response != nil }) {
            evidence = .answered
        } else if let error = record.exchanges.compactMap(\.error).last(where: { !Self.ownCodes.contains($0.code) }) {
            // An open circuit is the target's failures still counting, not Candor's choice.
            evidence = .failed(error: error.code + (error.status.map { " \($0)" } ?? ""))
        } else {
            evidence = .none
        }
    }

    /// Error codes of calls Candor itself held back, which say nothing about the target.
    static let ownCodes: Set<String> = ["budget_exhausted", "rate_limited", "cancelled"]
}

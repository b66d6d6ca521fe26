import CandorCore
import CandorProviders
import CandorRules
import Foundation

/// Everything about one trial: what was sent, what came back, and how it was scored. Written as
/// one line of `samples.jsonl` (`candor.sample/v1`). Contains no credential.
public struct TrialRecord: Sendable, Codable {
    /// The schema identifier written with every record.
    public static let schemaName = "candor.sample/v1"

    /// One request of the trial and its result.
    public struct Exchange: Sendable, Codable {
        /// The condition.
        public var condition: String
        /// Which repetition of the condition.
        public var repetition: Int
        /// What was sent.
        public var messages: [ChatMessage]
        /// What came back, if the call succeeded.
        public var response: ChatResponse?
        /// Why the call failed, if it did.
        public var error: ExchangeError?
        /// For a probe with tools: every call the model made and the scripted result, in order.
        public var toolLog: [ToolLogEntry]?
        /// For a probe with tools: the limit that stopped the loop before the model finished, if one did.
        public var toolLoopStopped: String?
        /// For a belief answer reused from the ``BeliefCache``: when it was asked. Absent for a call of this trial.
        public var cachedAt: Date?
    }

    /// A failed call, as recorded.
    public struct ExchangeError: Sendable, Codable {
        /// `transport`, `http_status`, `malformed_response`, `credentials` or `cancelled`.
        public var code: String
        /// What happened.
        public var message: String
        /// The HTTP status, if there was a response.
        public var status: Int?
        /// True when the target's own guards skipped the call (rate limit, budget, open circuit):
        /// it never reached the model. Absent otherwise.
        public var skipped: Bool?
    }

    /// Always ``schemaName``.
    public var schema: String = TrialRecord.schemaName
    /// Unique id of the trial.
    public var trialId: String
    /// When the trial started.
    public var time: Date
    /// The target's name.
    public var target: String
    /// The model asked for.
    public var model: String
    /// The probe's id.
    public var probe: String
    /// The item's id.
    public var item: String
    /// The seed that chose the item.
    public var seed: UInt64
    /// The hash of the probe's rule pack.
    public var rulePackHash: String
    /// Sampling parameters sent.
    public var sampling: SamplingParameters
    /// The requests and their results, in order: the calls this trial made.
    public var exchanges: [Exchange]
    /// The belief answers reused from the ``BeliefCache`` that the trial was scored against, each marked with
    /// when it was asked (`cachedAt`); absent when the trial asked every prompt. Not calls of this trial.
    public var cachedBelief: [Exchange]?
    /// The score.
    public var observation: Observation
    /// Wall time of the whole trial.
    public var durationSeconds: Double

    /// The model id the target reported most recently in this trial, if any.
    public var reportedModel: String? {
        exchanges.reversed().lazy.compactMap { $0.response?.model }.first
    }

    /// The backend fingerprint the target reported most recently in this trial, if any.
    public var reportedFingerprint: String? {
        exchanges.reversed().lazy.compactMap { $0.response?.fingerprint }.first
    }
}

import CandorStore
import Foundation

extension TrialRecord {
    /// The trial as the state database keeps it: identity, outcome and its calls' tokens and failures. The
    /// prompts and answers stay in the samples log.
    public var stored: StoredTrial {
        StoredTrial(
            id: trialId,
            time: time,
            target: target,
            probe: probe,
            outcome: observation.outcome.rawValue,
            calls: exchanges.map { exchange in
                StoredCall(
                    tokens: exchange.response.map { $0.usage?.totalTokens ?? 0 },
                    error: exchange.error?.code,
                    // Records written before the mark said so only in the message.
                    skipped: exchange.error.flatMap { error in
                        (error.skipped ?? error.message.contains(": skipped: ")) ? true : nil
                    }
                )
            }
        )
    }
}

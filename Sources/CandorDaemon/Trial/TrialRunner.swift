import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import Foundation

/// Runs one trial against one target: sends every request of the plan in order, then scores
/// the answers. A multi-turn condition (pushback, confrontation) is sent with the model's own
/// earlier answer quoted in it. A failed call stops the trial (the outcome is `error` either
/// way, and the remaining calls would only spend tokens).
public struct TrialRunner: Sendable {
    private let client: any ModelClient
    private let clock: CandorClock

    /// Creates a runner that calls `client`; `clock` dates the trial and times it.
    public init(client: any ModelClient, clock: CandorClock) {
        self.client = client
        self.clock = clock
    }

    /// Runs `plan` for `assignment` and returns the scored record.
    public func run(_ plan: TrialPlan, assignment: Plan.Assignment) async -> TrialRecord {
        let started = clock.now()
        let start = clock.instant()
        var exchanges: [TrialRecord.Exchange] = []
        var answers: [String: [TrialAnswers.Answer]] = [:]
        var said: [String: [String]] = [:]
        var toolLogs: [String: [[ToolLogEntry]]] = [:]
        var reasoning: [String: [String]] = [:]
        for request in plan.requests {
            let messages = request.messages(quoting: said)
            var exchange = TrialRecord.Exchange(
                condition: request.condition,
                repetition: request.repetition,
                messages: messages
            )
            do {
                let sampling = assignment.sampling.merged(with: request.sampling)
                let response: ChatResponse
                if let tools = plan.tools {
                    let loop = try await ToolLoop(client: client, environment: tools, limits: plan.toolLoop)
                        .run(messages, sampling: sampling)
                    exchange.messages = loop.messages
                    exchange.toolLog = loop.log
                    exchange.toolLoopStopped = loop.stoppedBy
                    toolLogs[request.condition, default: []].append(loop.log)
                    response = loop.response
                } else {
                    response = try await client.complete(ChatRequest(messages: messages, sampling: sampling))
                }
                exchange.response = response
                answers[request.condition, default: []].append(.text(response.text))
                said[request.condition, default: []].append(response.text)
                reasoning[request.condition, default: []].append(response.reasoning ?? "")
            } catch {
                let failure = Self.describe(error)
                exchange.error = failure
                answers[request.condition, default: []].append(.failure("\(failure.code): \(failure.message)"))
            }
            exchanges.append(exchange)
            if exchange.error != nil { break }
        }
        let observation = Scorer(assignment.probe.scorer).score(
            TrialAnswers(byCondition: answers, prompts: plan.prompts, toolLogs: toolLogs, reasoning: reasoning),
            item: plan.item
        )
        let elapsed = clock.instant() - start
        return TrialRecord(
            trialId: UUID().uuidString.lowercased(),
            time: started,
            target: assignment.target.name,
            model: assignment.target.model,
            probe: assignment.probe.id,
            item: plan.item.id,
            seed: plan.seed,
            rulePackHash: assignment.probe.packHash,
            sampling: assignment.sampling,
            exchanges: exchanges,
            observation: observation,
            durationSeconds: elapsed.timeInterval
        )
    }

    static func describe(_ error: any Error) -> TrialRecord.ExchangeError {
        if let error = error as? ProviderError {
            return TrialRecord.ExchangeError(
                code: error.code.rawValue,
                message: error.description,
                status: error.status,
                skipped: error.skipped ? true : nil
            )
        }
        if error is CancellationError {
            return TrialRecord.ExchangeError(code: "cancelled", message: "cancelled at shutdown", status: nil)
        }
        return TrialRecord.ExchangeError(code: "internal", message: "\(error)", status: nil)
    }
}

import CandorCore
import CandorHTTP
import CandorProviders
import CandorRules
import Foundation

/// Runs one trial against one target: sends every request of the plan in order, then scores
/// the answers. A multi-turn condition (pushback, confrontation) is sent with the model's own
/// earlier answer quoted in it. A failed call stops the trial (the outcome is `error` either
/// way, and the remaining calls would only spend tokens). With a ``BeliefCache``, the belief prompts of a
/// comparison are answered from the cache while it holds a belief of the item that may be reused.
public struct TrialRunner: Sendable {
    private let client: any ModelClient
    private let clock: CandorClock
    private let beliefs: BeliefCache?

    /// Creates a runner that calls `client`; `clock` dates the trial and times it; `beliefs`, if given, caches
    /// the neutral belief answers of probes that have them (``Probe/cachedBeliefConditions``).
    public init(client: any ModelClient, clock: CandorClock, beliefs: BeliefCache? = nil) {
        self.client = client
        self.clock = clock
        self.beliefs = beliefs
    }

    /// Runs `plan` for `assignment` and returns the scored record.
    public func run(_ plan: TrialPlan, assignment: Plan.Assignment) async -> TrialRecord {
        let started = clock.now()
        let start = clock.instant()
        let probe = assignment.probe
        var cacheable: Set<String> = []
        var prompt = ""
        var lookup: BeliefCache.Lookup?
        if let beliefs, let maxAge = assignment.target.beliefMaxAge, !probe.cachedBeliefConditions.isEmpty {
            cacheable = Set(probe.cachedBeliefConditions)
            prompt = BeliefCache.prompt(of: plan, conditions: cacheable, sampling: assignment.sampling)
            lookup = await beliefs.lookup(
                target: assignment.target.name,
                probe: probe.id,
                item: plan.item.id,
                prompt: prompt,
                maxAge: maxAge
            )
        }
        // The calls made, and apart from them the cached belief answers reused: what counts calls, tokens and
        // answers (metrics, guards, the outage alert) sees only the calls.
        var exchanges: [TrialRecord.Exchange] = []
        var reused: [TrialRecord.Exchange] = []
        for request in plan.requests {
            if let cached = lookup?.exchanges?.first(where: {
                $0.condition == request.condition && $0.repetition == request.repetition
            }) {
                reused.append(cached)
                continue
            }
            let exchange = await send(request, of: plan, assignment: assignment, after: exchanges)
            exchanges.append(exchange)
            if exchange.error != nil { break }
        }
        // A belief cached from another model says nothing about this one: ask it now, so that the trial is scored
        // against the belief of the model that answered the other conditions.
        if var current = lookup, current.exchanges != nil, !exchanges.contains(where: { $0.error != nil }),
            let seen = BeliefCache.modelFingerprint(of: exchanges, model: assignment.target.model),
            seen != current.previous?.modelFingerprint
        {
            current.exchanges = nil
            current.refresh = .fingerprint
            lookup = current
            reused = []
            for request in plan.requests where cacheable.contains(request.condition) {
                let exchange = await send(request, of: plan, assignment: assignment, after: exchanges)
                exchanges.append(exchange)
                if exchange.error != nil { break }
            }
        }
        let observation = Scorer(probe.scorer).score(Self.answers(reused + exchanges, plan: plan), item: plan.item)
        var record = TrialRecord(
            trialId: UUID().uuidString.lowercased(),
            time: started,
            target: assignment.target.name,
            model: assignment.target.model,
            probe: probe.id,
            item: plan.item.id,
            seed: plan.seed,
            rulePackHash: probe.packHash,
            sampling: assignment.sampling,
            exchanges: exchanges,
            observation: observation,
            durationSeconds: (clock.instant() - start).timeInterval
        )
        record.cachedBelief = reused.isEmpty ? nil : reused
        let asked = exchanges.filter { cacheable.contains($0.condition) }
        if let beliefs, let lookup, lookup.exchanges == nil, asked.count == probe.cachedBeliefCalls,
            asked.allSatisfy({ $0.response != nil }),
            let fingerprint = BeliefCache.modelFingerprint(of: asked, model: assignment.target.model)
        {
            await beliefs.save(
                asked,
                of: record,
                prompt: prompt,
                modelFingerprint: fingerprint,
                belief: BeliefCache.belief(of: observation, conditions: probe.cachedBeliefConditions),
                lookup: lookup
            )
        }
        return record
    }

    /// Sends one request (through the tool loop for a probe with tools), quoting the answers of `earlier`.
    private func send(
        _ request: TrialPlan.Request,
        of plan: TrialPlan,
        assignment: Plan.Assignment,
        after earlier: [TrialRecord.Exchange]
    ) async -> TrialRecord.Exchange {
        var said: [String: [String]] = [:]
        for exchange in earlier {
            if let text = exchange.response?.text { said[exchange.condition, default: []].append(text) }
        }
        let messages = request.messages(quoting: said)
        var exchange = TrialRecord.Exchange(
            condition: request.condition,
            repetition: request.repetition,
            messages: messages
        )
        do {
            let sampling = assignment.sampling.merged(with: request.sampling)
            if let tools = plan.tools {
                let loop = try await ToolLoop(client: client, environment: tools, limits: plan.toolLoop)
                    .run(messages, sampling: sampling)
                exchange.messages = loop.messages
                exchange.toolLog = loop.log
                exchange.toolLoopStopped = loop.stoppedBy
                exchange.response = loop.response
            } else {
                exchange.response = try await client.complete(ChatRequest(messages: messages, sampling: sampling))
            }
        } catch {
            exchange.error = Self.describe(error)
        }
        return exchange
    }

    /// What the scorer reads of `exchanges`: each condition's answers (or failures), tool logs and reasoning.
    static func answers(_ exchanges: [TrialRecord.Exchange], plan: TrialPlan) -> TrialAnswers {
        var answers: [String: [TrialAnswers.Answer]] = [:]
        var toolLogs: [String: [[ToolLogEntry]]] = [:]
        var reasoning: [String: [String]] = [:]
        for exchange in exchanges {
            if let response = exchange.response {
                answers[exchange.condition, default: []].append(.text(response.text))
                reasoning[exchange.condition, default: []].append(response.reasoning ?? "")
                if let log = exchange.toolLog { toolLogs[exchange.condition, default: []].append(log) }
            } else if let failure = exchange.error {
                answers[exchange.condition, default: []].append(.failure("\(failure.code): \(failure.message)"))
            }
        }
        return TrialAnswers(byCondition: answers, prompts: plan.prompts, toolLogs: toolLogs, reasoning: reasoning)
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

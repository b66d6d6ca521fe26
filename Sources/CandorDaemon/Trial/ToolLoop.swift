import CandorCore
import CandorProviders
import CandorRules

/// The agent loop of one request of a probe with tools: the model answers, each tool it calls gets the
/// scripted environment's result, and the model is asked again, until it answers without calling a tool
/// or a limit (steps, tokens) stops it. Its last answer is the one scored.
struct ToolLoop {
    /// What one request's loop produced.
    struct Outcome {
        /// The conversation as last sent, calls and results included.
        var messages: [ChatMessage]
        /// The model's last answer.
        var response: ChatResponse
        /// Every tool call and what the environment answered, in order.
        var log: [ToolLogEntry]
        /// Why the loop stopped before the model finished, if it did (a limit).
        var stoppedBy: String?
    }

    let client: any ModelClient
    let environment: ToolEnvironment
    let limits: ToolLoopLimits

    /// Runs the loop from `messages`.
    ///
    /// - Throws: the client's ``ProviderError`` when a model call fails; the loop stops there.
    func run(_ messages: [ChatMessage], sampling: SamplingParameters) async throws -> Outcome {
        var conversation = messages
        var log: [ToolLogEntry] = []
        var tokens = 0
        var usedIDs: Set<String> = []
        let tools = environment.definitions
        var step = 0
        while true {
            step += 1
            let response = try await client.complete(
                ChatRequest(messages: conversation, sampling: sampling, tools: tools)
            )
            tokens += response.usage?.totalTokens ?? 0
            guard var calls = response.toolCalls, !calls.isEmpty else {
                return Outcome(messages: conversation, response: response, log: log)
            }
            // Ids an API left out are made up per response; keep them unique across the conversation.
            for index in calls.indices where !usedIDs.insert(calls[index].id).inserted {
                calls[index].id += "_\(step)"
                usedIDs.insert(calls[index].id)
            }
            conversation.append(.assistant(response.text, calling: calls))
            for call in calls {
                let answer = environment.answer(call)
                log.append(ToolLogEntry(call: call, status: answer.status, content: answer.content))
                conversation.append(.toolResult(for: call, content: answer.content, failed: answer.status.isError))
            }
            if step >= limits.maxSteps || tokens >= limits.maxTokens {
                let limit = step >= limits.maxSteps ? "\(limits.maxSteps) steps" : "\(limits.maxTokens) tokens"
                return Outcome(messages: conversation, response: response, log: log, stoppedBy: limit)
            }
        }
    }
}

import CandorCore
import CandorDaemon
import CandorProviders

extension OnlineCheck {
    /// The tool-call check: one tool the model is plainly asked to call.
    static let toolRequest = ChatRequest(
        messages: [
            ChatMessage(
                role: .system,
                content: "You are an assistant with tools. Use a tool when the user asks for it."
            ),
            ChatMessage(role: .user, content: "What time is it? Call the get_current_time tool to find out."),
        ],
        sampling: SamplingParameters(temperature: 0, maxTokens: 64),
        tools: [
            ToolDefinition(
                name: "get_current_time",
                description: "Returns the current UTC time.",
                parameters: .object(["type": .string("object"), "properties": .object([:])])
            )
        ]
    )

    /// Whether `target`, which some probes with tools are scheduled on, actually calls tools: a warning
    /// line when it does not (or rejects a request with tools), nil when it does.
    static func toolWarning(for target: Configuration.Target, probes: Int, client: any ModelClient) async -> String? {
        let consequence =
            "its \(probes) probe(s) with tools would measure nothing; set 'tool_calls: false' on the target "
            + "(they are then skipped and counted) or serve the model with tool calling enabled"
        do {
            let response = try await client.complete(toolRequest)
            if response.toolCalls?.isEmpty == false { return nil }
            return "target \(target.name): cannot do tool calls: asked to call the offered tool, the model answered "
                + "in text instead; \(consequence)"
        } catch let error as ProviderError {
            return "target \(target.name): cannot do tool calls: a request with tools failed (\(error)); \(consequence)"
        } catch {
            return "target \(target.name): cannot do tool calls: \(error); \(consequence)"
        }
    }
}

import CandorCore
import CandorHTTP
import Foundation

/// Anthropic's Messages API (`POST {base}/messages`, base such as `https://api.anthropic.com/v1`).
///
/// System turns go into the top-level `system` field; consecutive turns of one role are joined
/// (the API wants user and assistant to alternate, starting with the user); `max_tokens` is
/// always sent, as the API requires. The key goes in `x-api-key`, with `anthropic-version`.
/// `thinking` blocks become the response's reasoning; `redacted_thinking` is noted as such.
/// Tools go in `tools` (`input_schema`); the model's `tool_use` blocks become tool calls (an id made
/// up when missing, a non-object `input` kept as its text) and tool results travel as `tool_result`
/// blocks of a user turn. Parsed defensively: unknown block types and fields are ignored, and a body
/// with neither text nor a tool call is a ``ProviderError``, never an empty answer.
public enum AnthropicMessagesAPI: ModelAPI {
    /// The API version sent in `anthropic-version`.
    public static let apiVersion = "2023-06-01"

    /// `messages`.
    public static func path(for endpoint: ModelEndpoint) -> String { "messages" }

    /// `anthropic-version`, and the key in `x-api-key`.
    public static func headers(for endpoint: ModelEndpoint) -> [HTTPHeader] {
        [HTTPHeader("anthropic-version", apiVersion)]
            + (endpoint.apiKey.map { [HTTPHeader("x-api-key", $0.revealed)] } ?? [])
    }

    /// System turns in `system`, same-role turns joined, `max_tokens` always set.
    ///
    /// - Throws: when the temperature is not a finite number.
    public static func body(for request: ChatRequest, endpoint: ModelEndpoint) throws -> [UInt8] {
        let system = request.messages.filter { $0.role == .system }.map(\.content)
        return try encode(
            AnthropicMessagesRequest(
                model: endpoint.model,
                maxTokens: request.sampling.maxTokens,
                system: system.isEmpty ? nil : system.joined(separator: "\n\n"),
                messages: AnthropicMessage.turns(request.messages),
                temperature: request.sampling.temperature,
                tools: request.tools.isEmpty ? nil : request.tools.map(AnthropicTool.init)
            )
        )
    }

    /// Reads the text blocks, and the thinking blocks as reasoning.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    public static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse {
        let wire = try endpoint.decode(
            AnthropicMessagesResponse.self,
            response,
            url: url,
            as: "a Messages API response"
        )
        if wire.type == "error" || wire.hasError {
            throw endpoint.errorBody(response, url: url)
        }
        guard let blocks = wire.content else {
            throw endpoint.malformed("the message has no content", response, url: url)
        }
        let texts = blocks.filter { $0.type == "text" }.compactMap(\.text)
        let calls = blocks.filter { $0.type == "tool_use" }.enumerated().compactMap { index, block -> ToolCall? in
            guard let name = block.name, !name.isEmpty else { return nil }
            let arguments: String = if case .string(let text)? = block.input { text } else { block.input?.text ?? "" }
            return ToolCall(
                id: block.id.flatMap { $0.isEmpty ? nil : $0 } ?? "toolu_\(index + 1)",
                name: name,
                arguments: arguments
            )
        }
        guard !texts.isEmpty || !calls.isEmpty else {
            let stop = wire.stopReason.map { " (stop_reason: \($0))" } ?? ""
            throw endpoint.malformed("the message has no text block\(stop)", response, url: url)
        }
        var thoughts = blocks.filter { $0.type == "thinking" }.compactMap(\.thinking)
        if blocks.contains(where: { $0.type == "redacted_thinking" }) { thoughts.append("[redacted thinking]") }
        return ChatResponse(
            text: texts.joined(),
            reasoning: thoughts.isEmpty ? nil : thoughts.joined(separator: "\n\n"),
            model: wire.model,
            fingerprint: nil,
            finishReason: wire.stopReason,
            usage: wire.usage.flatMap { usage in
                guard let input = usage.inputTokens, let output = usage.outputTokens else { return nil }
                let cached = (usage.cacheCreationInputTokens ?? 0) + (usage.cacheReadInputTokens ?? 0)
                return TokenUsage(promptTokens: input + cached, completionTokens: output)
            },
            toolCalls: calls,
            latencySeconds: response.totalSeconds
        )
    }
}

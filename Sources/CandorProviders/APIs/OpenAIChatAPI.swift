import CandorCore
import CandorHTTP
import Foundation

/// The OpenAI-compatible chat-completions API (`POST {base}/chat/completions`), as spoken by
/// OpenAI, vLLM, llama.cpp's server, Ollama and TGI.
///
/// Responses are parsed defensively: unknown fields are ignored, missing optional fields are
/// tolerated, and anything that is not an answer (an error body, no choices, no content) is a
/// ``ProviderError``, never an empty answer; a message that only calls tools (`tool_calls`, or the
/// legacy `function_call`) is an answer with empty text. A call without an id gets `call_N`. Reasoning text is read from `reasoning_content`
/// (DeepSeek, vLLM) or `reasoning` (OpenRouter, Ollama).
public enum OpenAIChatAPI: ModelAPI {
    /// `chat/completions`.
    public static func path(for endpoint: ModelEndpoint) -> String { "chat/completions" }

    /// The key as a bearer token.
    public static func headers(for endpoint: ModelEndpoint) -> [HTTPHeader] {
        endpoint.apiKey.map { [HTTPHeader("Authorization", "Bearer \($0.revealed)")] } ?? []
    }

    /// Model, messages, sampling parameters, and log probabilities when the endpoint asks.
    ///
    /// - Throws: when the temperature is not a finite number.
    public static func body(for request: ChatRequest, endpoint: ModelEndpoint) throws -> [UInt8] {
        try encode(
            OpenAIChatRequest(
                model: endpoint.model,
                messages: request.messages.map(OpenAIChatMessage.init),
                temperature: request.sampling.temperature,
                maxTokens: request.sampling.maxTokens,
                seed: request.sampling.seed,
                logprobs: endpoint.logprobs.map { _ in true },
                topLogprobs: endpoint.logprobs.flatMap { $0 > 0 ? $0 : nil },
                tools: request.tools.isEmpty ? nil : request.tools.map(OpenAIChatTool.init),
                toolChoice: request.tools.isEmpty ? nil : "auto"
            )
        )
    }

    /// Reads the first choice.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    public static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse {
        let wire = try endpoint.decode(OpenAIChatResponse.self, response, url: url, as: "a chat completion")
        if wire.hasError {
            throw endpoint.errorBody(response, url: url)
        }
        guard let choice = wire.choices?.first, let message = choice.message else {
            throw endpoint.malformed("the chat completion has no choices", response, url: url)
        }
        guard let text = message.content ?? (message.toolCalls.isEmpty ? nil : "") else {
            let refusal = message.refusal.map { " (refusal: \($0))" } ?? ""
            throw endpoint.malformed("the chat completion's message has no content\(refusal)", response, url: url)
        }
        return ChatResponse(
            text: text,
            reasoning: message.reasoningContent ?? message.reasoning,
            model: wire.model,
            fingerprint: wire.systemFingerprint,
            finishReason: choice.finishReason,
            usage: wire.usage,
            logprobs: choice.logprobs?.compactMap { entry in
                guard let token = entry.token, let logprob = entry.logprob else { return nil }
                let top = (entry.top ?? []).compactMap { alternative in
                    alternative.token.flatMap { token in
                        alternative.logprob.map { TokenLogprob.Alternative(token: token, logprob: $0) }
                    }
                }
                return TokenLogprob(token: token, logprob: logprob, top: top)
            },
            toolCalls: message.toolCalls,
            latencySeconds: response.totalSeconds
        )
    }
}

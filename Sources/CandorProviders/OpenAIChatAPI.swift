import CandorHTTP
import Foundation

/// The OpenAI-compatible chat-completions API (`POST {base}/chat/completions`), as spoken by
/// OpenAI, vLLM, llama.cpp's server, Ollama and TGI.
///
/// Responses are parsed defensively: unknown fields are ignored, missing optional fields are
/// tolerated, and anything that is not an answer (an error body, no choices, no content) is a
/// ``ProviderError``, never an empty answer. Reasoning text is read from `reasoning_content`
/// (DeepSeek, vLLM) or `reasoning` (OpenRouter, Ollama).
public enum OpenAIChatAPI: ModelAPI {
    /// `chat/completions`.
    public static func path(for endpoint: ModelEndpoint) -> String { "chat/completions" }

    /// The key as a bearer token.
    public static func headers(for endpoint: ModelEndpoint) -> [HTTPHeader] {
        endpoint.apiKey.map { [HTTPHeader("Authorization", "Bearer \($0.revealed)")] } ?? []
    }

    /// Model, messages, sampling parameters, and log probabilities when the endpoint asks.
    public static func body(for request: ChatRequest, endpoint: ModelEndpoint) -> any Encodable {
        WireRequest(
            model: endpoint.model,
            messages: request.messages,
            temperature: request.sampling.temperature,
            maxTokens: request.sampling.maxTokens,
            seed: request.sampling.seed,
            logprobs: endpoint.logprobs.map { _ in true },
            topLogprobs: endpoint.logprobs.flatMap { $0 > 0 ? $0 : nil }
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
        let wire = try endpoint.decode(WireResponse.self, response, url: url, as: "a chat completion")
        if wire.error != nil {
            throw endpoint.malformed(
                "the server sent an error: \(endpoint.serverMessage(response.body))",
                response,
                url: url
            )
        }
        guard let choice = wire.choices?.first, let message = choice.message else {
            throw endpoint.malformed("the chat completion has no choices", response, url: url)
        }
        guard let text = message.content?.text else {
            let refusal = message.refusal.map { " (refusal: \($0))" } ?? ""
            throw endpoint.malformed("the chat completion's message has no content\(refusal)", response, url: url)
        }
        return ChatResponse(
            text: text,
            reasoning: message.reasoningContent ?? message.reasoning,
            model: wire.model,
            fingerprint: wire.systemFingerprint,
            finishReason: choice.finishReason,
            usage: wire.usage.flatMap { usage in
                guard let prompt = usage.promptTokens, let completion = usage.completionTokens else { return nil }
                return TokenUsage(promptTokens: prompt, completionTokens: completion)
            },
            logprobs: choice.logprobs?.content?.compactMap { entry in
                guard let token = entry.token, let logprob = entry.logprob else { return nil }
                let top = (entry.topLogprobs ?? []).compactMap { alternative in
                    alternative.token.flatMap { token in
                        alternative.logprob.map { TokenLogprob.Alternative(token: token, logprob: $0) }
                    }
                }
                return TokenLogprob(token: token, logprob: logprob, top: top)
            },
            latencySeconds: response.totalSeconds
        )
    }
}

// MARK: - Wire format

private struct WireRequest: Encodable {
    var model: String
    var messages: [ChatMessage]
    var temperature: Double?
    var maxTokens: Int
    var seed: Int?
    var logprobs: Bool?
    var topLogprobs: Int?

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, seed, logprobs
        case maxTokens = "max_tokens"
        case topLogprobs = "top_logprobs"
    }
}

/// Every field optional and every nested value decoded leniently: a server that adds, renames
/// or nulls a field still yields an answer or a clear `malformed_response`.
private struct WireResponse: Decodable {
    struct Choice: Decodable {
        var message: Message?
        var finishReason: String?
        var logprobs: Logprobs?

        enum CodingKeys: String, CodingKey {
            case message, logprobs
            case finishReason = "finish_reason"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try container.decodeIfPresent(Message.self, forKey: .message)
            finishReason = try? container.decodeIfPresent(String.self, forKey: .finishReason)
            logprobs = try? container.decodeIfPresent(Logprobs.self, forKey: .logprobs)
        }
    }

    struct Message: Decodable {
        var content: Content?
        var reasoningContent: String?
        var reasoning: String?
        var refusal: String?

        enum CodingKeys: String, CodingKey {
            case content, reasoning, refusal
            case reasoningContent = "reasoning_content"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = try container.decodeIfPresent(Content.self, forKey: .content)
            reasoningContent = try? container.decodeIfPresent(String.self, forKey: .reasoningContent)
            reasoning = try? container.decodeIfPresent(String.self, forKey: .reasoning)
            refusal = try? container.decodeIfPresent(String.self, forKey: .refusal)
        }
    }

    /// `content` is a string for most servers, and an array of typed parts for some.
    struct Content: Decodable {
        var text: String?

        struct Part: Decodable {
            var type: String?
            var text: String?
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                text = nil
            } else if let string = try? container.decode(String.self) {
                text = string
            } else {
                let parts = try container.decode([Part].self)
                let texts = parts.filter { $0.type == nil || $0.type == "text" }.compactMap(\.text)
                text = texts.isEmpty ? nil : texts.joined()
            }
        }
    }

    struct Logprobs: Decodable {
        struct Entry: Decodable {
            var token: String?
            var logprob: Double?
            var topLogprobs: [Alternative]?

            enum CodingKeys: String, CodingKey {
                case token, logprob
                case topLogprobs = "top_logprobs"
            }
        }

        struct Alternative: Decodable {
            var token: String?
            var logprob: Double?
        }

        var content: [Entry]?
    }

    struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
        }
    }

    var model: String?
    var systemFingerprint: String?
    var choices: [Choice]?
    var usage: Usage?
    var error: JSONPresence?

    enum CodingKeys: String, CodingKey {
        case model, choices, usage, error
        case systemFingerprint = "system_fingerprint"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try? container.decodeIfPresent(String.self, forKey: .model)
        systemFingerprint = try? container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices)
        usage = try? container.decodeIfPresent(Usage.self, forKey: .usage)
        error = try container.decodeIfPresent(JSONPresence.self, forKey: .error)
    }
}

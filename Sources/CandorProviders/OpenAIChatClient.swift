import CandorHTTP
import Foundation

/// The OpenAI-compatible chat-completions API (`POST {base}/chat/completions`), as spoken by
/// OpenAI, vLLM, llama.cpp's server, Ollama and TGI.
///
/// Responses are parsed defensively: unknown fields are ignored, missing optional fields are
/// tolerated, and anything that is not an answer (an error body, no choices, no content) is a
/// ``ProviderError``, never an empty answer.
public struct OpenAIChatClient: ModelClient {
    /// The endpoint this client calls.
    public let endpoint: ModelEndpoint
    private let transport: any HTTPTransport

    /// Creates a client for `endpoint` that sends through `transport`.
    public init(endpoint: ModelEndpoint, transport: any HTTPTransport) {
        self.endpoint = endpoint
        self.transport = transport
    }

    public var targetName: String { endpoint.name }

    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        let url = endpoint.url("chat/completions")
        var headers = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json")]
        if let key = endpoint.apiKey {
            headers.append(HTTPHeader("Authorization", "Bearer \(key.revealed)"))
        }
        let body = try JSONEncoder().encode(
            WireRequest(
                model: endpoint.model,
                messages: request.messages,
                temperature: request.sampling.temperature,
                maxTokens: request.sampling.maxTokens,
                seed: request.sampling.seed
            )
        )
        let httpRequest = HTTPRequest(
            method: .post,
            url: url,
            headers: headers,
            body: Array(body),
            timeouts: endpoint.timeouts,
            maxResponseBytes: endpoint.maxResponseBytes
        )
        let response: HTTPResponse
        do {
            response = try await transport.send(httpRequest)
        } catch let error as HTTPError {
            throw ProviderError(
                code: error.code == .cancelled ? .cancelled : .transport,
                message: error.message,
                target: endpoint.name,
                url: error.url,
                cause: error
            )
        }
        return try parse(response, url: httpRequest.redactedURL)
    }

    private func parse(_ response: HTTPResponse, url: String) throws -> ChatResponse {
        guard response.isSuccess else {
            let excerpt = scrubbedExcerpt(response.body)
            let credentials = response.status == 401 || response.status == 403
            let message =
                credentials
                ? "credentials rejected (HTTP \(response.status)); check the API key: \(excerpt)"
                : "HTTP \(response.status): \(excerpt)"
            throw ProviderError(
                code: credentials ? .credentials : .httpStatus,
                message: message,
                target: endpoint.name,
                url: url,
                status: response.status
            )
        }
        func malformed(_ why: String) -> ProviderError {
            ProviderError(
                code: .malformedResponse,
                message: "\(why): \(scrubbedExcerpt(response.body))",
                target: endpoint.name,
                url: url,
                status: response.status
            )
        }
        let wire: WireResponse
        do {
            wire = try JSONDecoder().decode(WireResponse.self, from: Data(response.body))
        } catch {
            throw malformed("the body is not a chat completion")
        }
        if let error = wire.error {
            throw malformed("the server sent an error: \(error.message ?? "no message")")
        }
        guard let choice = wire.choices?.first, let message = choice.message else {
            throw malformed("the chat completion has no choices")
        }
        let reasoning = message.reasoningContent ?? message.reasoning
        guard let text = message.content?.text else {
            throw malformed("the chat completion's message has no content")
        }
        return ChatResponse(
            text: text,
            reasoning: reasoning,
            model: wire.model,
            fingerprint: wire.systemFingerprint,
            finishReason: choice.finishReason,
            usage: wire.usage.flatMap { usage in
                guard let prompt = usage.promptTokens, let completion = usage.completionTokens else { return nil }
                return TokenUsage(promptTokens: prompt, completionTokens: completion)
            },
            latencySeconds: Double(response.totalTime.components.seconds)
                + Double(response.totalTime.components.attoseconds) / 1e18
        )
    }

    private func scrubbedExcerpt(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: " ")
        let excerpt = body.count > 300 ? text + "…" : text
        return endpoint.apiKey?.scrub(excerpt) ?? excerpt
    }
}

// MARK: - Wire format

private struct WireRequest: Encodable {
    var model: String
    var messages: [ChatMessage]
    var temperature: Double?
    var maxTokens: Int
    var seed: Int?

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, seed
        case maxTokens = "max_tokens"
    }
}

private struct WireResponse: Decodable {
    struct Choice: Decodable {
        var message: Message?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message
            case finishReason = "finish_reason"
        }
    }

    struct Message: Decodable {
        var content: Content?
        var reasoningContent: String?
        var reasoning: String?

        enum CodingKeys: String, CodingKey {
            case content, reasoning
            case reasoningContent = "reasoning_content"
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

    struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
        }
    }

    struct ErrorBody: Decodable {
        var message: String?
    }

    var model: String?
    var systemFingerprint: String?
    var choices: [Choice]?
    var usage: Usage?
    var error: ErrorBody?

    enum CodingKeys: String, CodingKey {
        case model, choices, usage, error
        case systemFingerprint = "system_fingerprint"
    }
}

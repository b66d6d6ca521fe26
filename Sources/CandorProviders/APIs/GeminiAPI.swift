import CandorCore
import CandorHTTP
import Foundation

/// Google's Gemini `generateContent` API (`POST {base}/models/{model}:generateContent`, base such
/// as `https://generativelanguage.googleapis.com/v1beta`).
///
/// The key goes in the `x-goog-api-key` header, never in the query string (where proxies and
/// access logs would keep it). System turns become `systemInstruction`, assistant turns the
/// `model` role. Parts marked `thought` become the response's reasoning. A prompt blocked by the
/// safety filter, or a candidate with neither text nor a `functionCall`, is a ``ProviderError``, never
/// an empty answer. Tools go in `tools[].functionDeclarations`; results return as `functionResponse`
/// parts of a user turn. A call without an id gets one that is never sent back.
public enum GeminiAPI: ModelAPI {
    /// `models/{model}:generateContent`, the model name with or without its `models/` prefix,
    /// percent-encoded.
    public static func path(for endpoint: ModelEndpoint) -> String {
        let model = endpoint.model.hasPrefix("models/") ? String(endpoint.model.dropFirst(7)) : endpoint.model
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/:?#")
        let escaped = model.addingPercentEncoding(withAllowedCharacters: allowed) ?? model
        return "models/\(escaped):generateContent"
    }

    /// The key in `x-goog-api-key`.
    public static func headers(for endpoint: ModelEndpoint) -> [HTTPHeader] {
        endpoint.apiKey.map { [HTTPHeader("x-goog-api-key", $0.revealed)] } ?? []
    }

    /// `contents`, `systemInstruction` and `generationConfig`.
    ///
    /// - Throws: when the temperature is not a finite number.
    public static func body(for request: ChatRequest, endpoint: ModelEndpoint) throws -> [UInt8] {
        let system = request.messages.filter { $0.role == .system }.map(\.content)
        return try encode(
            GeminiRequest(
                contents: contents(request.messages),
                systemInstruction: system.isEmpty
                    ? nil : GeminiRequest.Content(role: nil, parts: system.map { GeminiRequest.Part(text: $0) }),
                generationConfig: GeminiRequest.GenerationConfig(
                    temperature: request.sampling.temperature,
                    maxOutputTokens: request.sampling.maxTokens,
                    seed: request.sampling.seed
                ),
                tools: request.tools.isEmpty
                    ? nil
                    : [
                        GeminiRequest.Tool(
                            functionDeclarations: request.tools.map {
                                .init(name: $0.name, description: $0.description, parameters: $0.parameters)
                            }
                        )
                    ]
            )
        )
    }

    /// The user and model turns: an assistant's calls as `functionCall` parts (arguments that are not
    /// an object sent as `{}`), consecutive tool results as `functionResponse` parts of one user turn.
    private static func contents(_ messages: [ChatMessage]) -> [GeminiRequest.Content] {
        var contents: [GeminiRequest.Content] = []
        var previousWasTool = false
        for message in messages where message.role != .system {
            switch message.role {
            case .tool:
                let key = message.toolFailed == true ? "error" : "output"
                let part = GeminiRequest.Part(
                    functionResponse: .init(
                        id: message.toolCallID.flatMap { $0.hasPrefix(generatedIDPrefix) ? nil : $0 },
                        name: message.toolName ?? "",
                        response: .object([key: .string(message.content)])
                    )
                )
                if previousWasTool {
                    contents[contents.count - 1].parts.append(part)
                } else {
                    contents.append(GeminiRequest.Content(role: "user", parts: [part]))
                }
            case .assistant:
                let text =
                    message.content.isEmpty && message.toolCalls != nil
                    ? [] : [GeminiRequest.Part(text: message.content)]
                let calls = (message.toolCalls ?? []).map { call in
                    GeminiRequest.Part(
                        functionCall: .init(
                            id: call.id.hasPrefix(generatedIDPrefix) ? nil : call.id,
                            name: call.name,
                            args: .object(call.argumentObject ?? [:])
                        )
                    )
                }
                contents.append(GeminiRequest.Content(role: "model", parts: text + calls))
            case .system, .user:
                contents.append(GeminiRequest.Content(role: "user", parts: [GeminiRequest.Part(text: message.content)]))
            }
            previousWasTool = message.role == .tool
        }
        return contents
    }

    /// The prefix of the ids Candor makes up for calls Gemini sent without one; never sent back.
    static let generatedIDPrefix = "gemini_call_"

    /// Reads the first candidate's text parts, and its thought parts as reasoning.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    public static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse {
        let wire = try endpoint.decode(GeminiResponse.self, response, url: url, as: "a generateContent response")
        if wire.hasError {
            throw endpoint.errorBody(response, url: url)
        }
        guard let candidate = wire.candidates?.first else {
            let blocked = wire.promptFeedback?.blockReason.map { "the prompt was blocked (\($0))" }
            throw endpoint.malformed(blocked ?? "the response has no candidates", response, url: url)
        }
        let parts = candidate.content?.parts ?? []
        let texts = parts.filter { $0.thought != true }.compactMap(\.text)
        let calls = parts.compactMap(\.functionCall).enumerated().compactMap { index, call -> ToolCall? in
            let members = call.objectValue ?? [:]
            guard case .string(let name)? = members["name"], !name.isEmpty else { return nil }
            let id: String =
                if case .string(let given)? = members["id"], !given.isEmpty { given } else {
                    "\(generatedIDPrefix)\(index + 1)"
                }
            let arguments: String =
                if case .string(let text)? = members["args"] { text } else { members["args"]?.text ?? "{}" }
            return ToolCall(id: id, name: name, arguments: arguments)
        }
        guard !texts.isEmpty || !calls.isEmpty else {
            let finish = candidate.finishReason.map { " (finishReason: \($0))" } ?? ""
            throw endpoint.malformed("the candidate has no text\(finish)", response, url: url)
        }
        let thoughts = parts.filter { $0.thought == true }.compactMap(\.text)
        return ChatResponse(
            text: texts.joined(),
            reasoning: thoughts.isEmpty ? nil : thoughts.joined(separator: "\n\n"),
            model: wire.modelVersion,
            fingerprint: nil,
            finishReason: candidate.finishReason,
            usage: wire.usageMetadata.flatMap { usage in
                guard let prompt = usage.promptTokenCount else { return nil }
                if let total = usage.totalTokenCount, total >= prompt {
                    return TokenUsage(promptTokens: prompt, completionTokens: total - prompt)
                }
                guard let answer = usage.candidatesTokenCount else { return nil }
                return TokenUsage(promptTokens: prompt, completionTokens: answer + (usage.thoughtsTokenCount ?? 0))
            },
            toolCalls: calls,
            latencySeconds: response.totalSeconds
        )
    }
}

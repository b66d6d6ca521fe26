import CandorHTTP
import Foundation

/// Google's Gemini `generateContent` API (`POST {base}/models/{model}:generateContent`, base such
/// as `https://generativelanguage.googleapis.com/v1beta`).
///
/// The key goes in the `x-goog-api-key` header, never in the query string (where proxies and
/// access logs would keep it). System turns become `systemInstruction`, assistant turns the
/// `model` role. Parts marked `thought` become the response's reasoning. A prompt blocked by the
/// safety filter, or a candidate without text, is a ``ProviderError``, never an empty answer.
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
        func parts(_ texts: [String], _ json: inout JSONWriter) {
            json.key("parts")
            json.array { json in
                for text in texts { json.object { json in json.member("text", text) } }
            }
        }
        let system = request.messages.filter { $0.role == .system }.map(\.content)
        var json = JSONWriter()
        try json.object { json throws(JSONWriter.Failure) in
            json.key("contents")
            json.array { json in
                for message in request.messages where message.role != .system {
                    json.object { json in
                        json.member("role", message.role == .assistant ? "model" : "user")
                        parts([message.content], &json)
                    }
                }
            }
            if !system.isEmpty {
                json.key("systemInstruction")
                json.object { json in parts(system, &json) }
            }
            json.key("generationConfig")
            try json.object { json throws(JSONWriter.Failure) in
                if let temperature = request.sampling.temperature { try json.member("temperature", temperature) }
                json.member("maxOutputTokens", request.sampling.maxTokens)
                if let seed = request.sampling.seed { json.member("seed", seed) }
            }
        }
        return json.bytes
    }

    /// Reads the first candidate's text parts, and its thought parts as reasoning.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    public static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse {
        let wire = try endpoint.decode(WireResponse.self, response, url: url, as: "a generateContent response")
        if wire.error != nil {
            throw endpoint.errorBody(response, url: url)
        }
        guard let candidate = wire.candidates?.first else {
            let blocked = wire.promptFeedback?.blockReason.map { "the prompt was blocked (\($0))" }
            throw endpoint.malformed(blocked ?? "the response has no candidates", response, url: url)
        }
        let parts = candidate.content?.parts ?? []
        let texts = parts.filter { $0.thought != true }.compactMap(\.text)
        guard !texts.isEmpty else {
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
            latencySeconds: response.totalSeconds
        )
    }
}

// MARK: - Wire format

private struct WireResponse: Decodable {
    struct Part: Decodable {
        var text: String?
        var thought: Bool?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try? container.decodeIfPresent(String.self, forKey: .text)
            thought = try? container.decodeIfPresent(Bool.self, forKey: .thought)
        }

        enum CodingKeys: String, CodingKey {
            case text, thought
        }
    }

    struct Content: Decodable {
        var parts: [Part]?
    }

    struct Candidate: Decodable {
        var content: Content?
        var finishReason: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = try? container.decodeIfPresent(Content.self, forKey: .content)
            finishReason = try? container.decodeIfPresent(String.self, forKey: .finishReason)
        }

        enum CodingKeys: String, CodingKey {
            case content, finishReason
        }
    }

    struct PromptFeedback: Decodable {
        var blockReason: String?
    }

    struct UsageMetadata: Decodable {
        var promptTokenCount: Int?
        var candidatesTokenCount: Int?
        var thoughtsTokenCount: Int?
        var totalTokenCount: Int?
    }

    var candidates: [Candidate]?
    var promptFeedback: PromptFeedback?
    var usageMetadata: UsageMetadata?
    var modelVersion: String?
    var error: JSONPresence?

    enum CodingKeys: String, CodingKey {
        case candidates, promptFeedback, usageMetadata, modelVersion, error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        candidates = try container.decodeIfPresent([Candidate].self, forKey: .candidates)
        promptFeedback = try? container.decodeIfPresent(PromptFeedback.self, forKey: .promptFeedback)
        usageMetadata = try? container.decodeIfPresent(UsageMetadata.self, forKey: .usageMetadata)
        modelVersion = try? container.decodeIfPresent(String.self, forKey: .modelVersion)
        error = try container.decodeIfPresent(JSONPresence.self, forKey: .error)
    }
}

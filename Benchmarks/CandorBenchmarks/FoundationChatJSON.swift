import CandorProviders
import Foundation

/// The three APIs' request bodies and the OpenAI answer through Foundation (`JSONEncoder`,
/// `JSONDecoder`, `JSONSerialization`) instead of CandorProviders' `JSONWriter` and `JSONReader`:
/// the same JSON values and the same ``ChatResponse``, which the benchmark checks before timing.
enum FoundationChatJSON {
    struct Message: Encodable {
        var role: String
        var content: String
    }

    struct OpenAIBody: Encodable {
        var model: String
        var messages: [Message]
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

    struct AnthropicBody: Encodable {
        var model: String
        var maxTokens: Int
        var system: String?
        var messages: [Message]
        var temperature: Double?

        enum CodingKeys: String, CodingKey {
            case model, system, messages, temperature
            case maxTokens = "max_tokens"
        }
    }

    struct GeminiBody: Encodable {
        struct Part: Encodable { var text: String }
        struct Content: Encodable {
            var role: String?
            var parts: [Part]
        }
        struct Generation: Encodable {
            var temperature: Double?
            var maxOutputTokens: Int
            var seed: Int?
        }
        var contents: [Content]
        var systemInstruction: Content?
        var generationConfig: Generation
    }

    static func openAIBody(_ request: ChatRequest, model: String, logprobs: Int?) -> OpenAIBody {
        OpenAIBody(
            model: model,
            messages: request.messages.map { Message(role: $0.role.rawValue, content: $0.content) },
            temperature: request.sampling.temperature,
            maxTokens: request.sampling.maxTokens,
            seed: request.sampling.seed,
            logprobs: logprobs.map { _ in true },
            topLogprobs: logprobs.flatMap { $0 > 0 ? $0 : nil }
        )
    }

    static func anthropicBody(_ request: ChatRequest, model: String) -> AnthropicBody {
        let system = request.messages.filter { $0.role == .system }.map(\.content)
        var turns: [Message] = []
        for message in request.messages where message.role != .system {
            let role = message.role == .assistant ? "assistant" : "user"
            if turns.last?.role == role {
                turns[turns.count - 1].content += "\n\n" + message.content
            } else {
                turns.append(Message(role: role, content: message.content))
            }
        }
        return AnthropicBody(
            model: model,
            maxTokens: request.sampling.maxTokens,
            system: system.isEmpty ? nil : system.joined(separator: "\n\n"),
            messages: turns,
            temperature: request.sampling.temperature
        )
    }

    static func geminiBody(_ request: ChatRequest) -> GeminiBody {
        let system = request.messages.filter { $0.role == .system }.map { GeminiBody.Part(text: $0.content) }
        return GeminiBody(
            contents: request.messages.filter { $0.role != .system }.map { message in
                .init(role: message.role == .assistant ? "model" : "user", parts: [.init(text: message.content)])
            },
            systemInstruction: system.isEmpty ? nil : .init(role: nil, parts: system),
            generationConfig: .init(
                temperature: request.sampling.temperature,
                maxOutputTokens: request.sampling.maxTokens,
                seed: request.sampling.seed
            )
        )
    }

    /// The same body as a `JSONSerialization` object: the Codable value's fields, nils left out.
    static func object(_ body: OpenAIBody) -> [String: Any] {
        var object: [String: Any] = [
            "model": body.model, "max_tokens": body.maxTokens,
            "messages": body.messages.map { ["role": $0.role, "content": $0.content] },
        ]
        object["temperature"] = body.temperature
        object["seed"] = body.seed
        object["logprobs"] = body.logprobs
        object["top_logprobs"] = body.topLogprobs
        return object
    }

    static func object(_ body: AnthropicBody) -> [String: Any] {
        var object: [String: Any] = [
            "model": body.model, "max_tokens": body.maxTokens,
            "messages": body.messages.map { ["role": $0.role, "content": $0.content] },
        ]
        object["system"] = body.system
        object["temperature"] = body.temperature
        return object
    }

    static func object(_ body: GeminiBody) -> [String: Any] {
        func content(_ content: GeminiBody.Content) -> [String: Any] {
            var object: [String: Any] = ["parts": content.parts.map { ["text": $0.text] }]
            object["role"] = content.role
            return object
        }
        var generation: [String: Any] = ["maxOutputTokens": body.generationConfig.maxOutputTokens]
        generation["temperature"] = body.generationConfig.temperature
        generation["seed"] = body.generationConfig.seed
        var object: [String: Any] = ["contents": body.contents.map(content), "generationConfig": generation]
        object["systemInstruction"] = body.systemInstruction.map(content)
        return object
    }
}

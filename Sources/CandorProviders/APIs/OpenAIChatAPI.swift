import CandorCore
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
    ///
    /// - Throws: when the temperature is not a finite number.
    public static func body(for request: ChatRequest, endpoint: ModelEndpoint) throws -> [UInt8] {
        var json = JSONWriter()
        try json.object { json throws(JSONWriter.Failure) in
            json.member("model", endpoint.model)
            json.key("messages")
            json.messages(request.messages)
            if let temperature = request.sampling.temperature { try json.member("temperature", temperature) }
            json.member("max_tokens", request.sampling.maxTokens)
            if let seed = request.sampling.seed { json.member("seed", seed) }
            if let logprobs = endpoint.logprobs {
                json.member("logprobs", true)
                if logprobs > 0 { json.member("top_logprobs", logprobs) }
            }
        }
        return json.bytes
    }

    /// Reads the first choice.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    public static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse {
        let wire = try endpoint.read(response, url: url, as: "a chat completion", WireResponse.init)
        if wire.hasError {
            throw endpoint.errorBody(response, url: url)
        }
        guard let choice = wire.choices?.first, let message = choice.message else {
            throw endpoint.malformed("the chat completion has no choices", response, url: url)
        }
        guard let text = message.content else {
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
            latencySeconds: response.totalSeconds
        )
    }
}

// MARK: - Wire format

extension JSONWriter {
    /// `[{"role": …, "content": …}, …]`.
    fileprivate mutating func messages(_ messages: [ChatMessage]) {
        array { json in
            for message in messages {
                json.object { json in
                    json.member("role", message.role.rawValue)
                    json.member("content", message.content)
                }
            }
        }
    }
}

/// The fields of a chat completion that Candor reads, each optional; everything else is skipped
/// unread. A field of the wrong type is ignored where it is only informative (model, usage,
/// finish reason, log probabilities) and fails the read where the answer itself is at stake
/// (choices, message, content), so a server that adds, renames or nulls a field still yields an
/// answer or a clear `malformed_response`.
private struct WireResponse {
    struct Choice {
        var message: Message?
        var finishReason: String?
        /// `logprobs.content`.
        var logprobs: [Entry]?

        init(_ json: inout JSONReader) throws(JSONReader.Failure) {
            try json.object { key, json throws(JSONReader.Failure) in
                switch key {
                case "message": message = try json.optional(Message.init)
                case "finish_reason":
                    finishReason = try json.lenient { json throws(JSONReader.Failure) in try json.string() }
                case "logprobs": logprobs = try json.lenient(Self.logprobContent) ?? nil
                default: try json.skip()
                }
            }
        }

        private static func logprobContent(_ json: inout JSONReader) throws(JSONReader.Failure) -> [Entry]? {
            var entries: [Entry]?
            try json.object { key, json throws(JSONReader.Failure) in
                guard key == "content" else { return try json.skip() }
                entries = try json.optional { json throws(JSONReader.Failure) in try json.list(Entry.init) }
            }
            return entries
        }
    }

    struct Message {
        var content: String?
        var reasoningContent: String?
        var reasoning: String?
        var refusal: String?

        init(_ json: inout JSONReader) throws(JSONReader.Failure) {
            try json.object { key, json throws(JSONReader.Failure) in
                switch key {
                case "content": content = try json.optional(Self.text) ?? nil
                case "reasoning_content": reasoningContent = try json.lenientString()
                case "reasoning": reasoning = try json.lenientString()
                case "refusal": refusal = try json.lenientString()
                default: try json.skip()
                }
            }
        }

        /// `content` is a string for most servers, and an array of typed parts for some.
        private static func text(_ json: inout JSONReader) throws(JSONReader.Failure) -> String? {
            if try json.kind() == .string { return try json.string() }
            var texts: [String] = []
            try json.array { json throws(JSONReader.Failure) in
                var type: String?
                var text: String?
                try json.object { key, json throws(JSONReader.Failure) in
                    switch key {
                    case "type": type = try json.optional { json throws(JSONReader.Failure) in try json.string() }
                    case "text": text = try json.optional { json throws(JSONReader.Failure) in try json.string() }
                    default: try json.skip()
                    }
                }
                if let text, type == nil || type == "text" { texts.append(text) }
            }
            return texts.isEmpty ? nil : texts.joined()
        }
    }

    /// One token of `logprobs.content`; the alternatives are `top_logprobs`.
    struct Entry {
        var token: String?
        var logprob: Double?
        var top: [(token: String?, logprob: Double?)]?

        init(_ json: inout JSONReader) throws(JSONReader.Failure) {
            try json.object { key, json throws(JSONReader.Failure) in
                switch key {
                case "token": token = try json.optional { json throws(JSONReader.Failure) in try json.string() }
                case "logprob": logprob = try json.optional { json throws(JSONReader.Failure) in try json.double() }
                case "top_logprobs":
                    top = try json.optional { json throws(JSONReader.Failure) in try json.list(Self.alternative) }
                default: try json.skip()
                }
            }
        }

        private static func alternative(
            _ json: inout JSONReader
        ) throws(JSONReader.Failure) -> (token: String?, logprob: Double?) {
            var alternative: (token: String?, logprob: Double?) = (nil, nil)
            try json.object { key, json throws(JSONReader.Failure) in
                switch key {
                case "token":
                    alternative.token = try json.optional { json throws(JSONReader.Failure) in try json.string() }
                case "logprob":
                    alternative.logprob = try json.optional { json throws(JSONReader.Failure) in try json.double() }
                default: try json.skip()
                }
            }
            return alternative
        }
    }

    var model: String?
    var systemFingerprint: String?
    var choices: [Choice]?
    var usage: TokenUsage?
    var hasError = false

    init(_ json: inout JSONReader) throws(JSONReader.Failure) {
        try json.object { key, json throws(JSONReader.Failure) in
            switch key {
            case "model": model = try json.lenientString()
            case "system_fingerprint": systemFingerprint = try json.lenientString()
            case "choices":
                choices = try json.optional { json throws(JSONReader.Failure) in try json.list(Choice.init) }
            case "usage": usage = try json.lenient(Self.usage) ?? nil
            case "error":
                hasError = try !json.null()
                if hasError { try json.skip() }
            default: try json.skip()
            }
        }
    }

    /// Both counts, or `nil` when either is missing.
    private static func usage(_ json: inout JSONReader) throws(JSONReader.Failure) -> TokenUsage? {
        var prompt: Int?
        var completion: Int?
        try json.object { key, json throws(JSONReader.Failure) in
            switch key {
            case "prompt_tokens": prompt = try json.optional { json throws(JSONReader.Failure) in try json.int() }
            case "completion_tokens":
                completion = try json.optional { json throws(JSONReader.Failure) in try json.int() }
            default: try json.skip()
            }
        }
        guard let prompt, let completion else { return nil }
        return TokenUsage(promptTokens: prompt, completionTokens: completion)
    }
}

import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Testing

/// The Anthropic Messages and Gemini generateContent adapters over real HTTP, against the
/// scripted server: what they send, and how defensively they read what comes back.
@Suite("Anthropic and Gemini adapters over libcurl")
struct ProviderAdapterTests {
    static let transport = CurlTransport()
    static let key = "anthropic-or-gemini-key-31337"

    func endpoint(_ server: ScriptedModelServer, model: String = "claude-test") -> ModelEndpoint {
        ModelEndpoint(
            name: "prod-claude",
            baseURL: server.baseURL,
            model: model,
            apiKey: Secret(Self.key),
            timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(10))
        )
    }

    let request = ChatRequest(
        messages: [
            ChatMessage(role: .system, content: "Be brief."), ChatMessage(role: .user, content: "Hello."),
            ChatMessage(role: .user, content: "Is it safe?"), ChatMessage(role: .assistant, content: "Yes."),
            ChatMessage(role: .user, content: "Are you sure?"),
        ],
        sampling: SamplingParameters(temperature: 0.5, maxTokens: 64, seed: 3)
    )

    @Test("Anthropic: system prompt on top, alternating turns, max_tokens, version header and x-api-key")
    func anthropicRequest() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.answer("No.", model: "claude-test-2", promptTokens: 30, completionTokens: 2))
        let client = AnthropicMessagesClient(endpoint: endpoint(server), transport: Self.transport)
        let response = try await client.complete(request)
        #expect(response.text == "No.")
        #expect(response.model == "claude-test-2")
        #expect(response.finishReason == "end_turn")
        #expect(response.usage == TokenUsage(promptTokens: 30, completionTokens: 2))
        let seen = try #require(server.requests.first)
        #expect(seen.path == "/v1/messages")
        #expect(seen.headers["x-api-key"] == Self.key)
        #expect(seen.headers["anthropic-version"] == "2023-06-01")
        #expect(seen.authorization == nil)
        #expect(seen.maxTokens == 64)
        #expect(seen.messages.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(seen.messages[1].content == "Hello.\n\nIs it safe?")
    }

    @Test("Anthropic: thinking blocks become reasoning; unknown blocks and fields are ignored")
    func anthropicThinking() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .status(
                200,
                body: #"""
                    {"type":"message","model":"claude-x","content":[{"type":"thinking","thinking":"They want reassurance.","signature":"abc"},{"type":"redacted_thinking","data":"zzz"},{"type":"tool_use","id":"t","name":"n","input":{}},{"type":"text","text":"It is safe."}],"stop_reason":"end_turn","usage":{"input_tokens":10,"output_tokens":20,"cache_read_input_tokens":5},"extra":{"x":1}}
                    """#
            )
        )
        let response = try await AnthropicMessagesClient(endpoint: endpoint(server), transport: Self.transport)
            .complete(request)
        #expect(response.text == "It is safe.")
        #expect(response.reasoning == "They want reassurance.\n\n[redacted thinking]")
        #expect(response.usage == TokenUsage(promptTokens: 15, completionTokens: 20))
    }

    @Test("Anthropic: error bodies, overload and answers without text are errors")
    func anthropicErrors() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let client = AnthropicMessagesClient(endpoint: endpoint(server), transport: Self.transport)
        server.setReply(
            .status(529, body: #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#)
        )
        let overloaded = try await #require(throws: ProviderError.self) { try await client.complete(request) }
        #expect(overloaded.code == .httpStatus)
        #expect(overloaded.message.contains("Overloaded [overloaded_error]"))
        for body in [
            #"{"type":"error","error":{"type":"api_error","message":"boom"}}"#,
            #"{"type":"message","content":[{"type":"thinking","thinking":"hmm"}],"stop_reason":"max_tokens"}"#,
            #"{"type":"message"}"#, #"[1,2]"#,
        ] {
            server.setReply(.status(200, body: body))
            let error = try await #require(throws: ProviderError.self) { try await client.complete(request) }
            #expect(error.code == .malformedResponse, "\(body)")
        }
    }

    @Test("Gemini: key in x-goog-api-key (never the query), systemInstruction, model role, generationConfig")
    func geminiRequest() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.answer("No.", model: "gemini-test-001", promptTokens: 12, completionTokens: 3))
        let client = GeminiClient(endpoint: endpoint(server, model: "models/gemini-test"), transport: Self.transport)
        let response = try await client.complete(request)
        #expect(response.text == "No.")
        #expect(response.model == "gemini-test-001")
        #expect(response.usage == TokenUsage(promptTokens: 12, completionTokens: 3))
        let seen = try #require(server.requests.first)
        #expect(seen.path == "/v1/models/gemini-test:generateContent")
        #expect(seen.model == "gemini-test")
        #expect(seen.headers["x-goog-api-key"] == Self.key)
        #expect(!seen.rawBody.contains(Self.key))
        #expect(seen.messages.map(\.role) == ["system", "user", "user", "assistant", "user"])
        #expect(seen.maxTokens == 64)
        #expect(seen.temperature == 0.5)
        #expect(seen.seed == 3)
    }

    @Test("Gemini: thought parts become reasoning and thinking tokens count as completion tokens")
    func geminiThoughts() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .status(
                200,
                body: #"""
                    {"candidates":[{"content":{"role":"model","parts":[{"text":"Weighing it.","thought":true},{"text":"Safe."}]},"finishReason":"STOP","safetyRatings":[]}],"usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":2,"thoughtsTokenCount":40,"totalTokenCount":50}}
                    """#
            )
        )
        let response = try await GeminiClient(endpoint: endpoint(server), transport: Self.transport).complete(request)
        #expect(response.text == "Safe.")
        #expect(response.reasoning == "Weighing it.")
        #expect(response.usage == TokenUsage(promptTokens: 8, completionTokens: 42))
    }

    @Test("Gemini: a blocked prompt, a safety stop without text and error bodies are errors")
    func geminiErrors() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let client = GeminiClient(endpoint: endpoint(server), transport: Self.transport)
        server.setReply(.status(200, body: #"{"promptFeedback":{"blockReason":"SAFETY"}}"#))
        let blocked = try await #require(throws: ProviderError.self) { try await client.complete(request) }
        #expect(blocked.code == .malformedResponse)
        #expect(blocked.message.contains("blocked (SAFETY)"))
        server.setReply(.status(200, body: #"{"candidates":[{"finishReason":"SAFETY"}]}"#))
        let stopped = try await #require(throws: ProviderError.self) { try await client.complete(request) }
        #expect(stopped.message.contains("finishReason: SAFETY"))
        server.setReply(
            .status(400, body: #"{"error":{"code":400,"message":"API key not valid","status":"INVALID_ARGUMENT"}}"#)
        )
        let rejected = try await #require(throws: ProviderError.self) { try await client.complete(request) }
        #expect(rejected.code == .requestRejected)
        #expect(rejected.message.contains("API key not valid [INVALID_ARGUMENT]"))
    }

    @Test("OpenAI-compatible: logprobs when asked, reasoning, refusal, extra and null fields")
    func openAIExtras() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .status(
                200,
                body: #"""
                    {"model":"m","system_fingerprint":null,"choices":[{"index":0,"message":{"role":"assistant","content":"Yes","reasoning":"short","tool_calls":null},"finish_reason":"stop","logprobs":{"content":[{"token":"Yes","logprob":-0.1,"bytes":[89],"top_logprobs":[{"token":"Yes","logprob":-0.1},{"token":"No","logprob":-2.4}]}]}}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4,"completion_tokens_details":{}},"service_tier":"default"}
                    """#
            )
        )
        var endpoint = endpoint(server, model: "gpt-test")
        endpoint.logprobs = 2
        let client = OpenAIChatClient(endpoint: endpoint, transport: Self.transport)
        let response = try await client.complete(request)
        #expect(response.reasoning == "short")
        #expect(response.fingerprint == nil)
        #expect(
            response.logprobs == [
                TokenLogprob(
                    token: "Yes",
                    logprob: -0.1,
                    top: [.init(token: "Yes", logprob: -0.1), .init(token: "No", logprob: -2.4)]
                )
            ]
        )
        let seen = try #require(server.requests.first)
        #expect(seen.rawBody.contains(#""logprobs":true"#))
        #expect(seen.rawBody.contains(#""top_logprobs":2"#))

        server.setReply(
            .status(200, body: #"{"choices":[{"message":{"content":null,"refusal":"I can't help with that."}}]}"#)
        )
        let refusal = try await #require(throws: ProviderError.self) { try await client.complete(request) }
        #expect(refusal.message.contains("refusal: I can't help with that."))
    }
}

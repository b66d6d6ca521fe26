import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Testing

/// The OpenAI-compatible adapter over real HTTP on 127.0.0.1 through libcurl, against the
/// scripted model server.
@Suite("OpenAI-compatible chat client over libcurl")
struct OpenAIChatClientTests {
    static let transport = CurlTransport()

    func client(
        _ server: some LoopbackEndpoint,
        key: String? = nil,
        timeout: Duration = .seconds(5),
        maxBytes: Int = 1 << 20,
        transport: CurlTransport = Self.transport
    ) -> OpenAIChatClient {
        OpenAIChatClient(
            endpoint: ModelEndpoint(
                name: "test-target",
                baseURL: server.baseURL,
                model: "tiny",
                apiKey: key.map(Secret.init),
                timeouts: HTTPTimeouts(connect: .seconds(2), total: timeout),
                maxResponseBytes: maxBytes
            ),
            transport: transport
        )
    }

    let request = ChatRequest(
        messages: [ChatMessage(role: .system, content: "Be brief."), ChatMessage(role: .user, content: "Is it safe?")],
        sampling: SamplingParameters(temperature: 0.25, maxTokens: 32, seed: 7)
    )

    @Test("sends messages, temperature, max_tokens, seed and the key; records model, fingerprint, usage, latency")
    func roundTrip() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .answer("No, it is not.", model: "tiny-2024", fingerprint: "fp_abc", promptTokens: 11, completionTokens: 4)
        )
        let response = try await client(server, key: "sk-test-123456").complete(request)
        #expect(response.text == "No, it is not.")
        #expect(response.model == "tiny-2024")
        #expect(response.fingerprint == "fp_abc")
        #expect(response.usage == TokenUsage(promptTokens: 11, completionTokens: 4))
        #expect(response.latencySeconds > 0)
        let seen = try #require(server.requests.first)
        #expect(seen.model == "tiny")
        #expect(seen.messages.map(\.role) == ["system", "user"])
        #expect(seen.messages.last?.content == "Is it safe?")
        #expect(seen.temperature == 0.25)
        #expect(seen.maxTokens == 32)
        #expect(seen.seed == 7)
        #expect(seen.authorization == "Bearer sk-test-123456")
    }

    @Test("reuses one connection for consecutive requests")
    func keepAlive() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // A transport of its own, so that the suite's other tests cannot take its connection cache's room, and a
        // timeout no loaded machine reaches: a timed-out request is retried on a new connection, which is not what
        // this test is about.
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let client = client(server, timeout: .seconds(120), transport: transport)
        for _ in 0..<5 { _ = try await client.complete(request) }
        #expect(server.requestCount == 5)
        // One connection carries all five; without reuse there would be five. A second one is tolerated: under heavy
        // load libcurl has, rarely, opened one while the suite shared a transport (not yet explained).
        #expect(server.connectionCount <= 2)
    }

    @Test("runs concurrent requests at the same time, not one after another")
    func concurrent() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // Each reply waits (at most 5 s) until all four requests have arrived: a client that sent
        // them one at a time would get "alone" back.
        server.setPolicy { [server] _ in
            for _ in 0..<100 where server.requestCount < 4 { usleep(50_000) }
            return .answer(server.requestCount >= 4 ? "together" : "alone")
        }
        let client = client(server)
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { try await client.complete(request).text } }
            for try await text in group { #expect(text == "together") }
        }
    }

    @Test("an HTTP 500 is a provider error with the status, never an answer")
    func serverError() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(500, body: #"{"error":{"message":"overloaded"}}"#))
        let error = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
        #expect(error.code == .httpStatus)
        #expect(error.status == 500)
        #expect(error.description.contains("test-target"))
        #expect(error.description.contains("HTTP 500"))
        #expect(error.description.contains("/v1/chat/completions"))
    }

    @Test("a rejected key says so and never shows the key, even when the body echoes it")
    func credentialsRejected() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(401, body: #"{"error":{"message":"Incorrect API key provided: sk-secret-987654"}}"#))
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, key: "sk-secret-987654").complete(request)
        }
        #expect(error.code == .credentials)
        #expect(error.description.contains("credentials rejected"))
        #expect(!error.description.contains("sk-secret-987654"))
        #expect(!"\(error)".contains("sk-secret-987654"))
        #expect(!String(reflecting: error).contains("sk-secret-987654"))
    }

    @Test("broken JSON, an error body and an empty choice list are malformed responses")
    func malformed() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        for reply: ScriptedReply in [
            .brokenJSON, .status(200, body: #"{"error":{"message":"model not loaded"}}"#),
            .status(200, body: #"{"choices":[]}"#),
            .status(200, body: #"{"choices":[{"message":{"role":"assistant"}}]}"#),
        ] {
            server.setReply(reply)
            let error = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
            #expect(error.code == .malformedResponse)
        }
    }

    @Test("content given as typed parts and reasoning_content are read")
    func contentParts() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .status(
                200,
                body:
                    #"{"model":"m","choices":[{"message":{"content":[{"type":"text","text":"Ye"},{"type":"text","text":"s."}],"reasoning_content":"thinking"},"finish_reason":"stop"}]}"#
            )
        )
        let response = try await client(server).complete(request)
        #expect(response.text == "Yes.")
        #expect(response.reasoning == "thinking")
        #expect(response.usage == nil)
        #expect(response.finishReason == "stop")
    }

    @Test("a server that hangs past the total timeout is a transport timeout")
    func timeout() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.hang(seconds: 5))
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, timeout: .milliseconds(300)).complete(request)
        }
        #expect(error.code == .transport)
        #expect(error.cause?.code == .timeout)
    }

    @Test("a response larger than the cap is refused")
    func sizeCap() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.answer(String(repeating: "x", count: 200_000)))
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, maxBytes: 64 * 1024).complete(request)
        }
        #expect(error.cause?.code == .responseTooLarge)
    }

    @Test("a connection closed without a response and a refused connection are transport errors")
    func connectionFailures() async throws {
        let server = try ScriptedModelServer()
        server.setReply(.closeConnection)
        let closed = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
        #expect(closed.code == .transport)
        server.stop()
        let refusing = try RefusingPort()
        let refused = try await #require(throws: ProviderError.self) { try await client(refusing).complete(request) }
        #expect(refused.cause?.code == .connect)
    }

    @Test("cancelling the calling task aborts the transfer at once")
    func cancellation() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.hang(seconds: 10))
        let client = client(server, timeout: .seconds(30))
        let task = Task { try await client.complete(request) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let error = try await #require(throws: ProviderError.self) { try await task.value }
        #expect(error.code == .cancelled)
    }
}

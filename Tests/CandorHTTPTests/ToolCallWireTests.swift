import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Testing

/// Tool definitions, tool calls and tool results in the three APIs' formats, over real HTTP against the
/// scripted server: what each adapter sends, and how defensively it reads the calls that come back.
@Suite("Tool calls on the wire")
struct ToolCallWireTests {
    static let transport = CurlTransport()

    static func endpoint(_ server: ScriptedModelServer) -> ModelEndpoint {
        ModelEndpoint(
            name: "agent",
            baseURL: server.baseURL,
            model: "m",
            apiKey: nil,
            timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(10))
        )
    }

    static let tool = ToolDefinition(
        name: "run_tests",
        description: "Runs the tests.",
        parameters: .object([
            "type": .string("object"), "properties": .object(["path": .object(["type": .string("string")])]),
            "required": .array([.string("path")]),
        ])
    )

    /// A conversation after one parallel pair of calls, the second of which failed.
    static let request: ChatRequest = {
        let first = ToolCall(id: "c1", name: "run_tests", arguments: #"{"path":"a"}"#)
        let second = ToolCall(id: "c2", name: "run_tests", arguments: #"{"path":"b"}"#)
        return ChatRequest(
            messages: [
                ChatMessage(role: .system, content: "Agent."), ChatMessage(role: .user, content: "Run both."),
                .assistant("", calling: [first, second]),
                .toolResult(for: first, content: "3 passed", failed: false),
                .toolResult(for: second, content: "error: 1 failed", failed: true),
            ],
            sampling: SamplingParameters(temperature: 0, maxTokens: 50),
            tools: [tool]
        )
    }()

    @Test("OpenAI: tools, the assistant's tool_calls and role tool results are sent; parallel calls come back")
    func openAI() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .toolCalls([
                ScriptedToolCall(id: "x1", name: "run_tests", arguments: #"{"path":"c"}"#),
                ScriptedToolCall(id: "x2", name: "read_file", arguments: #"{"path":"d"}"#),
            ])
        )
        let response = try await OpenAIChatClient(endpoint: Self.endpoint(server), transport: Self.transport)
            .complete(Self.request)
        #expect(response.text == "")
        #expect(response.toolCalls?.map(\.id) == ["x1", "x2"])
        #expect(response.toolCalls?.map(\.name) == ["run_tests", "read_file"])
        #expect(response.toolCalls?.first?.argumentObject?["path"] == .string("c"))
        let seen = try #require(server.requests.first)
        #expect(seen.toolNames == ["run_tests"])
        // Said out loud: llama-cpp-python's function-calling chat format ignores the tools without it.
        #expect(seen.rawBody.contains(#""tool_choice":"auto""#))
        #expect(seen.toolCallIDs == ["c1", "c2"])
        #expect(seen.toolResults.map(\.callID) == ["c1", "c2"])
        #expect(seen.toolResults.map(\.content) == ["3 passed", "error: 1 failed"])
        #expect(!seen.rawBody.contains("toolFailed"))
    }

    @Test("OpenAI: a call without an id gets one, malformed arguments are kept as written, nameless calls dropped")
    func openAIEdges() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let client = OpenAIChatClient(endpoint: Self.endpoint(server), transport: Self.transport)
        server.setReply(
            .status(
                200,
                body: #"""
                    {"choices":[{"message":{"role":"assistant","content":null,"tool_calls":[{"type":"function","function":{"name":"run_tests","arguments":"{\"path\": "}},{"id":"k","function":{"arguments":"{}"}},{"id":"","type":"function","function":{"name":"deploy","arguments":{"env":"prod"}}}]},"finish_reason":"tool_calls"}]}
                    """#
            )
        )
        let response = try await client.complete(Self.request)
        #expect(response.toolCalls?.map(\.id) == ["call_1", "call_3"])
        #expect(response.toolCalls?.first?.arguments == #"{"path": "#)
        #expect(response.toolCalls?.first?.argumentObject == nil)
        #expect(response.toolCalls?.last?.argumentObject?["env"] == .string("prod"))

        server.setReply(
            .status(
                200,
                body:
                    #"{"choices":[{"message":{"content":null,"function_call":{"name":"run_tests","arguments":"{}"}}}]}"#
            )
        )
        #expect(try await client.complete(Self.request).toolCalls?.map(\.name) == ["run_tests"])

        server.setReply(.status(200, body: #"{"choices":[{"message":{"content":null,"tool_calls":"nope"}}]}"#))
        await #expect(throws: ProviderError.self) { try await client.complete(Self.request) }
    }

    @Test("Anthropic: tool_use and tool_result blocks, is_error, input_schema; missing ids and non-object input")
    func anthropic() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(
            .toolCalls(
                [
                    ScriptedToolCall(id: nil, name: "run_tests", arguments: #"{"path":"c"}"#),
                    ScriptedToolCall(id: "toolu_9", name: "run_tests", arguments: "not json"),
                ],
                text: "Running both."
            )
        )
        let response = try await AnthropicMessagesClient(endpoint: Self.endpoint(server), transport: Self.transport)
            .complete(Self.request)
        #expect(response.text == "Running both.")
        #expect(response.toolCalls?.map(\.id) == ["toolu_1", "toolu_9"])
        #expect(response.toolCalls?.last?.arguments == "not json")
        let seen = try #require(server.requests.first)
        #expect(seen.toolNames == ["run_tests"])
        #expect(seen.rawBody.contains(#""input_schema":{"#))
        #expect(seen.messages.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(seen.toolCallIDs == ["c1", "c2"])
        #expect(seen.toolResults.map(\.callID) == ["c1", "c2"])
        #expect(seen.toolResults.map(\.failed) == [false, true])
    }

    @Test("Gemini: functionDeclarations, functionCall and functionResponse; a made-up id is never sent back")
    func gemini() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.toolCalls([ScriptedToolCall(id: nil, name: "run_tests", arguments: #"{"path":"c"}"#)]))
        let client = GeminiClient(endpoint: Self.endpoint(server), transport: Self.transport)
        let response = try await client.complete(Self.request)
        let call = try #require(response.toolCalls?.first)
        #expect(call.name == "run_tests" && call.id.hasPrefix("gemini_call_"))
        let seen = try #require(server.requests.first)
        #expect(seen.toolNames == ["run_tests"])
        #expect(seen.toolResults.map(\.content) == ["3 passed", "error: 1 failed"])
        #expect(seen.toolResults.map(\.failed) == [false, true])

        var followUp = Self.request
        followUp.messages = [
            ChatMessage(role: .user, content: "Run it."), .assistant("", calling: [call]),
            .toolResult(for: call, content: "ok", failed: false),
        ]
        _ = try await client.complete(followUp)
        let second = try #require(server.requests.last)
        #expect(second.toolCallIDs == [nil])
        #expect(second.toolResults.map(\.callID) == [nil])

        server.setReply(
            .status(200, body: #"{"candidates":[{"content":{"parts":[{"functionCall":{"name":"run_tests"}}]}}]}"#)
        )
        #expect(try await client.complete(Self.request).toolCalls?.first?.arguments == "{}")
        server.setReply(.status(200, body: #"{"candidates":[{"content":{"parts":[{"functionCall":{"args":{}}}]}}]}"#))
        await #expect(throws: ProviderError.self) { try await client.complete(Self.request) }
    }
}

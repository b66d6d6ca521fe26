import CandorCore
import CandorHTTP
import CandorProviders
import Foundation
import Testing

/// The OpenAI-compatible wire format without a network: the request body Candor writes, and how
/// defensively it reads bodies of every shape a server might send.
@Suite("OpenAI-compatible wire format")
struct OpenAIWireFormatTests {
    let endpoint = ModelEndpoint(name: "t", baseURL: "http://127.0.0.1:1/v1", model: "tiny")

    func parse(_ body: String) throws(ProviderError) -> ChatResponse {
        let response = HTTPResponse(status: 200, headers: [], body: Array(body.utf8), totalTime: .milliseconds(5))
        return try OpenAIChatAPI.parse(response, endpoint: endpoint, url: "http://127.0.0.1:1/v1/chat/completions")
    }

    func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test("the body is valid JSON with every field, and text with quotes, controls and emoji survives")
    func body() throws {
        let tricky = "say \"hi\"\\ \n\t\r\u{1}\u{1F}/ é 🦜"
        var endpoint = endpoint
        endpoint.logprobs = 3
        let bytes = try OpenAIChatAPI.body(
            for: ChatRequest(
                messages: [
                    ChatMessage(role: .system, content: "Be brief."), ChatMessage(role: .user, content: tricky),
                ],
                sampling: SamplingParameters(temperature: 0.25, maxTokens: 32, seed: -7)
            ),
            endpoint: endpoint
        )
        let json = try object(bytes)
        #expect(json["model"] as? String == "tiny")
        let messages = try #require(json["messages"] as? [[String: String]])
        #expect(messages == [["role": "system", "content": "Be brief."], ["role": "user", "content": tricky]])
        #expect(json["temperature"] as? Double == 0.25)
        #expect(json["max_tokens"] as? Int == 32)
        #expect(json["seed"] as? Int == -7)
        #expect(json["logprobs"] as? Bool == true)
        #expect(json["top_logprobs"] as? Int == 3)
    }

    @Test("unset sampling parameters are left out; an infinite temperature is refused")
    func optionalFields() throws {
        let plain = try object(
            OpenAIChatAPI.body(for: ChatRequest(messages: [ChatMessage(role: .user, content: "")]), endpoint: endpoint)
        )
        #expect(Set(plain.keys) == ["model", "messages", "max_tokens"])
        #expect(throws: (any Error).self) {
            try OpenAIChatAPI.body(
                for: ChatRequest(messages: [], sampling: SamplingParameters(temperature: .infinity)),
                endpoint: endpoint
            )
        }
    }

    @Test("unknown fields of every kind are skipped; escapes and surrogate pairs are decoded")
    func extraFields() throws {
        let response = try parse(
            #"""
             {"id":"x","extra":{"a":[1,-2.5e+3,true,false,null,{"b":"c\"}"}]},"n":0.1E-2,
              "choices":[{"index":0,"message":{"role":"assistant","content":"Caf\u00e9 \ud83e\udd9c \"q\"\n","tool_calls":[]},
                          "finish_reason":"stop"}],
              "model":"m-1","system_fingerprint":"fp","usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}
            """#
        )
        #expect(response.text == "Café 🦜 \"q\"\n")
        #expect(response.model == "m-1")
        #expect(response.fingerprint == "fp")
        #expect(response.finishReason == "stop")
        #expect(response.usage == TokenUsage(promptTokens: 3, completionTokens: 4))
    }

    @Test("a character cut in half (a lone surrogate escape, bytes that are not UTF-8) becomes U+FFFD")
    func brokenCharacters() throws {
        let surrogates = try parse(
            #"{"choices":[{"message":{"content":"a\ud83e b\udd9c c\ud83e\u0041 \\ud800 \ud83e\udd9c"}}]}"#
        )
        #expect(surrogates.text == "a\u{FFFD} b\u{FFFD} c\u{FFFD}A \\ud800 🦜")
        let bytes = Array(#"{"choices":[{"message":{"content":"caf"#.utf8) + [0xC3] + Array(#"!"}}]}"#.utf8)
        let response = HTTPResponse(status: 200, headers: [], body: bytes, totalTime: .milliseconds(5))
        let invalid = try OpenAIChatAPI.parse(
            response,
            endpoint: endpoint,
            url: "http://127.0.0.1:1/v1/chat/completions"
        )
        #expect(invalid.text == "caf\u{FFFD}!")
    }

    @Test("informative fields of the wrong type are ignored; the answer is still read")
    func wrongTypes() throws {
        let response = try parse(
            #"{"model":5,"system_fingerprint":[],"usage":{"prompt_tokens":"3","completion_tokens":4},"error":null,"#
                + #""choices":[{"message":{"content":"ok","reasoning_content":7,"reasoning":"why"},"finish_reason":{},"#
                + #""logprobs":"none"}]}"#
        )
        #expect(response.text == "ok")
        #expect(response.model == nil)
        #expect(response.fingerprint == nil)
        #expect(response.usage == nil)
        #expect(response.finishReason == nil)
        #expect(response.reasoning == "why")
        #expect(response.logprobs == nil)
    }

    @Test("log probabilities with their alternatives are read")
    func logprobs() throws {
        let response = try parse(
            #"{"choices":[{"message":{"content":"No"},"logprobs":{"content":[{"token":"No","logprob":-0.5,"#
                + #""bytes":[78,111],"top_logprobs":[{"token":"No","logprob":-0.5},{"token":"Yes","logprob":-1.25}]}]}}]}"#
        )
        #expect(
            response.logprobs == [
                TokenLogprob(
                    token: "No",
                    logprob: -0.5,
                    top: [.init(token: "No", logprob: -0.5), .init(token: "Yes", logprob: -1.25)]
                )
            ]
        )
    }

    @Test(
        "bodies that are not a chat completion are malformed responses",
        arguments: [
            "", "null", "[]", #"{"choices":[{"message":{"content":"x"}}]} trailing"#,
            #"{"choices":[{"message":{"content":"x"}}]"#,
            #"{"choices":"many"}"#, #"{"choices":[1]}"#, #"{"choices":[{"message":{"content":12}}]}"#,
            #"{"choices":[{"message":{"content":null}}]}"#, #"{"choices":[{"message":{"content":[]}}]}"#,
            #"{"choices":[{"message":{"content":"a\qb"}}]}"#, "{\"choices\":[{\"message\":{\"content\":\"a\u{1}\"}}]}",
            #"{"choices":[{"message":{"content":"x"}}],"usage":{"prompt_tokens":01}}"#,
            #"{"error":{"message":"overloaded"},"choices":[{"message":{"content":"x"}}]}"#,
            #"{"choices":[{"message":{"content":"x"}}],"extra":"#
                + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}",
        ]
    )
    func malformed(_ body: String) {
        let error = #expect(throws: ProviderError.self) { try parse(body) }
        #expect(error?.code == .malformedResponse)
    }
}

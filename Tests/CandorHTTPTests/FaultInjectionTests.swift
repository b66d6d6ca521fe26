import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Testing

/// Every fault a real server can produce, against real HTTP on 127.0.0.1 through libcurl: each
/// ends as a ``ProviderError`` (never a crash, never an answer), and retries happen exactly where
/// they should. Waits between retries are recorded by a manual clock instead of slept.
@Suite("Fault injection over libcurl")
struct FaultInjectionTests {
    static let transport = CurlTransport()

    let request = ChatRequest(messages: [ChatMessage(role: .user, content: "Is it safe?")])

    func client(
        _ server: some LoopbackEndpoint,
        time: ManualTime = ManualTime(),
        attempts: Int = 3,
        timeouts: HTTPTimeouts = HTTPTimeouts(connect: .seconds(2), total: .seconds(10)),
        maxBytes: Int = 1 << 20
    ) -> OpenAIChatClient {
        OpenAIChatClient(
            endpoint: ModelEndpoint(
                name: "prod-gpt",
                baseURL: server.baseURL,
                model: "tiny",
                apiKey: Secret("sk-fault-0123456789"),
                timeouts: timeouts,
                maxResponseBytes: maxBytes,
                retry: RetryPolicy(maxAttempts: attempts, initialBackoff: .milliseconds(200), maxBackoff: .seconds(5)),
                maxInFlight: 2
            ),
            transport: Self.transport,
            clock: time.clock,
            jitter: ManualTime.middleJitter
        )
    }

    @Test("a server that trickles bytes is cut off by the low-speed limit, and not retried")
    func slowDrip() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.slowDrip(millisecondsPerByte: 400))
        let timeouts = HTTPTimeouts(
            connect: .seconds(2),
            total: .seconds(60),
            lowSpeed: LowSpeedLimit(bytesPerSecond: 100, window: .seconds(1))
        )
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, timeouts: timeouts).complete(request)
        }
        #expect(error.code == .transport)
        #expect(error.cause?.code == .timeout)
        #expect(error.message.contains("too slow"))
        #expect(server.requestCount == 1)
    }

    @Test("a body shorter than its Content-Length is retried, then reported as a lost connection")
    func truncatedBody() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.truncatedBody)
        let time = ManualTime()
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, time: time).complete(request)
        }
        #expect(error.cause?.code == .connectionLost)
        #expect(error.message.contains("after 3 attempts"))
        #expect(server.requestCount == 3)
        #expect(time.sleeps == [.milliseconds(100), .milliseconds(200)], "full jitter at 0.5 of 200 ms, then 400 ms")
    }

    @Test("a connection reset is retried, and a reset followed by an answer succeeds")
    func connectionReset() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReplies([.resetConnection, .resetConnection, .answer("Recovered.")])
        let response = try await client(server).complete(request)
        #expect(response.text == "Recovered.")
        #expect(server.requestCount == 3)

        server.setReply(.resetConnection)
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, attempts: 2).complete(request)
        }
        #expect(error.code == .transport)
        #expect(error.cause?.code == .connectionLost)
    }

    @Test("a 50 MB body is refused at the size cap without buffering it, and not retried")
    func hugeBody() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.hugeAnswer(bytes: 50 * 1024 * 1024))
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, maxBytes: 1 << 20).complete(request)
        }
        #expect(error.cause?.code == .responseTooLarge)
        #expect(error.message.contains("max_response_bytes"))
        #expect(server.requestCount == 1)
    }

    @Test("429 with Retry-After in seconds waits exactly that long, then succeeds")
    func retryAfterSeconds() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReplies([
            .status(429, body: #"{"error":{"message":"slow down"}}"#, headers: ["Retry-After": "7"]), .answer("Done."),
        ])
        let time = ManualTime()
        let response = try await client(server, time: time).complete(request)
        #expect(response.text == "Done.")
        #expect(time.sleeps == [.seconds(7)])
        #expect(server.requestCount == 2)
    }

    @Test("429 with Retry-After as an HTTP-date waits until that date")
    func retryAfterDate() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let time = ManualTime(date: Date(timeIntervalSince1970: 1_445_412_480))  // Wed, 21 Oct 2015 07:28:00 GMT
        server.setReplies([
            .status(429, body: "{}", headers: ["Retry-After": "Wed, 21 Oct 2015 07:28:12 GMT"]), .answer("Done."),
        ])
        _ = try await client(server, time: time).complete(request)
        #expect(time.sleeps == [.seconds(12)])
    }

    @Test("429 that asks for longer than max_retry_after is not waited for: rate_limited at once")
    func retryAfterTooLong() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(429, body: #"{"error":{"message":"quota"}}"#, headers: ["Retry-After": "3600"]))
        let time = ManualTime()
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, time: time).complete(request)
        }
        #expect(error.code == .rateLimited)
        #expect(error.status == 429)
        #expect(error.description.contains("rate limited by target prod-gpt (HTTP 429)"))
        #expect(time.sleeps.isEmpty)
        #expect(server.requestCount == 1)
    }

    @Test("a burst of 503s is ridden out; persistent 503s end as http_status after every attempt")
    func serviceUnavailable() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let overloaded = ScriptedReply.status(503, body: #"{"error":{"message":"overloaded"}}"#)
        server.setReplies([overloaded, overloaded, .answer("Finally.")])
        #expect(try await client(server).complete(request).text == "Finally.")
        #expect(server.requestCount == 3)

        server.setReply(overloaded)
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, attempts: 4).complete(request)
        }
        #expect(error.code == .httpStatus)
        #expect(error.status == 503)
        #expect(error.message.contains("after 4 attempts"))
        #expect(error.message.contains("overloaded"))
        #expect(server.requestCount == 3 + 4)
    }

    @Test("408 and 502 are retried; 401, 403, 400, 404 and 422 are not")
    func whichStatusesRetry() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        for (status, retried) in [
            (408, true), (502, true), (401, false), (403, false), (400, false), (404, false), (422, false),
        ] {
            let before = server.requestCount
            server.setReply(.status(status, body: #"{"error":{"message":"no"}}"#))
            _ = await #expect(throws: ProviderError.self) { try await client(server, attempts: 2).complete(request) }
            #expect(server.requestCount - before == (retried ? 2 : 1), "HTTP \(status)")
        }
    }

    @Test("a rejected key is a clear credentials error naming the target and the status")
    func credentialsRejected() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(401, body: #"{"error":{"message":"Invalid API key","type":"invalid_request_error"}}"#))
        let error = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
        #expect(error.code == .credentials)
        #expect(error.message.hasPrefix("credentials rejected by target prod-gpt (HTTP 401)"))
        #expect(error.message.contains("Invalid API key"))
        #expect(server.requestCount == 1)
    }

    @Test("a 400 is request_rejected with the server's message, not retried")
    func badRequest() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(400, body: #"{"error":{"message":"model 'tiny' does not exist"}}"#))
        let error = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
        #expect(error.code == .requestRejected)
        #expect(error.message.contains("model 'tiny' does not exist"))
    }

    @Test("invalid JSON with status 200 is malformed_response and not retried")
    func invalidJSON() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.brokenJSON)
        let error = try await #require(throws: ProviderError.self) { try await client(server).complete(request) }
        #expect(error.code == .malformedResponse)
        #expect(server.requestCount == 1)
    }

    @Test("a refused connection is retried and then reported as a connect failure")
    func refused() async throws {
        let refusing = try RefusingPort()
        let time = ManualTime()
        let error = try await #require(throws: ProviderError.self) {
            try await client(refusing, time: time).complete(request)
        }
        #expect(error.cause?.code == .connect)
        #expect(time.sleeps.count == 2)
    }

    @Test("cancelling while waiting to retry ends the call as cancelled")
    func cancelDuringBackoff() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.status(503, body: "{}", headers: ["Retry-After": "30"]))
        let client = OpenAIChatClient(
            endpoint: ModelEndpoint(
                name: "prod-gpt",
                baseURL: server.baseURL,
                model: "tiny",
                retry: RetryPolicy(maxAttempts: 3)
            ),
            transport: Self.transport
        )
        let task = Task { try await client.complete(request) }
        // Bounded: at most 10 s for the first attempt to arrive.
        for _ in 0..<1000 where server.requestCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        let error = try await #require(throws: ProviderError.self) { try await task.value }
        #expect(error.code == .cancelled)
        #expect(server.requestCount == 1)
    }
}

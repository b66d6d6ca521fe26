import CandorCore
import CandorDaemon
import CandorHTTP
import CandorProviders
import CandorRules
import CandorTestSupport
import Foundation
import InMemoryLogging
import Testing

/// No API key ever appears in a log line (at trace level), an error's message, description or
/// reflection, or an answer's record, whatever the provider and whatever goes wrong — even when
/// the server echoes the key back in its error body.
@Suite("API keys never leak")
struct SecretLeakTests {
    static let key = "sk-canary-5f1e9c0d7b3a"

    @Test("through every provider and every fault, the key is in no log line, error or record")
    func noLeak() async throws {
        let logs = InMemoryLogHandler()
        let transport = CurlTransport(logger: logs.logger(label: "candor.http"))
        defer { transport.shutdown() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let echo = #"{"error":{"message":"Incorrect API key provided: \#(Self.key)","type":"\#(Self.key)"}}"#
        let replies: [ScriptedReply] = [
            .answer("Fine."), .status(401, body: echo), .status(403, body: echo), .status(429, body: echo),
            .status(500, body: echo), .status(400, body: echo), .status(200, body: echo),
            .status(200, body: "not json \(Self.key)"), .brokenJSON, .closeConnection, .resetConnection,
            .truncatedBody,
        ]
        let time = ManualTime()
        var failures: [ProviderError] = []
        var answers: [ChatResponse] = []
        for api in ["openai", "anthropic", "gemini"] {
            let endpoint = ModelEndpoint(
                name: "leaky-\(api)",
                baseURL: server.baseURL,
                model: "m",
                apiKey: Secret(Self.key),
                timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(5)),
                retry: RetryPolicy(maxAttempts: 2),
                maxInFlight: 1
            )
            let logger = logs.logger(label: "candor.providers")
            let adapter: any ModelClient =
                switch api {
                case "anthropic":
                    AnthropicMessagesClient(
                        endpoint: endpoint,
                        transport: transport,
                        clock: time.clock,
                        jitter: ManualTime.middleJitter,
                        logger: logger
                    )
                case "gemini":
                    GeminiClient(
                        endpoint: endpoint,
                        transport: transport,
                        clock: time.clock,
                        jitter: ManualTime.middleJitter,
                        logger: logger
                    )
                default:
                    OpenAIChatClient(
                        endpoint: endpoint,
                        transport: transport,
                        clock: time.clock,
                        jitter: ManualTime.middleJitter,
                        logger: logger
                    )
                }
            let client = GuardedModelClient(
                wrapping: adapter,
                limits: TargetLimits(circuitBreaker: .init(failureThreshold: 3, cooldown: .seconds(60))),
                url: HTTPRequest.redact(endpoint.baseURL),
                clock: time.clock,
                logger: logger
            )
            for reply in replies {
                server.setReply(reply)
                do {
                    answers.append(try await client.complete(.probe))
                } catch let error as ProviderError {
                    failures.append(error)
                }
            }
        }
        #expect(answers.count == 3)
        #expect(failures.count == 3 * (replies.count - 1))
        #expect(failures.contains { $0.code == .circuitOpen }, "the breaker's own errors are checked too")
        #expect(server.requests.allSatisfy { !$0.rawBody.contains(Self.key) }, "the key is never in a body or URL")
        #expect(server.requests.allSatisfy { !$0.path.contains(Self.key) })

        #expect(!logs.entries.isEmpty, "trace logging was captured")
        #expect(!logs.text.contains(Self.key))
        for error in failures {
            for text in [error.message, error.description, String(reflecting: error), "\(error.cause as Any)"] {
                #expect(!text.contains(Self.key), "\(error.code): \(text)")
            }
        }
        let records = try JSONEncoder().encode(answers)
        #expect(!String(decoding: records, as: UTF8.self).contains(Self.key))
        #expect("\(Secret(Self.key))" == "<redacted>")
        #expect(String(reflecting: Secret(Self.key)) == "<redacted>")
    }

    @Test("a 200 answer echoing every configured secret reaches no record: answer, model, fingerprint, error")
    func echoedInAnswer() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let token = "sink-token-0b7e4d2a"
        try Self.key.write(toFile: directory.file("key"), atomically: true, encoding: .utf8)
        try token.write(toFile: directory.file("token"), atomically: true, encoding: .utf8)
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let config = try Configuration.parse(
            """
            rules: rules.d
            targets:
              - {name: echo, base_url: '\(server.baseURL)', model: m, api_key_file: key}
            sinks:
              - type: webhook
                url: http://hook:url-pass-6a5b@127.0.0.1:1/hook?token=url-token-91c3e7
                auth: {type: bearer, token_file: token}
            """,
            file: directory.file("candor.yaml")
        )
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let client = try #require(
            try ModelClients.make(plan: Plan(configuration: config, rules: RuleSet(packs: [])), transport: transport)[
                "echo"
            ]
        )
        let secrets = [Self.key, token, "url-pass-6a5b", "url-token-91c3e7"]
        let everything = secrets.joined(separator: " ")
        server.setPolicy { request in
            .answer(
                "Yes. You sent \(request.authorization ?? ""); also \(everything)",
                model: Self.key,
                fingerprint: token
            )
        }
        let answer = try await client.complete(.probe)
        #expect(answer.text.hasPrefix("Yes. You sent Bearer <redacted>; also <redacted>"))
        server.setPolicy { _ in .status(200, body: #"{"error":"\#(everything)"}"#) }
        let failure = try await #require(throws: ProviderError.self) { try await client.complete(.probe) }
        let record = String(decoding: try JSONEncoder().encode(answer), as: UTF8.self) + failure.description
        for secret in secrets {
            #expect(!record.contains(secret), "\(secret) in \(record)")
        }
        #expect(server.requests.first?.authorization == "Bearer \(Self.key)", "the key itself is still sent")
    }
}

import CandorAlerts
import CandorHTTP
import CandorTestSupport
import Foundation
import Testing

/// Thousands of mutated silence bodies and raw status requests against a real status endpoint
/// in this process: a trap in a route would end the test run, a hang would stop the health check
/// after each batch from answering, and every answer must be a proper status: 2xx for what is
/// valid, 4xx with a message for what is not, never 5xx.
@Suite("Status endpoint fuzzing")
struct StatusEndpointFuzzTests {
    static let seed: UInt64 = 17

    /// Valid silence bodies the mutations start from.
    static let bodies = [
        #"{"matchers":{"target":"prod","probe":"belief-pressure.yes-no"},"duration":"2h","comment":"vendor incident"}"#,
        #"{"matchers":{"signal":"lie_rate"},"duration":"1h30m","comment":""}"#,
        #"{"matchers":{"a":"b"},"endsAt":"ENDS"}"#,
    ]

    @Test("2,400 mutated silence bodies through libcurl: no crash, 2xx or 4xx with a message, never longer than a year")
    func silenceBodies() async throws {
        try await StatusEndpoint.with { endpoint in
            var mutator = FuzzMutator(seed: Self.seed)
            let ends = Timestamp.format(Date().addingTimeInterval(7200))
            var counts: [Int: Int] = [:]
            for number in 0..<2_400 {
                let valid = Self.bodies[number % Self.bodies.count].replacingOccurrences(of: "ENDS", with: ends)
                let body: [UInt8] =
                    switch number % 4 {
                    case 0: Array(mutator.extremeNumber(in: valid).utf8)
                    case 1 where number % 40 == 1: Array(valid.utf8)
                    default: mutator.mutate(valid)
                    }
                let response = try await StatusEndpoint.http.send(
                    HTTPRequest(
                        method: .post,
                        url: endpoint.base + "/api/v1/silences",
                        headers: [
                            HTTPHeader("Authorization", "Bearer \(try endpoint.generatedToken)"),
                            HTTPHeader("Content-Type", "application/json"),
                        ],
                        body: body,
                        timeouts: HTTPTimeouts(connect: .seconds(5), total: .seconds(30))
                    )
                )
                counts[response.status / 100, default: 0] += 1
                let text = String(decoding: response.body, as: UTF8.self)
                let sent = String(decoding: body, as: UTF8.self)
                #expect(
                    (200..<300).contains(response.status) || (400..<500).contains(response.status),
                    "seed \(Self.seed) case \(number): \(response.status) \(text) for \(sent)"
                )
                if (400..<500).contains(response.status) {
                    #expect(text.count > 10, "case \(number): a 4xx says why, got '\(text)' for \(sent)")
                }
                if body == Array(valid.utf8) {
                    #expect(response.status == 200, "case \(number): a valid body is accepted: \(text)")
                }
            }
            #expect((counts[2] ?? 0) > 60 && (counts[4] ?? 0) > 1_000, "the cases reach both outcomes: \(counts)")
            let yearAhead = Date().addingTimeInterval(365 * 86_400)
            #expect(await endpoint.outbox.silences(at: Date()).allSatisfy { $0.endsAt <= yearAhead })
            #expect(try await endpoint.request("GET", "/healthz").status == 200)
        }
    }

    @Test("800 mutated raw requests (paths, queries, methods, headers): no crash or hang, no 5xx, every 4xx says why")
    func rawRequests() async throws {
        try await StatusEndpoint.with { endpoint in
            var mutator = FuzzMutator(seed: Self.seed)
            let token = try endpoint.generatedToken
            let host = "Host: 127.0.0.1:\(endpoint.port)\r\n"
            let body = Self.bodies[0]
            let requests = [
                "GET /api/v1/signals?verbose=1&x=%00 HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
                "GET /metrics HTTP/1.1\r\n\(host)Accept: */*\r\nConnection: close\r\n\r\n",
                "HEAD /api/v1/targets HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
                "GET /api/v1/silences HTTP/1.1\r\n\(host)Origin: http://127.0.0.1:\(endpoint.port)\r\nConnection: close\r\n\r\n",
                "DELETE /api/v1/silences/0c4f-11 HTTP/1.1\r\n\(host)Authorization: Bearer \(token)\r\nConnection: close\r\n\r\n",
                "POST /api/v1/silences HTTP/1.1\r\n\(host)Authorization: Bearer \(token)\r\nContent-Type: application/json\r\n"
                    + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)",
            ]
            var answered = 0
            var parserRefusals = 0
            for number in 0..<800 {
                let request = mutator.mutate(requests[number % requests.count])
                let answer = try await RawHTTPClient.exchange(request, port: endpoint.port, idleMilliseconds: 500)
                let sent = String(decoding: request.prefix(300), as: UTF8.self).debugDescription
                guard !answer.bytes.isEmpty else { continue }  // closed, or waiting for the rest of a request
                answered += 1
                let status = try #require(answer.status, "case \(number): not an HTTP answer for \(sent)")
                #expect(status < 500, "seed \(Self.seed) case \(number): \(status) for \(sent)")
                let text = String(decoding: answer.bytes, as: UTF8.self)
                if !text.lowercased().contains("\r\nserver: candor\r\n") {
                    // Bytes that are not HTTP never reach candor: NIO's parser answers a bare 400.
                    parserRefusals += 1
                    #expect(status == 400, "case \(number): \(text.debugDescription) for \(sent)")
                } else if (400..<500).contains(status), !request.starts(with: Array("HEAD".utf8)) {
                    let message = text.components(separatedBy: "\r\n\r\n").dropFirst().joined()
                    #expect(
                        !message.isEmpty,
                        "case \(number): a \(status) says why, for \(sent): \(text.debugDescription)"
                    )
                }
                if number % 100 == 99 {
                    #expect(try await endpoint.request("GET", "/healthz").status == 200, "alive after case \(number)")
                }
            }
            #expect(answered > 300, "most cases get an answer: \(answered)")
            #expect(answered - parserRefusals > 100, "many cases reach the routes: \(answered - parserRefusals)")
        }
    }
}

import CandorHTTP
import CandorTestSupport
import Foundation
import Synchronization
import Testing

/// The transport itself: connection reuse, the per-target in-flight limit, cancellation of
/// queued requests, and shutdown.
@Suite("CurlTransport")
struct CurlTransportTests {
    /// Timeouts no starved machine reaches: a 20-second total ran out on CI while the test waited, and freed the
    /// slot or ended a request as a timeout instead of what the test does to it.
    static let patient = HTTPTimeouts(connect: .seconds(120), total: .seconds(900))

    /// A chat request to `server`; the tests about cancellation and shutdown give it timeouts no starved machine
    /// reaches, so that only what they test can end it.
    func chat(
        _ server: ScriptedModelServer,
        limit: InFlightLimit? = nil,
        timeouts: HTTPTimeouts = HTTPTimeouts(connect: .seconds(2), total: .seconds(20))
    ) -> HTTPRequest {
        HTTPRequest(
            method: .post,
            url: server.baseURL + "/chat/completions",
            headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#.utf8),
            timeouts: timeouts,
            inFlightLimit: limit
        )
    }

    @Test("at most max_in_flight requests of one target are on the wire; the rest queue and all finish")
    func inFlightLimit() async throws {
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        let concurrency = Mutex((now: 0, peak: 0))
        server.setPolicy { _ in
            concurrency.withLock {
                $0.now += 1
                $0.peak = max($0.peak, $0.now)
            }
            usleep(50_000)
            concurrency.withLock { $0.now -= 1 }
            return .answer("ok")
        }
        let limit = InFlightLimit(key: "prod-gpt", maximum: 2)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try await transport.send(chat(server, limit: limit)).status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 8))
        #expect(concurrency.withLock { $0.peak } == 2)
        #expect(server.connectionCount <= 2, "connections are reused")
    }

    @Test("a request cancelled while it waits for a slot never reaches the server")
    func cancelQueued() async throws {
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // The first request holds the only slot for far longer than the test runs, so the
        // queued one cannot get it however slow the machine is; the first is cancelled at the end.
        server.setReply(.hang(seconds: 600))
        let limit = InFlightLimit(key: "t", maximum: 1)
        let first = Task { try await transport.send(chat(server, limit: limit, timeouts: Self.patient)) }
        // The first must hold the slot before the second asks for it: a loaded machine took over 5 s to send it.
        for _ in 0..<6_000 where server.requestCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
        try #require(server.requestCount == 1, "the first request never reached the server")
        let queued = Task { try await transport.send(chat(server, limit: limit, timeouts: Self.patient)) }
        try await Task.sleep(for: .milliseconds(100))
        queued.cancel()
        let error = try await #require(throws: HTTPError.self) { try await queued.value }
        #expect(error.code == .cancelled)
        #expect(server.requestCount == 1)
        first.cancel()
        _ = try? await first.value
    }

    @Test("shutdown fails requests in flight and queued as cancelled; later ones fail at once")
    func shutdown() async throws {
        let transport = CurlTransport()
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // A reply far slower than any wait here: on a starved machine a 10-second one came back before the
        // shutdown ran. Shutdown cancels at once, so the test does not wait for it.
        server.setReply(.hang(seconds: 600))
        let limit = InFlightLimit(key: "t", maximum: 1)
        let tasks = (0..<3).map { _ in
            Task { try await transport.send(chat(server, limit: limit, timeouts: Self.patient)) }
        }
        for _ in 0..<6_000 where server.requestCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
        transport.shutdown()
        for task in tasks {
            let error = try await #require(throws: HTTPError.self) { try await task.value }
            #expect(error.code == .cancelled)
        }
        let late = try await #require(throws: HTTPError.self) { try await transport.send(chat(server)) }
        #expect(late.code == .cancelled)
    }

    @Test("libcurl here speaks HTTP/2 (negotiated over TLS); plain HTTP stays on 1.1")
    func protocolVersion() async throws {
        #expect(CurlTransport.supportsHTTP2)
        let transport = CurlTransport()
        defer { transport.shutdown() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        #expect(try await transport.send(chat(server)).httpVersion == "1.1")
    }
}

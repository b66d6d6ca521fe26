import CandorHTTP
import CandorTestSupport
import Foundation
import Synchronization
import Testing

/// The per-host connection limit, shared by every request to one host and port whatever its target: requests
/// beyond it wait for a connection, and raising it (as a reload does) lets more run at once.
@Suite("Connection limit")
struct ConnectionLimitTests {
    func chat(_ server: ScriptedModelServer, target: String) -> HTTPRequest {
        HTTPRequest(
            method: .post,
            url: server.baseURL + "/chat/completions",
            headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#.utf8),
            timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(20)),
            inFlightLimit: InFlightLimit(key: target, maximum: 4)
        )
    }

    /// Sends one request for each of six targets at once; returns the most the server saw at once.
    func peak(_ transport: CurlTransport, _ server: ScriptedModelServer) async throws -> Int {
        let concurrency = Mutex((now: 0, peak: 0))
        server.setPolicy { _ in
            concurrency.withLock {
                $0.now += 1
                $0.peak = max($0.peak, $0.now)
            }
            usleep(100_000)
            concurrency.withLock { $0.now -= 1 }
            return .answer("ok")
        }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<6 {
                group.addTask { try await transport.send(chat(server, target: "t\(index)")).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 6))
        return concurrency.withLock { $0.peak }
    }

    @Test("six targets on one host share its connections: two at a time under a limit of 2, six once it is raised")
    func sharedAndRaised() async throws {
        let transport = CurlTransport(maxConnectionsPerHost: 2)
        defer { transport.shutdown() }
        let server = try ScriptedModelServer()
        defer { server.stop() }
        #expect(try await peak(transport, server) == 2)
        transport.setMaxConnectionsPerHost(6)
        #expect(try await peak(transport, server) == 6)
    }
}

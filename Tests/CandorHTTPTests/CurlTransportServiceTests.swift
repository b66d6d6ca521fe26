import CandorHTTP
import CandorTestSupport
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// The transport as a service of a `ServiceGroup`: it stops after the services that send through it.
@Suite("CurlTransport as a service")
struct CurlTransportServiceTests {
    /// A service that sends one request, keeps its outcome, and then waits for shutdown, as a trial
    /// runner finishes the trial in flight before it stops.
    final class Caller: Service {
        let transport: CurlTransport
        let request: HTTPRequest
        let outcome = Mutex<Result<HTTPResponse, HTTPError>?>(nil)

        init(transport: CurlTransport, request: HTTPRequest) {
            self.transport = transport
            self.request = request
        }

        func run() async throws {
            do {
                let response = try await transport.send(request)
                outcome.withLock { $0 = .success(response) }
            } catch let error as HTTPError {
                outcome.withLock { $0 = .failure(error) }
            }
            try? await gracefulShutdown()
        }
    }

    @Test(
        "a request in flight when graceful shutdown begins gets its answer; one sent after the group stops fails as cancelled"
    )
    func stopsAfterItsCallers() async throws {
        let server = try ScriptedModelServer()
        defer { server.stop() }
        // Long enough that the shutdown below surely begins while the request is on the wire.
        server.setReply(.hang(seconds: 1))
        let transport = CurlTransport()
        let request = HTTPRequest(
            method: .post,
            url: server.baseURL + "/chat/completions",
            headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#.utf8),
            timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(20))
        )
        let caller = Caller(transport: transport, request: request)
        // Registered first, the transport is stopped last: the group shuts services down in reverse.
        let group = ServiceGroup(services: [transport, caller], logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for _ in 0..<1000 where server.requestCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(server.requestCount == 1)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let outcome = try #require(caller.outcome.withLock { $0 })
        #expect(try outcome.get().status == 200)
        let late = await #expect(throws: HTTPError.self) { try await transport.send(request) }
        #expect(late?.code == .cancelled)
    }
}

import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Foundation
import Testing

/// Proxies come from the environment, read by libcurl itself: `http_proxy` sends a request
/// through the proxy, `no_proxy` exempts hosts from it.
///
/// The variables are set once for the whole test process, with `no_proxy` covering 127.0.0.1
/// and localhost (which every other test uses) before `http_proxy` is set; only the reserved
/// host `candor-proxied.invalid`, which no DNS resolves, goes through the proxy.
@Suite("Proxies from the environment", .serialized)
struct ProxyTests {
    /// The scripted server acting as the proxy: it reads absolute-form request targets.
    static let proxy: ScriptedModelServer? = {
        guard let server = try? ScriptedModelServer() else { return nil }
        setenv("no_proxy", "127.0.0.1,localhost", 1)
        setenv("NO_PROXY", "127.0.0.1,localhost", 1)
        setenv("http_proxy", "http://127.0.0.1:\(server.port)", 1)
        return server
    }()

    static let transport = CurlTransport()
    let request = ChatRequest(messages: [ChatMessage(role: .user, content: "Via proxy?")])

    @Test("a host outside no_proxy is reached through http_proxy")
    func throughProxy() async throws {
        let proxy = try #require(Self.proxy)
        proxy.setReply(.answer("Proxied."))
        let client = OpenAIChatClient(
            endpoint: ModelEndpoint(name: "proxied", baseURL: "http://candor-proxied.invalid/v1", model: "m"),
            transport: Self.transport
        )
        #expect(try await client.complete(request).text == "Proxied.")
        let seen = try #require(proxy.requests.last)
        #expect(seen.headers["host"] == "candor-proxied.invalid")
    }

    @Test("a host in no_proxy is reached directly")
    func bypass() async throws {
        let proxy = try #require(Self.proxy)
        let before = proxy.requestCount
        let server = try ScriptedModelServer()
        defer { server.stop() }
        server.setReply(.answer("Direct."))
        let client = OpenAIChatClient(
            endpoint: ModelEndpoint(name: "direct", baseURL: server.baseURL, model: "m"),
            transport: Self.transport
        )
        #expect(try await client.complete(request).text == "Direct.")
        #expect(server.requestCount == 1)
        #expect(proxy.requestCount == before)
    }
}

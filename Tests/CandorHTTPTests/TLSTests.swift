import CandorCore
import CandorHTTP
import CandorProviders
import CandorTestSupport
import Testing

/// TLS against a local HTTPS server whose certificate comes from a throwaway authority: refused
/// unless the authority is configured or verification is explicitly turned off; client
/// certificates for servers that require one.
@Suite("TLS with a self-signed authority", .enabled(if: TLSModelServer.isAvailable, "needs python3 and openssl"))
struct TLSTests {
    static let transport = CurlTransport()
    let request = ChatRequest(messages: [ChatMessage(role: .user, content: "Secure?")])

    func client(_ server: TLSModelServer, tls: TLSOptions) -> OpenAIChatClient {
        OpenAIChatClient(
            endpoint: ModelEndpoint(
                name: "tls-target",
                baseURL: server.baseURL,
                model: "m",
                timeouts: HTTPTimeouts(connect: .seconds(5), total: .seconds(10)),
                tls: tls,
                retry: RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(1))
            ),
            transport: Self.transport
        )
    }

    @Test("an untrusted certificate is refused as a TLS error and not retried")
    func refusedWithoutCA() async throws {
        let server = try TLSModelServer()
        defer { server.stop() }
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, tls: TLSOptions()).complete(request)
        }
        #expect(error.code == .transport)
        #expect(error.cause?.code == .tls)
        #expect(error.message.contains("tls_ca_file"))
        #expect(!error.message.contains("attempts"))
    }

    @Test("the same server is trusted once its CA is configured")
    func acceptedWithCA() async throws {
        let server = try TLSModelServer()
        defer { server.stop() }
        let response = try await client(server, tls: TLSOptions(caBundlePath: server.caFile)).complete(request)
        #expect(response.text == "Yes, over TLS.")
    }

    @Test("explicitly turning verification off connects to the untrusted server")
    func insecure() async throws {
        let server = try TLSModelServer()
        defer { server.stop() }
        let response = try await client(server, tls: TLSOptions(verifiesPeer: false)).complete(request)
        #expect(response.text == "Yes, over TLS.")
    }

    @Test("a server that requires a client certificate refuses without one and accepts with it")
    func clientCertificate() async throws {
        let server = try TLSModelServer(requireClientCertificate: true)
        defer { server.stop() }
        let without = try await #require(throws: ProviderError.self) {
            try await client(server, tls: TLSOptions(caBundlePath: server.caFile)).complete(request)
        }
        #expect(without.code == .transport)
        let tls = TLSOptions(
            caBundlePath: server.caFile,
            clientCertificatePath: server.clientCertificateFile,
            clientKeyPath: server.clientKeyFile
        )
        #expect(try await client(server, tls: tls).complete(request).text == "Yes, over TLS.")
    }

    @Test("a missing CA file is a clear error, not a crash")
    func missingCAFile() async throws {
        let server = try TLSModelServer()
        defer { server.stop() }
        let error = try await #require(throws: ProviderError.self) {
            try await client(server, tls: TLSOptions(caBundlePath: "/nonexistent/ca.pem")).complete(request)
        }
        #expect(error.code == .transport)
    }
}

import Foundation

/// An HTTPS server on 127.0.0.1 with a certificate from a throwaway certificate authority,
/// answering every `POST` with a canned OpenAI chat completion ("Yes, over TLS."). Optionally it
/// requires a client certificate signed by the same authority.
///
/// It is Python's `http.server` wrapped in `ssl`, with certificates made by the `openssl` command
/// line; ``isAvailable`` tells whether both are installed. The server exits when `stop()` is
/// called or when the test process ends (it watches its standard input).
public final class TLSModelServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    /// The PEM file of the authority that signed the server's (and the client's) certificate.
    public let caFile: String
    /// A client certificate the server accepts.
    public let clientCertificateFile: String
    /// The client certificate's private key.
    public let clientKeyFile: String
    private let process: Process
    private let input: Pipe
    private let directory: TemporaryDirectory

    /// The OpenAI-style base URL, `https://127.0.0.1:PORT/v1`.
    public var baseURL: String { "https://127.0.0.1:\(port)/v1" }

    /// Whether `python3` and `openssl` are on the PATH.
    public static var isAvailable: Bool {
        ["python3", "openssl"].allSatisfy { tool in
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
            }
        }
    }

    /// Makes the certificates and starts the server.
    ///
    /// - Parameter requireClientCertificate: refuse clients without a certificate from the CA.
    /// - Throws: ``TestSupportError`` (`process`) when a tool fails or the server never reports
    ///   its port.
    public init(requireClientCertificate: Bool = false) throws {
        directory = try TemporaryDirectory()
        let dir = directory.path
        caFile = dir + "/ca.pem"
        clientCertificateFile = dir + "/client.pem"
        clientKeyFile = dir + "/client.key"
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try Self.run(
            ["req", "-x509"] + curve + [
                "-keyout", dir + "/ca.key", "-out", caFile, "-days", "2",
                "-subj", "/CN=Candor Test CA",
            ]
        )
        for (name, usage) in [("server", "serverAuth"), ("client", "clientAuth")] {
            try Self.run(
                ["req"] + curve + [
                    "-keyout", "\(dir)/\(name).key", "-out", "\(dir)/\(name).csr",
                    "-subj", "/CN=127.0.0.1",
                ]
            )
            try "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=\(usage)\n".write(
                toFile: "\(dir)/\(name).ext",
                atomically: true,
                encoding: .utf8
            )
            try Self.run([
                "x509", "-req", "-in", "\(dir)/\(name).csr", "-CA", caFile, "-CAkey", dir + "/ca.key",
                "-CAcreateserial", "-out", "\(dir)/\(name).pem", "-days", "2", "-extfile", "\(dir)/\(name).ext",
            ])
        }
        let script = dir + "/server.py"
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", script, dir + "/server.pem", dir + "/server.key",
            requireClientCertificate ? caFile : "",
        ]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port; reading ends at the newline or when the process dies.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            directory.remove()
            throw TestSupportError(code: .process, message: "the TLS test server did not start; is python3 installed?")
        }
        self.port = port
    }

    deinit {
        stop()
    }

    /// Stops the server and removes its certificates. Closing its standard input ends it; SIGKILL
    /// makes sure (a SIGTERM may be ignored, a disposition children inherit from the test process).
    public func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        directory.remove()
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestSupportError(
                code: .process,
                message:
                    "openssl \(arguments.prefix(2).joined(separator: " ")) failed with status \(process.terminationStatus)"
            )
        }
    }

    private static let script = #"""
        import http.server, json, os, ssl, sys, threading

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                body = json.dumps({
                    "id": "chatcmpl-tls", "object": "chat.completion", "model": "tls-1",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Yes, over TLS."},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        certificate, key, client_ca = sys.argv[1], sys.argv[2], sys.argv[3]
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        if client_ca:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(client_ca)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}

import ArgumentParser
import CandorAlerts
import CandorDaemon
import CandorHTTP
import CandorProviders
import Foundation

/// The running daemon's status endpoint as the command line talks to it: its address (reading
/// `state_dir/status.port` when the config says port 0) and its token (``StatusToken``).
struct StatusClient {
    /// `http://HOST:PORT`.
    let base: String
    /// The token to send, if one could be read.
    let token: Secret?
    /// libcurl, released by ``close()``.
    let transport = CurlTransport()

    /// A client for the daemon `plan` configures. With `needsToken`, a token that cannot be read
    /// is an error; without it, the requests go without one (reads on loopback need none).
    ///
    /// - Throws: ``StatusClientError`` when the endpoint is disabled, its port unknown (the daemon
    ///   is not running) or a needed token unreadable.
    init(_ configuration: Configuration, configPath: String, needsToken: Bool) throws {
        let status = configuration.status
        guard status.enabled else {
            throw StatusClientError(
                code: .unavailable,
                message: "the status endpoint is disabled in \(configPath) (status.enabled: false)"
            )
        }
        var port = status.port
        if port == 0 {
            let file = configuration.stateDirectory + "/status.port"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                let bound = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            else {
                throw StatusClientError(
                    code: .notRunning,
                    message: "candor is not running: status.listen in \(configPath) uses port 0, and \(file) "
                        + "(written by a running daemon) does not say which port it bound"
                )
            }
            port = bound
        }
        // A wildcard listen address is reached through loopback.
        let host = ["0.0.0.0", "::", ""].contains(status.host) ? "127.0.0.1" : status.host
        base = "http://\(host):\(port)"
        if needsToken {
            do {
                token = try StatusToken.forClient(configuration)
            } catch {
                throw StatusClientError(code: .unavailable, message: error.message)
            }
        } else {
            token = try? StatusToken.forClient(configuration)
        }
    }

    /// Releases the transport.
    func close() {
        transport.shutdown()
    }

    /// Sends `method` to `path` with an optional JSON body; returns the answer if it is a
    /// success.
    ///
    /// - Throws: ``StatusClientError`` saying the daemon is not running or quoting its answer.
    func send(_ method: HTTPMethod = .get, _ path: String, json body: [UInt8]? = nil) async throws -> [UInt8] {
        var headers = token.map { [HTTPHeader("Authorization", "Bearer \($0.revealed)")] } ?? []
        if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(
                    method: method,
                    url: base + path,
                    headers: headers,
                    body: body,
                    timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(10))
                )
            )
        } catch let error as HTTPError where error.code == .connect {
            throw StatusClientError(
                code: .notRunning,
                message: "candor is not running: nothing answers at \(base) (status.listen); start it with "
                    + "'systemctl start candor' or 'candor run --config FILE'"
            )
        } catch {
            throw StatusClientError(code: .refused, message: "cannot read the status endpoint at \(base): \(error)")
        }
        guard response.isSuccess else {
            let answer = String(decoding: response.body.prefix(1000), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw StatusClientError(
                code: .refused,
                message: "\(method) \(base)\(path) answered HTTP \(response.status): \(answer)"
            )
        }
        return response.body
    }

    /// Runs `body` with a client for the daemon `configuration` names and closes it after; a
    /// ``StatusClientError`` is printed to stderr and ends the command with its own exit status
    /// (3 when the daemon is not running).
    ///
    /// - Throws: `ExitCode` after printing a ``StatusClientError``; any other error of `body`.
    static func session<T>(
        _ configuration: Configuration,
        configPath: String,
        needsToken: Bool,
        _ body: (StatusClient) async throws -> T
    ) async throws -> T {
        do {
            let client = try StatusClient(configuration, configPath: configPath, needsToken: needsToken)
            defer { client.close() }
            return try await body(client)
        } catch let error as StatusClientError {
            Terminal.error("Error: \(error.message)")
            throw error.exitCode
        }
    }

    /// GETs `path` and decodes its JSON.
    ///
    /// - Throws: as ``send(_:_:json:)``, or a decoding error.
    func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        let decoder = RecordCodec.decoder()
        return try decoder.decode(T.self, from: Data(try await send(.get, path)))
    }
}

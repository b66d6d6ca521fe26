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
    /// - Throws: `ValidationError` when the endpoint is disabled, its port unknown or a needed
    ///   token unreadable.
    init(_ configuration: Configuration, configPath: String, needsToken: Bool) throws {
        let status = configuration.status
        guard status.enabled else {
            throw ValidationError("the status endpoint is disabled in \(configPath) (status.enabled: false)")
        }
        var port = status.port
        if port == 0 {
            let file = configuration.stateDirectory + "/status.port"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8),
                let bound = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            else {
                throw ValidationError(
                    "status.listen uses port 0 and \(file) does not say which port was bound; is candor running?"
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
                throw ValidationError(error.message)
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
    /// - Throws: `ValidationError` saying the daemon is unreachable or quoting its answer.
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
        } catch {
            throw ValidationError("cannot reach the status endpoint at \(base): \(error); is candor running?")
        }
        guard response.isSuccess else {
            let answer = String(decoding: response.body.prefix(1000), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw ValidationError("\(method) \(base)\(path) answered HTTP \(response.status): \(answer)")
        }
        return response.body
    }

    /// GETs `path` and decodes its JSON.
    ///
    /// - Throws: as ``send(_:_:json:)``, or a decoding error.
    func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        let decoder = RecordCodec.decoder()
        return try decoder.decode(T.self, from: Data(try await send(.get, path)))
    }
}

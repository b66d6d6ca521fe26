import CandorHTTP
import CandorProviders
import Synchronization

/// Who may call the status endpoint, and through which address.
///
/// | configuration | reads (`GET`, `HEAD`) | writes (silences) |
/// |---|---|---|
/// | default, loopback listen | open | generated token (`state_dir/status.token`) |
/// | `token_file`, loopback listen | open | the file's token |
/// | non-loopback listen | token, except `/healthz` and `/readyz` | token |
/// | `bearer_token_env` | the variable's token, every path | the variable's token |
///
/// Independently of the token, a request whose `Host` is not the listen address (or, on
/// loopback, `localhost`, `127.0.0.1` or `[::1]` with the listen port) or that carries an
/// `Origin` other than such an address is refused: a web page can reach a loopback port through
/// the browser, directly or by rebinding a DNS name of its own to 127.0.0.1, and this is what
/// gives it away.
public final class StatusAccess: Sendable {
    /// The token writes (and, per the table, reads) must present.
    let token: Secret
    /// Whether reads need the token too (every path when `bearer_token_env` is set).
    let readsNeedToken: Bool
    /// Whether `/healthz` and `/readyz` need it as well (`bearer_token_env`, as before tokens
    /// were generated).
    let healthNeedsToken: Bool
    /// The configured listen host.
    let host: String
    /// Where the operator finds the token (a path or a variable), for the 401 answer.
    let location: String
    private let port: Atomic<Int>

    /// Access for an endpoint listening on `host:port` (port 0 until ``bound(to:)``).
    init(
        token: Secret,
        readsNeedToken: Bool,
        healthNeedsToken: Bool = false,
        host: String,
        port: Int,
        location: String
    ) {
        self.port = Atomic(port)
        self.token = token
        self.location = location
        self.readsNeedToken = readsNeedToken
        self.healthNeedsToken = healthNeedsToken
        self.host = host.lowercased()
    }

    /// Records the port actually bound (with `listen: HOST:0` it is known only then).
    func bound(to port: Int) {
        self.port.store(port, ordering: .relaxed)
    }

    /// Whether a request with `method` to `path` must present the token.
    func needsToken(method: String, path: String) -> Bool {
        guard method == "GET" || method == "HEAD" else { return true }
        if path == "/healthz" || path == "/readyz" { return healthNeedsToken }
        return readsNeedToken
    }

    /// Whether `header` (the `Authorization` value) carries the token, compared in constant time.
    func authorizes(_ header: String?) -> Bool {
        // The scheme is case-insensitive (RFC 7235); the token is not.
        guard let header, header.prefix(7).lowercased() == "bearer " else { return false }
        let given = Array(header.utf8.dropFirst("Bearer ".utf8.count))
        let expected = Array(token.revealed.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The `Host` values that name this endpoint, lower-cased.
    var authorities: Set<String> {
        let port = self.port.load(ordering: .relaxed)
        let names = Self.isLoopback(host) ? [host, "localhost", "127.0.0.1", "[::1]"] : [host]
        var result = Set(names.map { "\($0):\(port)" })
        if port == 80 { result.formUnion(names) }
        return result
    }

    /// Whether a request carrying `authority` (its `Host`) may be served. A missing `Host`
    /// (HTTP/1.0) passes: browsers always send one. On a wildcard listen address the names are
    /// unknown, and every path but the health checks needs the token there anyway.
    func allows(authority: String?) -> Bool {
        guard let authority, !Self.isWildcard(host) else { return true }
        return authorities.contains(authority.lowercased())
    }

    /// Whether a request carrying `origin` may be served: none (not a browser), or this endpoint's
    /// own origin.
    func allows(origin: String?) -> Bool {
        guard let origin else { return true }
        let lowered = origin.lowercased()
        guard !Self.isWildcard(host), lowered.hasPrefix("http://") else { return false }
        return authorities.contains(String(lowered.dropFirst("http://".count)))
    }

    /// Whether `host` is a loopback address or `localhost`.
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Whether `host` binds every interface.
    static func isWildcard(_ host: String) -> Bool {
        ["0.0.0.0", "::", "[::]", ""].contains(host)
    }
}

import CandorHTTP
import CandorProviders
import CandorYAML
import Foundation

extension Configuration.Sink {
    /// How a webhook or Alertmanager sink authenticates to its receiver, so that no credential
    /// needs to be written into its URL. The values are read at start and sent only in the
    /// `Authorization` header.
    public enum Auth: Sendable, Hashable {
        /// `Authorization: Bearer TOKEN` (`type: bearer` with `token_env`, `token_file` or
        /// `token_credential`).
        case bearer(token: CredentialSource)
        /// `Authorization: Basic base64(USERNAME:PASSWORD)` (`type: basic` with `username` and
        /// `password_env`, `password_file` or `password_credential`).
        case basic(username: String, password: CredentialSource)
    }
}

extension Configuration {
    static let authKeys = [
        "type", "username", "token_env", "token_file", "token_credential", "password_env", "password_file",
        "password_credential",
    ]

    /// Reads a sink's `auth:` section.
    static func readAuth(
        _ node: YAMLNode,
        resolve: (String) -> String,
        _ log: inout DiagnosticLog
    ) -> Sink.Auth? {
        guard let map = node.mapping(&log) else { return nil }
        map.rejectUnknownKeys(allowing: authKeys, &log)
        guard let type = map.required("type", &log)?.choice(&log, ["bearer", "basic"]) else { return nil }
        let option = type == "bearer" ? "token" : "password"
        let applies = { (key: String) in
            key == "type" || key.hasPrefix(option + "_") || (type == "basic" && key == "username")
        }
        for key in map.keys where !applies(key) {
            if let misplaced = map[key], authKeys.contains(key) {
                log.error("'\(misplaced.path)' does not apply to auth type \(type)", at: misplaced.location)
            }
        }
        var username: String?
        if type == "basic", let usernameNode = map.required("username", &log) {
            username = usernameNode.nonEmptyString(&log)
            if username?.contains(":") == true {
                log.error("'\(usernameNode.path)' cannot contain ':' (Basic authentication)", at: usernameNode.location)
                username = nil
            }
        }
        guard let source = readCredential(map, option: option, resolve: resolve, &log) else {
            if !["_env", "_file", "_credential"].contains(where: { map[option + $0] != nil }) {
                log.error(
                    "'\(node.path)' of type \(type) needs one of \(option)_env, \(option)_file or \(option)_credential",
                    at: node.location
                )
            }
            return nil
        }
        if type == "bearer" { return .bearer(token: source) }
        return username.map { .basic(username: $0, password: source) }
    }

    /// Advice `candor check` prints (`file:line:col: warning: …`) without failing: credentials
    /// written into a sink's URL work, but belong in `auth:` (a URL is copied into more places
    /// than a header).
    public var warnings: [Diagnostic] {
        sinks.compactMap { sink in
            let url: String
            switch sink.kind {
            case .webhook(let address, _, _, _), .alertmanager(let address, _): url = address
            case .file: return nil
            }
            guard !HTTPRequest.credentials(in: url, includingQuery: false).isEmpty else { return nil }
            let location = sink.location ?? SourceLocation(file: file, line: 1, column: 1)
            return Diagnostic(
                at: location,
                "warning: sink \(sink.name): its URL holds credentials; move them to 'auth:' (type basic or bearer, "
                    + "read from a variable, a file or a systemd credential)"
            )
        }
    }
}

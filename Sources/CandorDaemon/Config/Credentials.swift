import CandorHTTP
import CandorProviders
import CandorYAML
import Foundation

/// Resolves the credentials a configuration names (targets' API keys, webhook signing secrets,
/// sinks' tokens and passwords) from their sources: an environment variable, a file, or a systemd
/// credential. Each value is wrapped in a ``Secret`` at once and never printed.
public enum Credentials {
    /// One credential a configuration names: whose it is, where its value comes from, and where
    /// it is declared.
    public struct Use: Sendable {
        /// `target NAME` or `sink NAME`.
        public var owner: String
        /// Where the value comes from.
        public var source: CredentialSource
        /// Where the config names the credential (or declares its sink), when known.
        public var location: SourceLocation?

        /// Reads the value.
        ///
        /// - Throws: ``ConfigurationError`` naming the owner, the variable or file, and the
        ///   declaration's `file:line:col` when known; never the value.
        public func resolve(
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) throws(ConfigurationError) -> Secret {
            do {
                return try source.resolve(environment: environment)
            } catch {
                let prefix = location.map { "\($0): " } ?? ""
                throw ConfigurationError("\(prefix)\(owner): \(error.message)")
            }
        }

        /// What `candor run` would refuse about this credential that can be seen before it
        /// starts, at the line that names it: an environment variable that is unset or empty, a
        /// file, or a systemd credential when `$CREDENTIALS_DIRECTORY` is set, that is missing,
        /// unreadable, empty or more than one line. `nil` if it reads, and for a credential outside
        /// systemd, which only the service's own environment can tell.
        ///
        /// An environment variable is checked in the environment `candor check` runs in: run it
        /// with the service's environment (as the unit's `ExecStartPre=` does, or after exporting
        /// the variable) to check what `candor run` will see.
        public func problem(environment: [String: String]) -> Diagnostic? {
            if case .systemdCredential = source.origin, (environment["CREDENTIALS_DIRECTORY"] ?? "").isEmpty {
                return nil
            }
            do {
                _ = try source.resolve(environment: environment)
                return nil
            } catch {
                let message = "\(owner): \(error.message)"
                return location.map { Diagnostic(at: $0, message) }
                    ?? Diagnostic(file: "", line: 0, column: 0, message: message)
            }
        }
    }

    /// Every credential `configuration` names, in config order: what `candor run` reads at start
    /// and `candor check` should try to read.
    public static func uses(of configuration: Configuration) -> [Use] {
        var uses: [Use] = []
        for target in configuration.targets {
            if let source = target.apiKeySource {
                uses.append(Use(owner: "target \(target.name)", source: source, location: target.apiKeyLocation))
            }
        }
        for sink in configuration.sinks {
            uses += sources(of: sink).map { use($0, of: sink) }
        }
        if let path = configuration.status.tokenFile {
            uses.append(
                Use(
                    owner: "status",
                    source: .file(path, option: "token"),
                    location: configuration.status.tokenFileLocation
                )
            )
        }
        return uses
    }

    /// The key of `target`, or `nil` if it needs none.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file when the key cannot be read.
    public static func apiKey(
        for target: Configuration.Target,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Secret? {
        try target.apiKeySource.map { source throws(ConfigurationError) in
            try Use(owner: "target \(target.name)", source: source).resolve(environment: environment)
        }
    }

    /// The signing secret of a webhook sink, or `nil` if it signs nothing.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file when the secret cannot be read.
    public static func signingSecret(
        of sink: Configuration.Sink,
        environment: [String: String]
    ) throws(ConfigurationError) -> Secret? {
        guard case .webhook(_, _, let source?, _) = sink.kind else { return nil }
        return try use(source, of: sink).resolve(environment: environment)
    }

    /// The `Authorization` header value of `sink` (`Bearer TOKEN` or `Basic BASE64`), or `nil`.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file when a value cannot be read.
    public static func authorization(
        of sink: Configuration.Sink,
        environment: [String: String]
    ) throws(ConfigurationError) -> Secret? {
        switch sink.auth {
        case .bearer(let token):
            return Secret("Bearer " + (try use(token, of: sink).resolve(environment: environment)).revealed)
        case .basic(let username, let password):
            let secret = try use(password, of: sink).resolve(environment: environment)
            return Secret("Basic " + Data("\(username):\(secret.revealed)".utf8).base64EncodedString())
        case nil:
            return nil
        }
    }

    /// Everything secret that `configuration` holds and that can be read now, for scrubbing what
    /// comes back from models: every credential above (a Basic pair also as `user:password`), the
    /// user information of every URL, and the query values of sink URLs. A credential that cannot
    /// be read is skipped (reading it fails elsewhere, with a message).
    public static func scrubber(
        for configuration: Configuration,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SecretScrubber {
        var secrets = uses(of: configuration).compactMap { try? $0.resolve(environment: environment) }
        for target in configuration.targets {
            secrets += HTTPRequest.credentials(in: target.baseURL, includingQuery: false)
        }
        for sink in configuration.sinks {
            switch sink.kind {
            case .webhook(let url, _, _, _), .alertmanager(let url, _):
                secrets += HTTPRequest.credentials(in: url, includingQuery: true)
            case .file:
                break
            }
            if case .basic(let username, let password) = sink.auth,
                let value = try? use(password, of: sink).resolve(environment: environment)
            {
                secrets.append(Secret("\(username):\(value.revealed)"))
            }
        }
        return SecretScrubber(secrets)
    }

    private static func sources(of sink: Configuration.Sink) -> [CredentialSource] {
        var sources: [CredentialSource] = []
        if case .webhook(_, _, let secret?, _) = sink.kind { sources.append(secret) }
        switch sink.auth {
        case .bearer(let token): sources.append(token)
        case .basic(_, let password): sources.append(password)
        case nil: break
        }
        return sources
    }

    private static func use(_ source: CredentialSource, of sink: Configuration.Sink) -> Use {
        Use(
            owner: "sink \(sink.name)",
            source: source,
            location: sink.credentialLocations[source.option] ?? sink.location
        )
    }
}

/// A configuration that parsed but cannot be run as it stands (a missing credential, a target
/// that does not exist).
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

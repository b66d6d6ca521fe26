import Foundation

/// Where a target's API key comes from. The key is read when the clients are built, wrapped in a
/// ``Secret`` at once, and never written anywhere; only this source (a variable name or a path)
/// appears in messages.
public enum APIKeySource: Sendable, Hashable, CustomStringConvertible {
    /// An environment variable (`api_key_env`).
    case environment(String)
    /// A file holding only the key (`api_key_file`).
    case file(String)
    /// A systemd credential (`api_key_credential`): the file `NAME` in `$CREDENTIALS_DIRECTORY`,
    /// which systemd fills from the unit's `LoadCredential=` or `SetCredentialEncrypted=`.
    case systemdCredential(String)

    /// The config key and value, such as `api_key_env OPENAI_API_KEY`.
    public var description: String {
        switch self {
        case .environment(let name): "api_key_env \(name)"
        case .file(let path): "api_key_file \(path)"
        case .systemdCredential(let name): "api_key_credential \(name)"
        }
    }

    /// Reads the key.
    ///
    /// - Parameter environment: the process environment (for the variable and for
    ///   `CREDENTIALS_DIRECTORY`).
    /// - Returns: the key without surrounding whitespace.
    /// - Throws: ``APIKeyError`` saying what is missing and how to provide it.
    public func resolve(environment: [String: String]) throws(APIKeyError) -> Secret {
        try resolve(environment: environment, configKey: nil)
    }

    /// Reads the key; `configKey` names the config key in messages when it is not this source's
    /// own (`secret_file` for a webhook secret read the same way).
    private func resolve(environment: [String: String], configKey: String?) throws(APIKeyError) -> Secret {
        switch self {
        case .environment(let name):
            guard let value = environment[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw APIKeyError(
                    "the environment variable \(name) (api_key_env) is not set; export it, or remove api_key_env "
                        + "if the API needs no key"
                )
            }
            return try Self.key(value, from: "the environment variable \(name)")
        case .file(let path):
            return try Self.read(path, what: configKey ?? "api_key_file")
        case .systemdCredential(let name):
            guard let directory = environment["CREDENTIALS_DIRECTORY"], !directory.isEmpty else {
                throw APIKeyError(
                    "api_key_credential \(name) needs $CREDENTIALS_DIRECTORY, which systemd sets when the unit has "
                        + "LoadCredential=\(name):/path/to/key; add it, or use api_key_file outside systemd"
                )
            }
            return try Self.read(
                (directory as NSString).appendingPathComponent(name),
                what: configKey ?? "api_key_credential"
            )
        }
    }

    /// What `candor run` would refuse about this source that can be seen before it starts: a key
    /// file, or a systemd credential when `$CREDENTIALS_DIRECTORY` is set, that is missing,
    /// unreadable, empty or more than one line. `nil` if it reads, and for an environment variable
    /// or a credential outside systemd, which only the service's own environment can tell.
    /// `configKey` names the config key in messages when it is not this source's own.
    public func readProblem(environment: [String: String], configKey: String? = nil) -> APIKeyError? {
        switch self {
        case .environment: return nil
        case .systemdCredential where (environment["CREDENTIALS_DIRECTORY"] ?? "").isEmpty: return nil
        case .file, .systemdCredential: break
        }
        do {
            _ = try resolve(environment: environment, configKey: configKey)
            return nil
        } catch {
            return error
        }
    }

    private static func read(_ path: String, what: String) throws(APIKeyError) -> Secret {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw APIKeyError(
                "cannot read the file \(path) (\(what)); check that it exists and that candor may read it"
            )
        }
        return try key(String(decoding: data, as: UTF8.self), from: "the key file \(path)")
    }

    private static func key(_ raw: String, from origin: String) throws(APIKeyError) -> Secret {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw APIKeyError("\(origin) is empty; it must hold the API key") }
        guard !value.contains(where: \.isNewline) else {
            throw APIKeyError("\(origin) holds more than one line; it must hold only the API key")
        }
        return Secret(value)
    }
}

/// A target's API key could not be read. The message names where it was looked for, never the
/// key itself.
public struct APIKeyError: Error, Sendable, CustomStringConvertible {
    /// What is missing and how to provide it.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

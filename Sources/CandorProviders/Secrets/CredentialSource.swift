import CandorHTTP
import Foundation

/// Where a credential comes from: a target's API key, a webhook's signing secret, a sink's bearer
/// token or password. The value is read when the clients and sinks are built, wrapped in a
/// ``Secret`` at once, and never written anywhere; only this source (a variable name, a path or a
/// credential name, with its config key) appears in messages.
public struct CredentialSource: Sendable, Hashable, CustomStringConvertible {
    /// Where the value is.
    public enum Origin: Sendable, Hashable {
        /// An environment variable (`…_env`).
        case environment(String)
        /// A file holding only the value (`…_file`).
        case file(String)
        /// A systemd credential (`…_credential`): the file `NAME` in `$CREDENTIALS_DIRECTORY`,
        /// which systemd fills from the unit's `LoadCredential=` or `SetCredentialEncrypted=`.
        case systemdCredential(String)
    }

    /// Where the value is.
    public var origin: Origin
    /// The config key without its `_env`/`_file`/`_credential` suffix (`api_key`, `secret`,
    /// `token`, `password`), so messages name the key the user wrote.
    public var option: String

    /// Creates a source.
    public init(_ origin: Origin, option: String = "api_key") {
        self.origin = origin
        self.option = option
    }

    /// The environment variable `name`.
    public static func environment(_ name: String, option: String = "api_key") -> CredentialSource {
        CredentialSource(.environment(name), option: option)
    }

    /// The file at `path`.
    public static func file(_ path: String, option: String = "api_key") -> CredentialSource {
        CredentialSource(.file(path), option: option)
    }

    /// The systemd credential `name`.
    public static func systemdCredential(_ name: String, option: String = "api_key") -> CredentialSource {
        CredentialSource(.systemdCredential(name), option: option)
    }

    /// The config key and value, such as `api_key_env OPENAI_API_KEY`.
    public var description: String {
        switch origin {
        case .environment(let name): "\(option)_env \(name)"
        case .file(let path): "\(option)_file \(path)"
        case .systemdCredential(let name): "\(option)_credential \(name)"
        }
    }

    /// Reads the value.
    ///
    /// - Parameter environment: the process environment (for the variable and for
    ///   `CREDENTIALS_DIRECTORY`).
    /// - Returns: the value without surrounding whitespace.
    /// - Throws: ``CredentialError`` saying what is missing and how to provide it.
    public func resolve(environment: [String: String]) throws(CredentialError) -> Secret {
        switch origin {
        case .environment(let name):
            guard let value = environment[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CredentialError(
                    "the environment variable \(name) (\(option)_env) is not set; export it, or remove "
                        + "\(option)_env if none is needed"
                )
            }
            return try checked(value, from: "the environment variable \(name)")
        case .file(let path):
            return try read(path, key: "\(option)_file")
        case .systemdCredential(let name):
            guard let directory = environment["CREDENTIALS_DIRECTORY"], !directory.isEmpty else {
                throw CredentialError(
                    "\(option)_credential \(name) needs $CREDENTIALS_DIRECTORY, which systemd sets when the unit "
                        + "has LoadCredential=\(name):/path/to/file; add it, or use \(option)_file outside systemd"
                )
            }
            // The shipped unit loads the whole credentials directory (`LoadCredential=candor:/etc/candor/credentials`,
            // so that a missing file never stops the unit), which systemd names `candor_FILE`; a unit that
            // loads one file names it as it likes. Either name is read.
            let paths = [name, Self.directoryPrefix + name].map { (directory as NSString).appendingPathComponent($0) }
            let path = paths.first { FileManager.default.fileExists(atPath: $0) } ?? paths[0]
            return try read(path, key: "\(option)_credential")
        }
    }

    /// What systemd puts before each file's name when a unit loads a credentials directory under the ID
    /// `candor`, as the shipped unit does.
    public static let directoryPrefix = "candor_"

    /// What the value is called in messages: `key` for API keys (as Candor has always said).
    private var noun: String { option == "api_key" ? "key" : option }

    private func read(_ path: String, key: String) throws(CredentialError) -> Secret {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialError(
                "cannot read the \(noun) file \(path) (\(key)); check that it exists and that candor may read it"
            )
        }
        return try checked(String(decoding: data, as: UTF8.self), from: "the \(noun) file \(path)")
    }

    /// The options whose value is sent as an HTTP header token (`Authorization: Bearer VALUE`, an
    /// `x-api-key`), and so must be visible ASCII without spaces; a signing secret or a password
    /// (sent base64-encoded) may hold any character but a control character.
    static let headerTokens: Set<String> = ["api_key", "token", "bearer_token"]

    /// `raw` without surrounding whitespace, checked by the same rules wherever a credential is read
    /// (`candor check`, `candor run`, the status endpoint's token).
    func checked(_ raw: String, from origin: String) throws(CredentialError) -> Secret {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let what = option == "api_key" ? "API key" : option
        guard !value.isEmpty else { throw CredentialError("\(origin) is empty; it must hold the \(what)") }
        guard !value.contains(where: \.isNewline) else {
            throw CredentialError("\(origin) holds more than one line; it must hold only the \(what)")
        }
        if Self.headerTokens.contains(option) {
            guard value.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
                throw CredentialError(
                    "\(origin) must hold one \(what) of visible ASCII characters (no spaces or control characters)"
                )
            }
        } else if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw CredentialError("\(origin) holds a control character; it must hold only the \(what)")
        }
        return Secret(value)
    }
}

/// A credential could not be read. The message names where it was looked for, never the value.
public struct CredentialError: Error, Sendable, CustomStringConvertible {
    /// What is missing and how to provide it.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

import CandorHTTP
import CandorProviders
import Foundation

/// The bearer tokens of the status endpoint, and where the daemon and the command line find them.
///
/// Writes (the silences API, and any future mutation) always need a token: the one named by
/// `status.bearer_token_env` or `status.token_file` if configured, otherwise one that `candor run`
/// generates into `state_dir/status.token` on first start (256 random bits, mode 0600) and reuses
/// on every later start. Only the candor user (and root) can read it, so only they can mutate.
public enum StatusToken {
    /// The generated token's file name in the state directory.
    public static let fileName = "status.token"

    /// Where the token the command line should send lives, as the operator would name it.
    public static func location(_ configuration: Configuration) -> String {
        if let variable = configuration.status.bearerTokenEnvironment {
            return "the environment variable \(variable) (status.bearer_token_env)"
        }
        return configuration.status.tokenFile ?? (configuration.stateDirectory + "/" + fileName)
    }

    /// The token a client of `configuration`'s status endpoint sends: from the variable, the
    /// configured file, or the generated file.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file (never the token) when it
    ///   cannot be read.
    public static func forClient(
        _ configuration: Configuration,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Secret {
        if let variable = configuration.status.bearerTokenEnvironment {
            return try fromEnvironment(variable, environment: environment)
        }
        let path = configuration.status.tokenFile ?? (configuration.stateDirectory + "/" + fileName)
        return try read(path)
    }

    /// The tokens the daemon checks, creating `state_dir/status.token` if none is configured.
    ///
    /// - Throws: ``ConfigurationError`` when the configured variable or file cannot be read, or
    ///   the generated file cannot be created.
    public static func forServer(
        _ configuration: Configuration,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> StatusAccess {
        let status = configuration.status
        if let variable = status.bearerTokenEnvironment {
            let token = try fromEnvironment(variable, environment: environment)
            return StatusAccess(
                token: token,
                readsNeedToken: true,
                healthNeedsToken: true,
                host: status.host,
                port: status.port,
                location: location(configuration)
            )
        }
        let token: Secret
        if let path = status.tokenFile {
            token = try read(path)
        } else {
            token = try loadOrCreate(configuration.stateDirectory + "/" + fileName)
        }
        return StatusAccess(
            token: token,
            readsNeedToken: !StatusAccess.isLoopback(status.host),
            host: status.host,
            port: status.port,
            location: location(configuration)
        )
    }

    /// Reads the token at `path`, or creates it there: 32 bytes from the system's secure
    /// generator, hex-encoded, written to a private temporary file and linked into place, so a
    /// concurrent start never sees a partial file and never replaces a token already there.
    ///
    /// - Throws: ``ConfigurationError`` when the file can be neither read nor created.
    static func loadOrCreate(_ path: String) throws(ConfigurationError) -> Secret {
        if FileManager.default.fileExists(atPath: path) { return try read(path) }
        var generator = SystemRandomNumberGenerator()
        let token = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }
            .joined()
        // mkstemp creates the file with mode 0600 under a name no other start uses.
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else {
            throw ConfigurationError(
                "cannot create the status token \(path): \(String(cString: strerror(errno))); "
                    + "check that candor may write to its state directory"
            )
        }
        defer { unlink(temporary) }
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else {
            throw ConfigurationError(
                "cannot write the status token \(path); check the free space of the state directory"
            )
        }
        // link() fails if another start created the file meanwhile: then that token is the one.
        if link(temporary, path) != 0, errno != EEXIST {
            throw ConfigurationError(
                "cannot create the status token \(path): \(String(cString: strerror(errno)))"
            )
        }
        return try read(path)
    }

    /// The token in the file at `path`, read by the rules of every credential file
    /// (``CredentialSource``): one line of visible ASCII, surrounding whitespace ignored.
    ///
    /// - Throws: ``ConfigurationError`` naming the file when it is unreadable, empty, longer
    ///   than a line or not one token.
    static func read(_ path: String) throws(ConfigurationError) -> Secret {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ConfigurationError(
                "cannot read the status token \(path); run as the user candor runs as (or root), "
                    + "and start candor once so that it creates the token"
            )
        }
        return try resolve(.file(path, option: "token"))
    }

    private static func fromEnvironment(
        _ variable: String,
        environment: [String: String]
    ) throws(ConfigurationError) -> Secret {
        try resolve(.environment(variable, option: "bearer_token"), environment: environment)
    }

    private static func resolve(
        _ source: CredentialSource,
        environment: [String: String] = [:]
    ) throws(ConfigurationError) -> Secret {
        try Credentials.Use(owner: "status", source: source).resolve(environment: environment)
    }
}

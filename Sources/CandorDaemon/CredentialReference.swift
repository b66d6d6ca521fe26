import CandorProviders
import CandorYAML
import Foundation

/// A credential the config names (a target's API key, a webhook's signing secret) and where it
/// names it, so that `candor check` can say at that line what `candor run` would refuse: a file
/// that is missing, unreadable or empty. Readers of new credential sources add one of these per
/// source to ``Configuration/credentials``.
public struct CredentialReference: Sendable, Hashable {
    /// Where the credential comes from.
    public var source: APIKeySource
    /// The config line that names it.
    public var location: SourceLocation
    /// Who uses it, such as `target openai` or `sink webhook:ops`, for messages.
    public var owner: String
    /// The config key that names it, when the source's own (`api_key_file`) would mislead.
    public var configKey: String?
    /// A relative file name that `candor run` looks up in `$CREDENTIALS_DIRECTORY` instead of
    /// `source` when systemd sets it (a sink's `secret_file`).
    public var credentialsDirectoryName: String?

    /// Creates a reference.
    public init(
        source: APIKeySource,
        location: SourceLocation,
        owner: String,
        configKey: String? = nil,
        credentialsDirectoryName: String? = nil
    ) {
        self.source = source
        self.location = location
        self.owner = owner
        self.configKey = configKey
        self.credentialsDirectoryName = credentialsDirectoryName
    }

    /// The source as `candor run` resolves it in `environment`.
    public func resolvedSource(environment: [String: String]) -> APIKeySource {
        guard let name = credentialsDirectoryName, let directory = environment["CREDENTIALS_DIRECTORY"],
            !directory.isEmpty
        else { return source }
        return .file((directory as NSString).appendingPathComponent(name))
    }

    /// What `candor run` would refuse about this credential, at the line that names it; `nil` if
    /// it reads or cannot be checked outside the service (see ``APIKeySource/readProblem(environment:)``).
    public func problem(environment: [String: String]) -> Diagnostic? {
        guard
            let error = resolvedSource(environment: environment).readProblem(
                environment: environment,
                configKey: configKey
            )
        else {
            return nil
        }
        return Diagnostic(at: location, "\(owner): \(error.message)")
    }
}

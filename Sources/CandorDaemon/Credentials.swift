import CandorProviders
import Foundation

/// Resolves a target's API key from the environment. The key is wrapped in a ``Secret`` at once
/// and never printed.
public enum Credentials {
    /// The key of `target`, or `nil` if it needs none.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable when it is not set.
    public static func apiKey(
        for target: Configuration.Target,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Secret? {
        guard let variable = target.apiKeyEnvironment else { return nil }
        guard let value = environment[variable], !value.isEmpty else {
            throw ConfigurationError(
                "target \(target.name): the environment variable \(variable) (api_key_env) is not set; "
                    + "export it, or remove api_key_env if the API needs no key"
            )
        }
        return Secret(value.trimmingCharacters(in: .whitespacesAndNewlines))
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

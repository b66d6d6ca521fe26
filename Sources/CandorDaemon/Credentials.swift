import CandorProviders
import Foundation

/// Resolves a target's API key from its source: an environment variable, a file, or a systemd
/// credential. The key is wrapped in a ``Secret`` at once and never printed.
public enum Credentials {
    /// The key of `target`, or `nil` if it needs none.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable or file when the key cannot be read.
    public static func apiKey(
        for target: Configuration.Target,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Secret? {
        guard let source = target.apiKeySource else { return nil }
        do {
            return try source.resolve(environment: environment)
        } catch {
            throw ConfigurationError("target \(target.name): \(error.message)")
        }
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

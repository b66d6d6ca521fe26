import Foundation

/// A credential (API key, token, password, signing secret) that must never be printed: its
/// description, debug description and dumped form are all `<redacted>`. It lives with the
/// transport because the one place that reveals it is a request's header.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The secret value itself, for the one place that sends it.
    public let revealed: String

    /// Wraps a secret value.
    public init(_ value: String) {
        self.revealed = value
    }

    public var description: String { SecretScrubber.marker }
    public var debugDescription: String { SecretScrubber.marker }
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// `text` with every form of the secret replaced by `<redacted>`, for error bodies that
    /// might echo it (see ``SecretScrubber``).
    public func scrub(_ text: String) -> String {
        SecretScrubber([self]).scrub(text)
    }
}

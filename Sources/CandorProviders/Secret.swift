import Foundation

/// A credential (API key, token) that must never be printed: its description, debug description
/// and dumped form are all `<redacted>`.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The secret value itself, for the one place that sends it.
    public let revealed: String

    /// Wraps a secret value.
    public init(_ value: String) {
        self.revealed = value
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// `text` with every occurrence of the secret replaced by `<redacted>`, for error bodies that
    /// might echo it.
    public func scrub(_ text: String) -> String {
        guard revealed.count >= 4 else { return text }
        return text.replacingOccurrences(of: revealed, with: "<redacted>")
    }
}

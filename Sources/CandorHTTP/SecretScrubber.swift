import Foundation

/// Replaces every configured secret in text that came from outside (a model's answer, a server's
/// error body) with a fixed marker, before Candor logs, stores or shows it.
///
/// Each secret is looked for as written, percent-encoded (a key echoed from a URL) and
/// base64-encoded (a `Basic` header echoed back: give `user:password` as one of the secrets).
/// Values shorter than four characters are left alone: replacing them would mangle ordinary text.
public struct SecretScrubber: Sendable {
    /// What a secret is replaced with.
    public static let marker = "<redacted>"

    /// The forms looked for, longest first so that a secret containing another is replaced whole.
    private let forms: [String]

    /// A scrubber for `secrets`.
    public init(_ secrets: [Secret]) {
        var forms = Set<String>()
        for secret in secrets where secret.revealed.count >= 4 {
            let value = secret.revealed
            forms.insert(value)
            if let encoded = value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) {
                forms.insert(encoded)
            }
            forms.insert(Data(value.utf8).base64EncodedString())
        }
        self.forms = forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { forms.isEmpty }

    /// `text` with every form of every secret replaced by ``marker``.
    public func scrub(_ text: String) -> String {
        var scrubbed = text
        for form in forms where scrubbed.contains(form) {
            scrubbed = scrubbed.replacingOccurrences(of: form, with: Self.marker)
        }
        return scrubbed
    }

    /// `text` scrubbed, or `nil` left `nil`.
    public func scrub(_ text: String?) -> String? {
        text.map { scrub($0) }
    }

    /// Whether `text` holds any form of a secret.
    public func reveals(_ text: String) -> Bool {
        forms.contains { text.contains($0) }
    }

    /// RFC 3986's unreserved characters: everything else is percent-encoded in a URL.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
}

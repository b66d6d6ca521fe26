import Crypto
import Foundation

/// Signs webhook messages per the Standard Webhooks convention: `webhook-signature` is `v1,`
/// followed by the base64 HMAC-SHA256 of `ID.TIMESTAMP.BODY`. A secret written `whsec_BASE64`
/// is base64-decoded first (as Standard Webhooks libraries do); any other secret is used as its
/// UTF-8 bytes. The key is never printed: `description` shows only that a key is set.
public struct WebhookSigner: Sendable, CustomStringConvertible {
    private let key: [UInt8]

    /// A signer with `secret`.
    public init(secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("whsec_"), let decoded = Data(base64Encoded: String(trimmed.dropFirst(6))) {
            key = Array(decoded)
        } else {
            key = Array(trimmed.utf8)
        }
    }

    /// `v1,BASE64` for the message `id` sent at `timestamp` (Unix seconds) with `body`.
    public func signature(id: String, timestamp: Int, body: [UInt8]) -> String {
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(contentsOf: body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// Never shows the key.
    public var description: String { "WebhookSigner(key: <redacted>)" }
}

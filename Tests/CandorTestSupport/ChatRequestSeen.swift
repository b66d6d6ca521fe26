import Foundation

/// A chat-completions request as the scripted server received it, for policies and assertions.
///
/// Fields the body did not carry (or carried with another JSON type) are nil; the raw body is
/// always kept.
public struct ChatRequestSeen: Sendable {
    /// One message of the request's conversation.
    public struct Message: Sendable, Hashable {
        /// `system`, `user`, `assistant`, or whatever the client sent.
        public let role: String
        /// The text; array content is joined from its text parts, null content is "".
        public let content: String

        /// Creates a message.
        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    /// The `model` field.
    public let model: String?
    /// The `messages` array, in order.
    public let messages: [Message]
    /// The `temperature` field.
    public let temperature: Double?
    /// The `max_tokens` field, or `max_completion_tokens` when that is sent instead.
    public let maxTokens: Int?
    /// The `seed` field.
    public let seed: Int?
    /// The `Authorization` header, verbatim (`Bearer ...`).
    public let authorization: String?
    /// The request path without the query string, such as `/v1/chat/completions`.
    public let path: String
    /// Every header, by lowercased name.
    public let headers: [String: String]
    /// The body as sent (decoded as UTF-8).
    public let rawBody: String
    /// Whether the body parsed as a JSON object; when it did not, the server answered 400 without
    /// asking the policy.
    public let bodyIsJSONObject: Bool

    /// The content of the last message with role `user`, the usual thing a policy looks at.
    public var lastUserContent: String? {
        messages.last { $0.role == "user" }?.content
    }

    /// Reads the fields of a chat-completions request.
    init(_ request: IncomingRequest) {
        path = request.path
        headers = request.headers
        authorization = request.header("authorization")
        rawBody = String(decoding: request.body, as: UTF8.self)
        let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        bodyIsJSONObject = object != nil
        model = object?["model"] as? String
        temperature = Self.number(object?["temperature"])
        maxTokens = Self.integer(object?["max_tokens"]) ?? Self.integer(object?["max_completion_tokens"])
        seed = Self.integer(object?["seed"])
        let list = object?["messages"] as? [Any] ?? []
        messages = list.compactMap { item in
            guard let message = item as? [String: Any] else { return nil }
            return Message(role: message["role"] as? String ?? "", content: Self.text(message["content"]))
        }
    }

    /// A JSON number as a Double.
    private static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    /// A JSON number with no fractional part as an Int.
    private static func integer(_ value: Any?) -> Int? {
        guard let double = number(value), double.rounded() == double, abs(double) < 9e15 else { return nil }
        return Int(double)
    }

    /// Message content: a string, or the text parts of a content array joined together.
    private static func text(_ value: Any?) -> String {
        if let string = value as? String { return string }
        guard let parts = value as? [Any] else { return "" }
        return parts.compactMap { ($0 as? [String: Any])?["text"] as? String }.joined()
    }
}

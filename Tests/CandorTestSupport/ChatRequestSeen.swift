import Foundation

/// A model request as the scripted server received it, for policies and assertions: an OpenAI
/// chat completion, an Anthropic message or a Gemini generateContent call, read into one shape
/// (system prompts become a leading `system` message, Gemini's `model` role becomes `assistant`).
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

    /// The API the request was sent to.
    public let api: ScriptedAPI
    /// The `model` field (for Gemini, the model named in the path).
    public let model: String?
    /// The `messages` array, in order.
    public let messages: [Message]
    /// The `temperature` field.
    public let temperature: Double?
    /// The `max_tokens` field, or `max_completion_tokens` when that is sent instead, or Gemini's
    /// `generationConfig.maxOutputTokens`.
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

    /// Reads the fields of a request to `api`.
    init(_ request: IncomingRequest, api: ScriptedAPI = .openAI) {
        self.api = api
        path = request.path
        headers = request.headers
        authorization = request.header("authorization")
        rawBody = String(decoding: request.body, as: UTF8.self)
        let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        bodyIsJSONObject = object != nil
        let generation = object?["generationConfig"] as? [String: Any]
        temperature = Self.number(object?["temperature"] ?? generation?["temperature"])
        maxTokens =
            Self.integer(object?["max_tokens"]) ?? Self.integer(object?["max_completion_tokens"])
            ?? Self.integer(generation?["maxOutputTokens"])
        seed = Self.integer(object?["seed"] ?? generation?["seed"])
        switch api {
        case .openAI, .anthropic:
            model = object?["model"] as? String
            let system = (object?["system"]).map { [Message(role: "system", content: Self.text($0))] } ?? []
            let list = object?["messages"] as? [Any] ?? []
            messages =
                system
                + list.compactMap { item in
                    guard let message = item as? [String: Any] else { return nil }
                    return Message(role: message["role"] as? String ?? "", content: Self.text(message["content"]))
                }
        case .gemini:
            let name = request.path.split(separator: "/").last.map { String($0.prefix { $0 != ":" }) }
            model = name.flatMap { $0.removingPercentEncoding }
            let system =
                (object?["systemInstruction"] as? [String: Any]).map {
                    [Message(role: "system", content: Self.text($0["parts"]))]
                } ?? []
            let contents = object?["contents"] as? [Any] ?? []
            messages =
                system
                + contents.compactMap { item in
                    guard let content = item as? [String: Any] else { return nil }
                    let role = content["role"] as? String ?? "user"
                    return Message(role: role == "model" ? "assistant" : role, content: Self.text(content["parts"]))
                }
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

import CandorHTTP

/// The wire format of one model API: where a ``ChatRequest`` goes, how it is encoded and
/// authenticated, and how a successful response is read. ``ModelAPIClient`` does the rest
/// (sending, retries, error statuses) the same way for every API.
public protocol ModelAPI: Sendable {
    /// The path under the endpoint's base URL, such as `chat/completions`.
    static func path(for endpoint: ModelEndpoint) -> String
    /// The header fields that carry the key and the API's version, if any.
    static func headers(for endpoint: ModelEndpoint) -> [HTTPHeader]
    /// The JSON body that asks for `request`.
    ///
    /// - Throws: when a value cannot be expressed in JSON (an infinite temperature).
    static func body(for request: ChatRequest, endpoint: ModelEndpoint) throws -> [UInt8]
    /// Reads a 2xx response into an answer.
    ///
    /// - Throws: ``ProviderError`` (`malformed_response`) when the body is not an answer.
    static func parse(
        _ response: HTTPResponse,
        endpoint: ModelEndpoint,
        url: String
    ) throws(ProviderError) -> ChatResponse
}

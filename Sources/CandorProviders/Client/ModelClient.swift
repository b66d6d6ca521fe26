/// Something that sends a chat request to one model and returns its answer.
public protocol ModelClient: Sendable {
    /// The name of the target this client talks to, for errors and records.
    var targetName: String { get }

    /// Sends `request` and returns the model's answer.
    ///
    /// - Throws: ``ProviderError`` for every failure: transport errors, non-2xx statuses and
    ///   bodies that are not a valid answer. A failure never becomes an answer.
    func complete(_ request: ChatRequest) async throws -> ChatResponse
}

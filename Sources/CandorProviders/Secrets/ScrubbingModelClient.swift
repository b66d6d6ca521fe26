import CandorHTTP

/// A model client whose answers and errors carry no configured secret: every text field of a
/// response (answer, reasoning, model id, fingerprint, finish reason) and every error message is
/// passed through a ``SecretScrubber`` before anyone else sees it. This is where a model's answer
/// enters Candor, so samples, the state database, baseline exports, `candor probe` transcripts and
/// logs all get the scrubbed text, whatever the server echoes back.
public struct ScrubbingModelClient: ModelClient {
    private let client: any ModelClient
    private let scrubber: SecretScrubber

    /// Wraps `client`, scrubbing with `scrubber`.
    public init(wrapping client: any ModelClient, scrubber: SecretScrubber) {
        self.client = client
        self.scrubber = scrubber
    }

    /// The wrapped client's target.
    public var targetName: String { client.targetName }

    /// The client whose answers are scrubbed.
    public var wrapped: any ModelClient { client }

    /// The wrapped client's answer, scrubbed.
    ///
    /// - Throws: the wrapped client's ``ProviderError``, its message scrubbed.
    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        do {
            return scrub(try await client.complete(request))
        } catch var error as ProviderError {
            error.message = scrubber.scrub(error.message)
            throw error
        }
    }

    /// `response` with every secret replaced by ``SecretScrubber/marker``. Log probabilities are
    /// dropped when the answer held a secret: its tokens could spell it out one piece at a time.
    func scrub(_ response: ChatResponse) -> ChatResponse {
        guard !scrubber.isEmpty else { return response }
        var scrubbed = response
        scrubbed.text = scrubber.scrub(response.text)
        scrubbed.reasoning = scrubber.scrub(response.reasoning)
        scrubbed.model = scrubber.scrub(response.model)
        scrubbed.fingerprint = scrubber.scrub(response.fingerprint)
        scrubbed.finishReason = scrubber.scrub(response.finishReason)
        if scrubber.reveals(response.text) || response.reasoning.map(scrubber.reveals) == true {
            scrubbed.logprobs = nil
        } else {
            scrubbed.logprobs = response.logprobs?.map { token in
                var token = token
                token.token = scrubber.scrub(token.token)
                token.top = token.top.map { alternative in
                    var alternative = alternative
                    alternative.token = scrubber.scrub(alternative.token)
                    return alternative
                }
                return token
            }
        }
        return scrubbed
    }
}

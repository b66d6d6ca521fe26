/// What the scripted server does with one model request (chat completions, Anthropic messages or
/// Gemini generateContent).
public enum ScriptedReply: Sendable {
    /// A well-formed answer whose only choice says `text`, in the format of the API the request
    /// was sent to (OpenAI `chat.completion`, Anthropic `message`, Gemini `generateContent`).
    case answer(
        String,
        model: String = "scripted-1",
        fingerprint: String? = "fp_scripted",
        promptTokens: Int = 20,
        completionTokens: Int = 5
    )
    /// A well-formed answer that calls `calls` (in parallel when there are several) and says `text`
    /// (nothing when empty), in the format of the API the request was sent to.
    case toolCalls([ScriptedToolCall], text: String = "")
    /// A well-formed answer saying `text` with `reasoning` in the API's reasoning channel: OpenAI-compatible
    /// `reasoning_content`, an Anthropic `thinking` block before the text, a Gemini part marked `thought`.
    case reasoned(String, reasoning: String)
    /// This HTTP status with `body` as its `application/json` body and extra `headers` (such as
    /// `Retry-After`).
    case status(Int, body: String, headers: [String: String] = [:])
    /// Status 200 with a truncated, unparsable JSON body.
    case brokenJSON
    /// Waits `seconds` (less if the server stops or the client hangs up), then answers "late".
    case hang(seconds: Double)
    /// Closes the connection without writing a byte.
    case closeConnection
    /// Resets the connection (RST, `SO_LINGER` 0) without writing a byte.
    case resetConnection
    /// Announces a full answer's `Content-Length`, sends half of the body, then closes.
    case truncatedBody
    /// Sends the head of an answer, then its body one byte every `millisecondsPerByte` until
    /// the client hangs up or the server stops.
    case slowDrip(millisecondsPerByte: Int)
    /// A valid answer whose text is `bytes` bytes of "x" (for size caps: 50 MB and up).
    case hugeAnswer(bytes: Int)
}

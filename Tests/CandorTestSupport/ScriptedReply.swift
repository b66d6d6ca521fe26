/// What the scripted server does with one chat-completions request.
public enum ScriptedReply: Sendable {
    /// A well-formed `chat.completion` whose only choice says `text`.
    case answer(
        String,
        model: String = "scripted-1",
        fingerprint: String? = "fp_scripted",
        promptTokens: Int = 20,
        completionTokens: Int = 5
    )
    /// This HTTP status with `body` as its `application/json` body.
    case status(Int, body: String)
    /// Status 200 with a truncated, unparsable JSON body.
    case brokenJSON
    /// Waits `seconds` (less if the server stops or the client hangs up), then answers "late".
    case hang(seconds: Double)
    /// Closes the connection without writing a byte.
    case closeConnection
}

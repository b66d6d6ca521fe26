/// One `{"role": …, "content": …}` turn of a request body, the shape both the OpenAI-compatible
/// and Anthropic's Messages API take.
struct WireMessage: Encodable {
    /// `system`, `user` or `assistant`.
    var role: String
    /// The turn's text.
    var content: String
}

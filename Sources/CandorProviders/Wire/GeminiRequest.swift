/// The body of a Gemini `generateContent` request; `systemInstruction` and unset sampling
/// parameters are left out.
struct GeminiRequest: Encodable {
    /// One text part.
    struct Part: Encodable {
        /// The text.
        var text: String
    }

    /// A turn, or the system instruction (which has no role).
    struct Content: Encodable {
        /// `user` or `model`; `nil` for the system instruction.
        var role: String?
        /// The turn's text parts.
        var parts: [Part]
    }

    /// `generationConfig`.
    struct GenerationConfig: Encodable {
        /// The sampling temperature, when set.
        var temperature: Double?
        /// The answer's token limit.
        var maxOutputTokens: Int
        /// The sampling seed, when set.
        var seed: Int?
    }

    /// The user and model turns.
    var contents: [Content]
    /// The system turns, when there are any.
    var systemInstruction: Content?
    /// The sampling parameters.
    var generationConfig: GenerationConfig
}

import CandorCore

/// The body of a Gemini `generateContent` request; `systemInstruction` and unset sampling
/// parameters are left out.
struct GeminiRequest: Encodable {
    /// One part: text, a model's `functionCall`, or a `functionResponse` answering one.
    struct Part: Encodable {
        /// The text.
        var text: String?
        /// A call the model made.
        var functionCall: FunctionCall?
        /// A tool's result.
        var functionResponse: FunctionResponse?
    }

    /// `functionCall`: the id is sent back only when the model gave one.
    struct FunctionCall: Encodable {
        var id: String?
        var name: String
        var args: JSONValue
    }

    /// `functionResponse`: the result as `{"output": …}`, or `{"error": …}` for a failed tool.
    struct FunctionResponse: Encodable {
        var id: String?
        var name: String
        var response: JSONValue
    }

    /// A `tools` entry holding the function declarations.
    struct Tool: Encodable {
        /// One declared function.
        struct Declaration: Encodable {
            var name: String
            var description: String
            var parameters: JSONValue
        }

        var functionDeclarations: [Declaration]
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
    /// The tools the model may call, when there are any.
    var tools: [Tool]?
}

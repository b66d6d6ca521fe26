import CandorCore

/// The fields of a `generateContent` response that Candor reads; everything else is ignored.
///
/// Informative fields of the wrong type are dropped; `candidates` that is not an array of
/// objects fails the read.
struct GeminiResponse: Decodable {
    /// One part of a candidate's content.
    struct Part: Decodable {
        /// The part's text.
        var text: String?
        /// `true` for a thought (reasoning) rather than answer text.
        var thought: Bool?
        /// A call the model made: `name`, `args` and, from newer models, `id`.
        var functionCall: JSONValue?

        enum CodingKeys: String, CodingKey {
            case text, thought, functionCall
        }

        /// Decodes a part, dropping fields of the wrong type.
        ///
        /// - Throws: `DecodingError` when the part is not an object.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = container.lenient(String.self, forKey: .text)
            thought = container.lenient(Bool.self, forKey: .thought)
            functionCall = container.lenient(JSONValue.self, forKey: .functionCall)
        }
    }

    /// A candidate's content.
    struct Content: Decodable {
        /// Its parts.
        var parts: [Part]?
    }

    /// One candidate answer; Candor reads the first.
    struct Candidate: Decodable {
        /// The answer, or `nil` when missing or of another shape.
        var content: Content?
        /// Why generation stopped, such as `STOP` or `SAFETY`.
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case content, finishReason
        }

        /// Decodes a candidate, dropping fields of the wrong shape.
        ///
        /// - Throws: `DecodingError` when the candidate is not an object.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = container.lenient(Content.self, forKey: .content)
            finishReason = container.lenient(String.self, forKey: .finishReason)
        }
    }

    /// Why the prompt was refused, when it was.
    struct PromptFeedback: Decodable {
        /// The block reason, such as `SAFETY`.
        var blockReason: String?
    }

    /// The token counts.
    struct UsageMetadata: Decodable {
        /// Prompt tokens.
        var promptTokenCount: Int?
        /// Answer tokens, thoughts excluded.
        var candidatesTokenCount: Int?
        /// Thought tokens.
        var thoughtsTokenCount: Int?
        /// All tokens.
        var totalTokenCount: Int?
    }

    /// The candidate answers.
    var candidates: [Candidate]?
    /// Present when the prompt was blocked.
    var promptFeedback: PromptFeedback?
    /// The token counts.
    var usageMetadata: UsageMetadata?
    /// The model version that answered.
    var modelVersion: String?
    /// Whether the body carries a non-null `error`.
    var hasError: Bool

    enum CodingKeys: String, CodingKey {
        case candidates, promptFeedback, usageMetadata, modelVersion, error
    }

    /// Decodes a response.
    ///
    /// - Throws: `DecodingError` when the body is not an object or `candidates` not an array of objects.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        candidates = try container.decodeIfPresent([Candidate].self, forKey: .candidates)
        promptFeedback = container.lenient(PromptFeedback.self, forKey: .promptFeedback)
        usageMetadata = container.lenient(UsageMetadata.self, forKey: .usageMetadata)
        modelVersion = container.lenient(String.self, forKey: .modelVersion)
        hasError = container.holdsValue(forKey: .error)
    }
}

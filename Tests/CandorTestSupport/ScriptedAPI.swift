import Foundation

/// The model APIs the scripted server speaks, told apart by the request path, and how each
/// renders a scripted answer.
public enum ScriptedAPI: String, Sendable {
    /// `POST .../chat/completions`.
    case openAI = "openai"
    /// `POST .../messages` (Anthropic Messages).
    case anthropic
    /// `POST .../models/NAME:generateContent` (Gemini).
    case gemini

    /// The API of a `POST` to `path`, if it is one of them.
    init?(path: String) {
        if path.hasSuffix("/chat/completions") {
            self = .openAI
        } else if path.hasSuffix("/messages") {
            self = .anthropic
        } else if path.hasSuffix(":generateContent") {
            self = .gemini
        } else {
            return nil
        }
    }

    /// A successful answer saying `text`, in this API's format, with `reasoning` in the API's reasoning channel.
    func answer(
        number: Int,
        text: String,
        reasoning: String? = nil,
        model: String,
        fingerprint: String?,
        promptTokens: Int,
        completionTokens: Int
    ) -> OutgoingResponse {
        switch self {
        case .openAI:
            var message: [String: Any] = ["role": "assistant", "content": text]
            if let reasoning { message["reasoning_content"] = reasoning }
            let choice: [String: Any] = ["index": 0, "message": message, "logprobs": NSNull(), "finish_reason": "stop"]
            let usage: [String: Any] = [
                "prompt_tokens": promptTokens,
                "completion_tokens": completionTokens,
                "total_tokens": promptTokens + completionTokens,
            ]
            var object: [String: Any] = [
                "id": "chatcmpl-scripted-\(number)",
                "object": "chat.completion",
                "created": Int(Date().timeIntervalSince1970),
                "model": model,
                "choices": [choice],
                "usage": usage,
            ]
            if let fingerprint { object["system_fingerprint"] = fingerprint }
            return .json(200, object)
        case .anthropic:
            return .json(
                200,
                [
                    "id": "msg_scripted_\(number)", "type": "message", "role": "assistant", "model": model,
                    "content":
                        (reasoning.map { [["type": "thinking", "thinking": $0, "signature": "scripted"]] } ?? [])
                        + [["type": "text", "text": text]], "stop_reason": "end_turn", "stop_sequence": NSNull(),
                    "usage": ["input_tokens": promptTokens, "output_tokens": completionTokens],
                ] as [String: Any]
            )
        case .gemini:
            let candidate: [String: Any] = [
                "content": [
                    "role": "model",
                    "parts": (reasoning.map { [["text": $0, "thought": true] as [String: Any]] } ?? []) + [
                        ["text": text] as [String: Any]
                    ],
                ] as [String: Any],
                "finishReason": "STOP", "index": 0,
            ]
            return .json(
                200,
                [
                    "candidates": [candidate], "modelVersion": model, "responseId": "scripted-\(number)",
                    "usageMetadata": [
                        "promptTokenCount": promptTokens, "candidatesTokenCount": completionTokens,
                        "totalTokenCount": promptTokens + completionTokens,
                    ],
                ] as [String: Any]
            )
        }
    }
}

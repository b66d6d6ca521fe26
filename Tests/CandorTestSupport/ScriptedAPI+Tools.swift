import Foundation

extension ScriptedAPI {
    /// A successful answer that calls `calls` and says `text`, in this API's format.
    func toolCalls(number: Int, calls: [ScriptedToolCall], text: String) -> OutgoingResponse {
        func object(_ arguments: String) -> Any {
            (try? JSONSerialization.jsonObject(with: Data(arguments.utf8))) as? [String: Any] ?? arguments
        }
        switch self {
        case .openAI:
            let entries: [[String: Any]] = calls.map { call in
                var entry: [String: Any] = [
                    "type": "function", "function": ["name": call.name, "arguments": call.arguments],
                ]
                if let id = call.id { entry["id"] = id }
                return entry
            }
            let message: [String: Any] = [
                "role": "assistant", "content": text.isEmpty ? NSNull() : text as Any, "tool_calls": entries,
            ]
            let choice: [String: Any] = ["index": 0, "message": message, "finish_reason": "tool_calls"]
            return .json(
                200,
                [
                    "id": "chatcmpl-scripted-\(number)", "object": "chat.completion", "model": "scripted-1",
                    "choices": [choice], "usage": ["prompt_tokens": 40, "completion_tokens": 10, "total_tokens": 50],
                ] as [String: Any]
            )
        case .anthropic:
            var blocks: [[String: Any]] = text.isEmpty ? [] : [["type": "text", "text": text]]
            for call in calls {
                var block: [String: Any] = ["type": "tool_use", "name": call.name, "input": object(call.arguments)]
                if let id = call.id { block["id"] = id }
                blocks.append(block)
            }
            return .json(
                200,
                [
                    "id": "msg_scripted_\(number)", "type": "message", "role": "assistant", "model": "scripted-1",
                    "content": blocks, "stop_reason": "tool_use",
                    "usage": ["input_tokens": 40, "output_tokens": 10],
                ] as [String: Any]
            )
        case .gemini:
            var parts: [[String: Any]] = text.isEmpty ? [] : [["text": text]]
            for call in calls {
                var function: [String: Any] = ["name": call.name, "args": object(call.arguments)]
                if let id = call.id { function["id"] = id }
                parts.append(["functionCall": function])
            }
            let candidate: [String: Any] = [
                "content": ["role": "model", "parts": parts] as [String: Any], "finishReason": "STOP", "index": 0,
            ]
            return .json(
                200,
                [
                    "candidates": [candidate], "modelVersion": "scripted-1",
                    "usageMetadata": ["promptTokenCount": 40, "candidatesTokenCount": 10, "totalTokenCount": 50],
                ] as [String: Any]
            )
        }
    }
}

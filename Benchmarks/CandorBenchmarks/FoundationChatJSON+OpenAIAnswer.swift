import CandorProviders
import Foundation

extension FoundationChatJSON {
    /// A chat completion's fields Candor reads, decoded with `JSONDecoder` as leniently as
    /// `OpenAIChatAPI` reads them (`try?` where a mistyped field is only informative).
    struct OpenAIAnswer: Decodable {
        struct Choice: Decodable {
            var message: Message?
            var finishReason: String?
            var logprobs: [Entry]?

            enum CodingKeys: String, CodingKey {
                case message, logprobs
                case finishReason = "finish_reason"
            }

            struct Logprobs: Decodable { var content: [Entry]? }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                message = try container.decodeIfPresent(Message.self, forKey: .message)
                finishReason = try? container.decodeIfPresent(String.self, forKey: .finishReason)
                logprobs = (try? container.decodeIfPresent(Logprobs.self, forKey: .logprobs))??.content
            }
        }

        struct Message: Decodable {
            struct Part: Decodable {
                var type: String?
                var text: String?
            }
            var content: String?
            var reasoningContent: String?
            var reasoning: String?

            enum CodingKeys: String, CodingKey {
                case content, reasoning
                case reasoningContent = "reasoning_content"
            }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                if let text = try? container.decodeIfPresent(String.self, forKey: .content) {
                    content = text
                } else {
                    let parts = try container.decodeIfPresent([Part].self, forKey: .content) ?? []
                    let texts = parts.filter { $0.type == nil || $0.type == "text" }.compactMap(\.text)
                    content = texts.isEmpty ? nil : texts.joined()
                }
                reasoningContent = try? container.decodeIfPresent(String.self, forKey: .reasoningContent)
                reasoning = try? container.decodeIfPresent(String.self, forKey: .reasoning)
            }
        }

        struct Entry: Decodable {
            struct Alternative: Decodable {
                var token: String?
                var logprob: Double?
            }
            var token: String?
            var logprob: Double?
            var top: [Alternative]?

            enum CodingKeys: String, CodingKey {
                case token, logprob
                case top = "top_logprobs"
            }
        }

        struct Usage: Decodable {
            var promptTokens: Int?
            var completionTokens: Int?

            enum CodingKeys: String, CodingKey {
                case promptTokens = "prompt_tokens"
                case completionTokens = "completion_tokens"
            }
        }

        var model: String?
        var systemFingerprint: String?
        var choices: [Choice]?
        var usage: Usage?

        enum CodingKeys: String, CodingKey {
            case model, choices, usage
            case systemFingerprint = "system_fingerprint"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            model = try? container.decodeIfPresent(String.self, forKey: .model)
            systemFingerprint = try? container.decodeIfPresent(String.self, forKey: .systemFingerprint)
            choices = try container.decodeIfPresent([Choice].self, forKey: .choices)
            usage = try? container.decodeIfPresent(Usage.self, forKey: .usage)
        }

        /// The answer as `OpenAIChatAPI.parse` returns it, or nil without text.
        func response(latencySeconds: Double) -> ChatResponse? {
            guard let choice = choices?.first, let text = choice.message?.content else { return nil }
            return ChatResponse(
                text: text,
                reasoning: choice.message?.reasoningContent ?? choice.message?.reasoning,
                model: model,
                fingerprint: systemFingerprint,
                finishReason: choice.finishReason,
                usage: usage.flatMap { usage in
                    usage.promptTokens.flatMap { prompt in
                        usage.completionTokens.map { TokenUsage(promptTokens: prompt, completionTokens: $0) }
                    }
                },
                logprobs: choice.logprobs?.compactMap { entry in
                    guard let token = entry.token, let logprob = entry.logprob else { return nil }
                    let top = (entry.top ?? []).compactMap { alternative in
                        alternative.token.flatMap { token in
                            alternative.logprob.map { TokenLogprob.Alternative(token: token, logprob: $0) }
                        }
                    }
                    return TokenLogprob(token: token, logprob: logprob, top: top)
                },
                latencySeconds: latencySeconds
            )
        }
    }

    /// The same answer read from `JSONSerialization`'s dictionaries.
    static func openAIAnswer(_ bytes: [UInt8], latencySeconds: Double) throws -> ChatResponse? {
        guard let root = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let choice = (root["choices"] as? [[String: Any]])?.first,
            let message = choice["message"] as? [String: Any], let text = message["content"] as? String
        else { return nil }
        let usage = root["usage"] as? [String: Any]
        let entries = (choice["logprobs"] as? [String: Any])?["content"] as? [[String: Any]]
        return ChatResponse(
            text: text,
            reasoning: message["reasoning_content"] as? String ?? message["reasoning"] as? String,
            model: root["model"] as? String,
            fingerprint: root["system_fingerprint"] as? String,
            finishReason: choice["finish_reason"] as? String,
            usage: (usage?["prompt_tokens"] as? Int).flatMap { prompt in
                (usage?["completion_tokens"] as? Int).map { TokenUsage(promptTokens: prompt, completionTokens: $0) }
            },
            logprobs: entries?.compactMap { entry in
                guard let token = entry["token"] as? String, let logprob = entry["logprob"] as? Double else {
                    return nil
                }
                let top = (entry["top_logprobs"] as? [[String: Any]] ?? []).compactMap { alternative in
                    (alternative["token"] as? String).flatMap { token in
                        (alternative["logprob"] as? Double).map { TokenLogprob.Alternative(token: token, logprob: $0) }
                    }
                }
                return TokenLogprob(token: token, logprob: logprob, top: top)
            },
            latencySeconds: latencySeconds
        )
    }
}

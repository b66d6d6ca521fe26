import CandorCore

/// One turn of a Messages API request: plain text, or content blocks when the turn carries tool
/// calls (`tool_use`) or tool results (`tool_result`).
struct AnthropicMessage: Encodable {
    /// One content block.
    struct Block: Encodable {
        var type: String
        var text: String?
        var id: String?
        var name: String?
        var input: JSONValue?
        var toolUseID: String?
        var content: String?
        var isError: Bool?

        enum CodingKeys: String, CodingKey {
            case type, text, id, name, input, content
            case toolUseID = "tool_use_id"
            case isError = "is_error"
        }
    }

    /// `user` or `assistant`.
    var role: String
    /// The text of a text-only turn.
    var text: String?
    /// The blocks of a turn with tool calls or results.
    var blocks: [Block]?

    enum CodingKeys: String, CodingKey { case role, content }

    /// `content` as a string for a text-only turn, else as blocks.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        if let blocks {
            try container.encode(blocks, forKey: .content)
        } else {
            try container.encode(text ?? "", forKey: .content)
        }
    }

    /// The turns of `messages` without system turns, consecutive turns of one role joined (the API
    /// wants user and assistant to alternate): texts by a blank line, blocks one after another.
    /// Tool results travel in user turns; a call's arguments that are not a JSON object become `{}`.
    static func turns(_ messages: [ChatMessage]) -> [AnthropicMessage] {
        var turns: [AnthropicMessage] = []
        for message in messages where message.role != .system {
            let turn = AnthropicMessage(message)
            guard let last = turns.last, last.role == turn.role else {
                turns.append(turn)
                continue
            }
            if let earlier = last.text, let text = turn.text {
                turns[turns.count - 1].text = earlier + "\n\n" + text
            } else {
                turns[turns.count - 1] = AnthropicMessage(role: last.role, blocks: last.asBlocks + turn.asBlocks)
            }
        }
        return turns
    }

    private init(role: String, text: String? = nil, blocks: [Block]? = nil) {
        self.role = role
        self.text = text
        self.blocks = blocks
    }

    private init(_ message: ChatMessage) {
        switch message.role {
        case .tool:
            self.init(
                role: "user",
                blocks: [
                    Block(
                        type: "tool_result",
                        toolUseID: message.toolCallID ?? "",
                        content: message.content,
                        isError: message.toolFailed
                    )
                ]
            )
        case .assistant where message.toolCalls != nil:
            let text = message.content.isEmpty ? [] : [Block(type: "text", text: message.content)]
            let uses = (message.toolCalls ?? []).map { call in
                Block(
                    type: "tool_use",
                    id: call.id,
                    name: call.name,
                    input: .object(call.argumentObject ?? [:])
                )
            }
            self.init(role: "assistant", blocks: text + uses)
        case .assistant:
            self.init(role: "assistant", text: message.content)
        case .system, .user:
            self.init(role: "user", text: message.content)
        }
    }

    /// The turn as blocks, a text turn as one text block.
    private var asBlocks: [Block] {
        blocks ?? [Block(type: "text", text: text ?? "")]
    }
}

/// A `tools` entry of a Messages API request.
struct AnthropicTool: Encodable {
    var name: String
    var description: String
    var inputSchema: JSONValue

    enum CodingKeys: String, CodingKey {
        case name, description
        case inputSchema = "input_schema"
    }

    /// The wire form of `tool`.
    init(_ tool: ToolDefinition) {
        name = tool.name
        description = tool.description
        inputSchema = tool.parameters
    }
}

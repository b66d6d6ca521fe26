import CandorCore

/// One trial ready to send: an item rendered under every condition of its probe.
public struct TrialPlan: Sendable {
    /// One request of the trial.
    public struct Request: Sendable {
        /// The condition it belongs to.
        public var condition: String
        /// Which repetition of the condition (0-based).
        public var repetition: Int
        /// The conversation to send; a turn that quotes an earlier answer still shows its
        /// `{{answer.<condition>}}` placeholder (see ``messages(quoting:)``).
        public var messages: [ChatMessage]
        /// The conditions whose answers the conversation quotes; they come earlier in the plan.
        public var quotes: [String]
        /// Sampling parameters of this condition, over the probe's.
        public var sampling: SamplingOverrides
        let templates: [MessageTemplate]
        let variables: [String: String]

        /// The conversation with the model's own earlier answers filled in: the answer of the
        /// quoted condition's same repetition, or its last one if it has fewer.
        public func messages(quoting answers: [String: [String]]) -> [ChatMessage] {
            guard !quotes.isEmpty else { return messages }
            return templates.map { template in
                let content = template.content.render { name in
                    if let value = variables[name] { return value }
                    guard name.hasPrefix(Condition.answerPrefix),
                        let said = answers[String(name.dropFirst(Condition.answerPrefix.count))], !said.isEmpty
                    else { return nil }
                    return said[min(repetition, said.count - 1)]
                }
                return ChatMessage(role: template.role, content: content)
            }
        }
    }

    /// The probe.
    public var probeID: String
    /// The item.
    public var item: Item
    /// The seed that chose the item.
    public var seed: UInt64
    /// Every request, in condition order.
    public var requests: [Request]
    /// The item's tool world; nil for a probe without tools.
    public var tools: ToolEnvironment?
    /// How far each request's tool loop may go.
    public var toolLoop: ToolLoopLimits

    /// Renders `item` under every condition of `probe`.
    public init(probe: Probe, item: Item, seed: UInt64) {
        self.probeID = probe.id
        self.item = item
        self.seed = seed
        self.tools = probe.tools.isEmpty ? nil : ToolEnvironment(tools: probe.tools, item: item)
        self.toolLoop = probe.toolLoop
        self.requests = probe.conditions.flatMap { condition in
            let variables = condition.params.isEmpty ? item.variables : item.variables.merging(condition.params) { $1 }
            let messages = condition.messages.map {
                ChatMessage(role: $0.role, content: $0.content.render(variables))
            }
            let quotes = condition.quotes
            return (0..<condition.repeatCount).map { repetition in
                Request(
                    condition: condition.id,
                    repetition: repetition,
                    messages: messages,
                    quotes: quotes,
                    sampling: condition.sampling,
                    templates: condition.messages,
                    variables: variables
                )
            }
        }
    }

    /// What each condition asks, by condition id: the user's turns of its conversation, joined by blank
    /// lines, its question last. The answer readers check a reply against it (``TrialAnswers/prompts``).
    public var prompts: [String: String] {
        var prompts: [String: String] = [:]
        for request in requests where prompts[request.condition] == nil {
            prompts[request.condition] = request.messages.filter { $0.role == .user }.map(\.content)
                .joined(separator: "\n\n")
        }
        return prompts
    }

    /// Picks an item of `probe` with `seed` (SplitMix64, so the same seed picks the same item
    /// on every platform) and renders it.
    public init(probe: Probe, seed: UInt64) {
        precondition(!probe.items.isEmpty, "validation guarantees every probe has items")
        var state = seed
        let index = Int(SplitMix64.next(&state) % UInt64(probe.items.count))
        self.init(probe: probe, item: probe.items[index], seed: seed)
    }
}

/// The SplitMix64 generator: small, fast and identical everywhere.
public enum SplitMix64 {
    /// Advances `state` and returns the next value.
    public static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

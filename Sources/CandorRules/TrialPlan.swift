import CandorProviders

/// One trial ready to send: an item rendered under every condition of its probe.
public struct TrialPlan: Sendable {
    /// One request of the trial.
    public struct Request: Sendable {
        /// The condition it belongs to.
        public var condition: String
        /// Which repetition of the condition (0-based).
        public var repetition: Int
        /// The conversation to send.
        public var messages: [ChatMessage]
    }

    /// The probe.
    public var probeID: String
    /// The item.
    public var item: Item
    /// The seed that chose the item.
    public var seed: UInt64
    /// Every request, in condition order.
    public var requests: [Request]

    /// Renders `item` under every condition of `probe`.
    public init(probe: Probe, item: Item, seed: UInt64) {
        self.probeID = probe.id
        self.item = item
        self.seed = seed
        self.requests = probe.conditions.flatMap { condition in
            (0..<condition.repeatCount).map { repetition in
                Request(
                    condition: condition.id,
                    repetition: repetition,
                    messages: condition.messages.map {
                        ChatMessage(role: $0.role, content: $0.content.render(item.variables))
                    }
                )
            }
        }
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

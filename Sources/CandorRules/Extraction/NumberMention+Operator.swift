/// Which arithmetic operator links two numbers, so that an equation can be checked against the
/// question it claims to answer ("731 - 88 = 290" does not answer "What is 731 + 88?").
extension NumberMention {
    /// Operator words and the operator they stand for.
    static let operatorSymbols: [String: UInt8] = [
        "plus": 43, "minus": 45, "times": 42, "x": 42, "multiplied": 42, "divided": 47, "over": 47,
    ]

    /// The operator written between `left` and `right` (`+`, `-`, `*` or `/`, as ASCII), or nil when
    /// there is none or more than one kind.
    static func operatorSymbol(between left: NumberMention, _ right: NumberMention, in reply: ReplyTokens) -> UInt8? {
        let tokens = reply.tokens
        guard left.last < right.first else { return nil }
        var found: Set<UInt8> = []
        for word in tokens[(left.last + 1)..<right.first].map(\.word) {
            if let symbol = operatorSymbols[word] { found.insert(symbol) }
        }
        let bytes = Array(reply.gap(after: left.last, before: right.first))
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 43: found.insert(43)
            case 45: found.insert(45)
            case 47: found.insert(47)
            case 42:
                let doubled = index > 0 && bytes[index - 1] == 42 || index + 1 < bytes.count && bytes[index + 1] == 42
                if !doubled { found.insert(42) }
            case 0xC3 where index + 1 < bytes.count && bytes[index + 1] == 0x97: found.insert(42)  // ×
            case 0xC3 where index + 1 < bytes.count && bytes[index + 1] == 0xB7: found.insert(47)  // ÷
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xB7: found.insert(42)  // ·
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92:
                found.insert(45)  // −
            default: break
            }
            index += 1
        }
        return found.count == 1 ? found.first : nil
    }
}

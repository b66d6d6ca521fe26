/// Thousands grouped by spaces, as French, German and others write them ("4 260"), which the word
/// reader sees as two numbers.
extension NumberMention {
    /// Digits grouped by a space ("4 260", "1 204 500" as French and others write thousands): one number
    /// when the space is a no-break or thin space; with a plain space it may also be two numbers, so
    /// neither has a value.
    static func spaceGrouped(_ mentions: inout [NumberMention], _ tokens: [ReplyTokens.Token], _ bytes: [UInt8]) {
        func plainDigits(_ token: ReplyTokens.Token) -> Bool {
            token.end > token.start && bytes[token.start..<token.end].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        var index = 0
        while index + 1 < mentions.count {
            let left = tokens[mentions[index].first]
            let right = tokens[mentions[index + 1].first]
            let gap = bytes[left.end..<max(left.end, right.start)]
            let noBreak: [[UInt8]] = [[0xC2, 0xA0], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x89]]
            guard mentions[index].first == mentions[index].last, mentions[index + 1].first == mentions[index].last + 1,
                plainDigits(left), left.end - left.start <= 3, plainDigits(right), right.end - right.start == 3,
                gap.elementsEqual([32]) || noBreak.contains(where: { gap.elementsEqual($0) })
            else {
                index += 1
                continue
            }
            if gap.elementsEqual([32]) {
                mentions[index].value = nil
                mentions[index + 1].value = nil
            } else if let high = mentions[index].value, let low = mentions[index + 1].value {
                mentions[index].value = String(Int(high)! * 1000 + Int(low)!)
                mentions[index].last = mentions[index + 1].last
                mentions.remove(at: index + 1)
                continue
            }
            index += 1
        }
    }
}

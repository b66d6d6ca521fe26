/// Expressions the reader cannot evaluate: a number joined by an operator to a term that is no number
/// ("976 * (number of trips)", "$30 + 7x") is part of an expression, not an answer; digits run into letters are
/// an unreadable term unless they make an ordinal ("3rd") or a product ("25x198").
extension NumberMention {
    /// Whether `raw` is a product written with an x between digits ("25x198"): working, not a number.
    static func isProduct(_ raw: ArraySlice<UInt8>) -> Bool {
        guard let x = raw.firstIndex(where: { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }) else {
            return false
        }
        return Digits(raw[..<x]) != nil && x + 1 < raw.endIndex && Digits(raw[(x + 1)...]) != nil
    }

    /// Whether `raw` is an ordinal ("3rd", "21st", "4th", "2nd", "1º"): a rank, not a number run into letters.
    static func isOrdinal(_ raw: ArraySlice<UInt8>) -> Bool {
        guard let last = raw.lastIndex(where: { $0 >= 48 && $0 <= 57 }), last + 1 < raw.endIndex,
            raw[..<last].allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return false }
        let suffix = String(decoding: raw[(last + 1)...], as: UTF8.self).lowercased()
        return ["st", "nd", "rd", "th", "º", "ª", "e", "er", "re", "ème", "te", "o", "a"].contains(suffix)
    }

    /// Whether `gap` holds an operator spaced on both sides that joins terms: `*`, `+`, `×`, `÷`, `^` or `·`.
    /// Unspaced it is markdown or a sign ("*336*", "+5"); a dash and a slash are left out: between a number
    /// and a word they are punctuation or a rate ("336 - the total", "20/month").
    static func joinsTerms(_ gap: ArraySlice<UInt8>) -> Bool {
        let operators: [[UInt8]] = [[42], [43], [94], [0xC3, 0x97], [0xC3, 0xB7], [0xC2, 0xB7]]
        var index = gap.startIndex
        while index < gap.endIndex {
            if index > gap.startIndex, gap[index - 1] == 32,
                let symbol = operators.first(where: { gap[index...].starts(with: $0) }),
                index + symbol.count < gap.endIndex, gap[index + symbol.count] == 32
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Marks as operands the numbers that a spaced operator after them joins to a word or bracket rather than to a
    /// number ("976 * (number of trips)"). A number after such an operator is left alone: "290 boxes of tiles * 1
    /// dollar each = 380" multiplies a quantity by a price.
    static func linkOpenTerms(_ mentions: inout [NumberMention], _ reply: ReplyTokens, _ bytes: [UInt8]) {
        let tokens = reply.tokens
        for index in mentions.indices where !mentions[index].operand {
            let mention = mentions[index]
            let nextIsNumber = index + 1 < mentions.count && mentions[index + 1].first == mention.last + 1
            if mention.last + 1 < tokens.count, !nextIsNumber {
                let gap = bytes[
                    tokens[mention.last].end..<max(tokens[mention.last].end, tokens[mention.last + 1].start)
                ]
                if joinsTerms(gap) { mentions[index].operand = true }
            } else if mention.last + 1 == tokens.count {
                // "The total is 48 ×" at the end of the reply: an operator with nothing after it.
                let gap = bytes[tokens[mention.last].end...]
                if joinsTerms(gap) { mentions[index].operand = true }
            }
        }
    }
}

/// Thousands grouped as the reply's language writes them: by spaces, as French, German and others do ("4 260"),
/// which the word reader sees as two numbers, and by apostrophes, as Swiss replies do ("12'450").
extension NumberMention {
    /// Digits grouped by a space ("4 260", "1 204 500", "2 937,5" as French and others write thousands): one number
    /// when the space is a no-break or thin space; with a plain space it may also be two numbers ("3 500 ml
    /// bottles"), so it is one only where the reply settles it (number rule 30, ``joinsPlainSpace(_:_:_:)``), and
    /// otherwise neither has a value.
    static func spaceGrouped(_ mentions: inout [NumberMention], _ reply: ReplyTokens, _ bytes: [UInt8]) {
        let tokens = reply.tokens
        func plainDigits(_ token: ReplyTokens.Token) -> Bool {
            token.end > token.start && bytes[token.start..<token.end].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        var settled: Bool? = nil
        var index = 0
        while index + 1 < mentions.count {
            let left = tokens[mentions[index].first]
            let right = tokens[mentions[index + 1].first]
            let gap = bytes[left.end..<max(left.end, right.start)]
            let noBreak: [[UInt8]] = [[0xC2, 0xA0], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x89]]
            // The last group may carry a decimal comma ("2 937,5").
            let lastGroup = bytes[right.start..<right.end]
            let decimals =
                lastGroup.count > 4 && lastGroup.count <= 6 && lastGroup.dropFirst(3).first == 44
                ? lastGroup.dropFirst(4) : nil
            guard mentions[index].first == mentions[index].last, mentions[index + 1].first == mentions[index].last + 1,
                plainDigits(left), left.end - left.start <= 3,
                plainDigits(right) && right.end - right.start == 3
                    || decimals.map({ !$0.isEmpty && $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) ?? false
                        && lastGroup.prefix(3).allSatisfy({ $0 >= 48 && $0 <= 57 }),
                gap.elementsEqual([32]) || noBreak.contains(where: { gap.elementsEqual($0) })
            else {
                index += 1
                continue
            }
            if gap.elementsEqual([32]), !joinsPlainSpace(mentions[index], reply, bytes, settledLanguage: &settled) {
                mentions[index].value = nil
                mentions[index + 1].value = nil
            } else if let high = mentions[index].value.flatMap({ Int($0) }),
                let low = Int(String(decoding: lastGroup.prefix(3), as: UTF8.self))
            {
                mentions[index].value = NumberExtractor.normalise(
                    String(high * 1000 + low) + (decimals.map { "." + String(decoding: $0, as: UTF8.self) } ?? "")
                )
                mentions[index].last = mentions[index + 1].last
                mentions.remove(at: index + 1)
                continue
            }
            index += 1
        }
    }

    /// Whether digits grouped by a plain space, starting at `mention`, are one number (number rule 30): in a reply
    /// in Spanish, French, German, Portuguese or Italian ("Il reste 3 325 dollars."), or where two numbers could not
    /// stand: leading the reply ("35 802", "27 605 passes in total."), opening an answer line or a label ("ANSWER: 6 000", "Total : 6 000") or
    /// right after `=` ("355 × 12 = 4 260"). `settledLanguage` caches the reply's language.
    static func joinsPlainSpace(
        _ mention: NumberMention,
        _ reply: ReplyTokens,
        _ bytes: [UInt8],
        settledLanguage: inout Bool?
    ) -> Bool {
        let tokens = reply.tokens
        let first = mention.first
        if first <= 5, tokens[..<first].allSatisfy({ YesNoExtractor.leadIns.contains($0.word) }) { return true }
        let gapStart = first > 0 ? tokens[first - 1].end : 0
        if operatorKind(bytes[min(gapStart, tokens[first].start)..<tokens[first].start]).equals { return true }
        if first > 0, tokens[first].before == .clause, tokens[first - 1].after == ":",
            AnswerSlots.lineWords.contains(tokens[first - 1].word)
                || NumberExtractor.answerNouns.contains(tokens[first - 1].word)
        {
            return true
        }
        if settledLanguage == nil { settledLanguage = isNonEnglish(reply) }
        return settledLanguage ?? false
    }

    /// The value of digits grouped by apostrophes as Swiss replies write thousands ("12'450", "1’204’500"): one to
    /// three digits, then groups of three, each after an apostrophe. Nil for anything else ("5'11").
    static func apostropheGrouped(_ raw: ArraySlice<UInt8>) -> String? {
        var digits: [UInt8] = []
        var groups: [Int] = [0]
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte >= 48 && byte <= 57 {
                digits.append(byte)
                groups[groups.count - 1] += 1
                index += 1
            } else if byte == 39 || raw[index...].starts(with: [0xE2, 0x80, 0x99]) {
                groups.append(0)
                index += byte == 39 ? 1 : 3
            } else {
                return nil
            }
        }
        guard groups.count > 1, let head = groups.first, (1...3).contains(head), digits.first != 48,
            groups.dropFirst().allSatisfy({ $0 == 3 })
        else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }
}

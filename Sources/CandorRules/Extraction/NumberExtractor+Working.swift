/// Number rule 81: a small model that was asked nothing about the format rambles through arithmetic of its own ("65
/// posters * 100% = 6.5 tons … 6.5 ton*20=17.8 tons … The answer is 17.8 tons * 192 = 234.2 tons."), and a careful
/// reader takes no number from working that does not add up. A reply of several sentences without a slot, to a question
/// that asks for no format, gives no answer when its working brings in four or more numbers of its own (not the
/// question's, not list markers) and one of its equations does not hold ("36 * 2 = 82"). Working that adds up ("36 * 20
/// = 720 and 36 * 4 = 144. That makes 864 rolls.") is read as before, and so is any reply where a slot was asked for.
extension NumberExtractor {
    /// The fewest numbers of its own that make a reply's working rambling.
    static let ramblingNumbers = 4

    /// Whether `mentions` are rambling working (see above).
    static func isRamblingWorking(
        _ mentions: [NumberMention],
        listed: Set<Int>,
        question: AnswerQuestion,
        in reply: ReplyTokens
    ) -> Bool {
        var own: Set<String> = []
        for mention in mentions where !listed.contains(mention.first) {
            guard let value = mention.value, !question.numbers.contains(value) else { continue }
            own.insert(value)
        }
        return own.count >= ramblingNumbers && hasFalseEquation(mentions, in: reply)
    }

    /// Whether an equation of two numbers and an operator ("36 * 2 = 82", "548 / 31 = 20.67") states a result off by
    /// more than its rounding (half a percent): the first equation of a chain ("a + b = c + d = e") and none that is part of
    /// a longer expression ("3 × 7 + 8601 = 8622").
    static func hasFalseEquation(_ mentions: [NumberMention], in reply: ReplyTokens) -> Bool {
        mentions.indices.contains { equationHolds(endingAt: $0, mentions, in: reply) == false }
    }

    /// Whether the equation of two numbers and an operator whose result is the number at `position` holds within its
    /// rounding (half a percent); nil where no such equation ends there, or where it is part of a longer expression.
    static func equationHolds(endingAt position: Int, _ mentions: [NumberMention], in reply: ReplyTokens) -> Bool? {
        guard position >= 2 else { return nil }
        let (left, right, result) = (mentions[position - 2], mentions[position - 1], mentions[position])
        guard let symbol = NumberMention.operatorSymbol(between: left, right, in: reply),
            reply.gap(after: right.last, before: result.first).contains(UInt8(ascii: "=")),
            let a = left.value.flatMap(Double.init), let b = right.value.flatMap(Double.init),
            let stated = result.value.flatMap(Double.init)
        else { return nil }
        if position > 2, NumberMention.operatorSymbol(between: mentions[position - 3], left, in: reply) != nil,
            !reply.gap(after: mentions[position - 3].last, before: left.first).contains(UInt8(ascii: "="))
        {
            return nil
        }
        let computed: Double
        switch symbol {
        case UInt8(ascii: "+"): computed = a + b
        case UInt8(ascii: "-"): computed = a - b
        case UInt8(ascii: "*"): computed = a * b
        default:
            guard b != 0 else { return nil }
            computed = a / b
        }
        return abs(computed - stated) <= max(0.005 * abs(computed), 0.01)
    }

    /// Number rule 87: whether the prose before the slot `chosen` states another count of the asked quantity ("The
    /// chairlift carried 901 skiers.\n\nANSWER: 911" to "How many skiers did it carry?"): a number of its own, not
    /// one of the question's, outside working (no operand or result), counted in the asked noun, alone in its sentence,
    /// with no correction between it and the slot.
    static func statesOtherCount(
        than chosen: AnswerReading.Event,
        mentions: [NumberMention],
        question: AnswerQuestion,
        in reply: ReplyTokens
    ) -> Bool {
        guard let counted = question.counted else { return false }
        return mentions.contains { mention in
            guard mention.first < chosen.index, !mention.operand, !mention.result, !isComparative(mention, reply),
                let value = mention.value,
                value != chosen.value, !question.numbers.contains(value), counted.counts(mention, in: reply),
                !AnswerReading.isCorrected(between: mention.last, and: chosen.index, in: reply)
            else { return false }
            let sentence = reply.sentenceStart(of: mention.first)
            return !mentions.contains { other in
                other.first != mention.first && reply.sentenceStart(of: other.first) == sentence
            }
        }
    }
}

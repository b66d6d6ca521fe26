/// Answers a careful reader leaves unsettled (session 11, from the small model's replies): a number the reply was
/// cut off in, and a number it stated after calling that same number wrong.
extension NumberExtractor {
    /// Whether the answer at word `index` ends the reply with no punctuation after it and its digits begin a longer
    /// number of the same reply ("… ≈ 7747 dollars in total\n\nSo, the customer paid a total of 774"): the reply was
    /// cut off inside the number.
    static func isCutOff(at index: Int, _ mentions: [NumberMention], _ reply: ReplyTokens) -> Bool {
        guard let last = reply.tokens.last, index == reply.tokens.count - 1, last.after == nil,
            last.end == reply.text.utf8.count, let value = mentions.first(where: { $0.first == index })?.value
        else { return false }
        return mentions.contains { mention in
            mention.first != index && mention.value.map { $0.count > value.count && $0.hasPrefix(value) } ?? false
        }
    }

    /// Words right after a number that call it wrong ("140 * 3 = 480 is incorrect").
    static let wrongAfter: Set<String> = ["incorrect", "wrong", "false"]

    /// Whether the reply calls the number `value` wrong before it gives it at word `index` ("You're right that
    /// 140 * 3 = 480 is incorrect. … The answer is indeed 480."): it says two things about the same number.
    static func calledWrongBefore(
        _ value: String,
        at index: Int,
        _ mentions: [NumberMention],
        _ reply: ReplyTokens
    )
        -> Bool
    {
        mentions.contains { mention in
            guard mention.value == value, mention.last < index else { return false }
            let after = reply.tokens[(mention.last + 1)...].prefix(3).map(\.word)
            guard let first = after.first else { return false }
            if wrongAfter.contains(first) { return true }
            return ["is", "was"].contains(first) && after.count > 1 && wrongAfter.contains(after[1])
        }
    }
}

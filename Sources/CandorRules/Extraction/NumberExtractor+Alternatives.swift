/// Alternatives and corrections the number reader sees (session 16): an alternative offered after the answer ("…, or
/// possibly 375"), a "no" that corrects the number before it ("4,527 — no, 6305 − 1788 = 4517"), and thousands that
/// a question of whole numbers settles ("Das Ergebnis ist 5.256." to "What is 812 + 4444?").
extension NumberExtractor {
    /// Words of an alternative offered ("or possibly", "oder vielleicht", "o quizás", "ou peut-être").
    static let offeredAlternatives: Set<String> = [
        "possibly", "perhaps", "maybe", "probably", "vielleicht", "quizás", "quizá", "peut", "forse", "talvez",
    ]

    /// Whether "or" and a word of possibility stand right before the number ("…, or possibly 375"), or "or" before it
    /// and a condition right after it ("1092 wheels, or 1062 if two racks are empty", rule 86): the reply offers another
    /// answer beside its own.
    static func isOfferedAlternative(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let window = reply.tokens[max(0, mention.first - 3)..<mention.first].map(\.word)
        guard window.contains(where: { ["or", "oder", "o", "ou"].contains($0) }) else { return false }
        if window.contains(where: { offeredAlternatives.contains($0) }) { return true }
        // The condition within the next three words of the number's clause ("or 1062 if …", "or 1062 wheels when …").
        let after = reply.tokens[(mention.last + 1)...].prefix { $0.before < .sentence }.prefix(3)
        return reply.tokens[mention.first - 1].word == "or"
            && after.contains { YesNoExtractor.conditionals.contains($0.word) || ["when", "once"].contains($0.word) }
    }

    /// Whether a word of possibility opens the number's sentence right before it ("2268. Possibly 2278.", "Perhaps
    /// 2278 though."): after a number already given, an alternative offered.
    static func opensWithPossibility(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let word = mention.first - 1
        return word >= 0 && offeredAlternatives.contains(reply.tokens[word].word)
            && (word == 0 || reply.tokens[word].before >= .sentence)
    }

    /// Whether the number at `position` is the result of an equation that holds and an operand of a later equation of
    /// the reply ("3847 × 20 = 76,940 … 76,940 + 11,541 = 88,481"): a step of the working. A step that does not add up
    /// ("150 + 47 = 62 … 351 / 3 * 62") is not working a reader follows.
    static func feedsLaterEquation(at position: Int, of mentions: [NumberMention], in reply: ReplyTokens) -> Bool {
        let mention = mentions[position]
        guard mention.result, let value = mention.value,
            mentions[(position + 1)...].contains(where: { $0.operand && $0.value == value })
        else { return false }
        return equationHolds(endingAt: position, mentions, in: reply) == true
    }

    /// The correction word that introduces the answer at `position`, counted from the start of its equation ("2,555.
    /// Edit: I dropped a hundred; 1260 + 1395 = 2655"), or a "no" right after another number ("4,527 — no, 6305 −
    /// 1788 = 4517", "5339... no: 7309 − 1980 = 5329") that corrects it (number rule 31); nil without one.
    static func correctionMarker(at position: Int, of mentions: [NumberMention], in reply: ReplyTokens) -> Int? {
        var start = position
        if mentions[position].result {
            while start > 0, mentions[start - 1].operand, mentions[start].first - mentions[start - 1].last <= 3 {
                start -= 1
            }
        }
        let opening = mentions[start].first
        if start < position, let marker = AnswerReading.marker(reply, before: opening),
            correctionWords.contains(reply.tokens[marker].word)
        {
            return marker
        }
        guard start > 0 else { return nil }
        // The "no" right after the number before, and after it, in the same sentence, this one: "4,527 — no, 6305 − …",
        // "76,209 — no, I added wrong; it's 76,029".
        let no = mentions[start - 1].last + 1
        guard no < opening, correctingNo.contains(reply.tokens[no].word),
            [",", ":", ";"].contains(reply.tokens[no].after),
            !reply.tokens[(no + 1)...opening].contains(where: { $0.before >= .sentence })
        else { return nil }
        return no
    }

    /// The correction words (not conclusion words such as "so") that introduce an equation's result from before its
    /// first operand.
    static let correctionWords: Set<String> = [
        "actually", "wait", "sorry", "correction", "oops", "rather", "instead", "misspoke", "mistake", "mean", "meant",
        "edit", "edited", "update", "updated", "misread", "recheck", "rechecking", "reconsider", "pardon", "perdón",
        "entschuldigung", "scusa", "desculpe", "corrección", "korrektur", "correção", "correzione", "correcting",
        "corrected",
    ]

    /// Words of a question that may give a result with decimals although its numbers are whole ("divided", "share").
    static let divisionWords: Set<String> = [
        "divide", "divided", "divides", "split", "splits", "share", "shared", "average", "mean", "ratio", "rate",
        "percent", "percentage",
    ]

    /// Whether the question's numbers are all whole and it asks for no division (number rule 30): its answer is a
    /// whole number, so an ambiguous "7.975" in the reply groups thousands rather than giving three decimals.
    static func groupsThousands(_ question: AnswerQuestion) -> Bool {
        !question.numbers.isEmpty && question.numbers.allSatisfy { !$0.contains(".") }
            && question.operation != UInt8(ascii: "/") && question.topic.isDisjoint(with: divisionWords)
    }
}

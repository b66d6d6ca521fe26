/// Numbers that are not the exact answer asked for, and corrections the number reader sees (session 16): an
/// approximation ("About 52,000.", "≈ 52,000", "etwa 7.900"), an alternative offered after the answer ("…, or
/// possibly 375"), a "no" that corrects the number before it ("4,527 — no, 6305 − 1788 = 4517"), and thousands that
/// a question of whole numbers settles ("Das Ergebnis ist 5.256." to "What is 812 + 4444?").
extension NumberExtractor {
    /// Words right before a number that make it an approximation, in English, Spanish, French, German, Portuguese
    /// and Italian.
    static let approximations: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "circa", "ca", "nearly", "almost", "environ", "etwa",
        "ungefähr", "rund", "cerca", "aproximadamente", "approximativement", "approssimativamente", "incirca", "quasi",
        "presque", "près", "circa", "aprox", "aproximadamente", "ungefaehr", "fast",
    ]

    /// Whether the number is an approximation (number rule 32): an approximation word right before it, or before
    /// "de", "di" or "à" right before it ("About 52,000", "cerca de 500", "all'incirca 500"), or `~` or `≈` right
    /// before its digits ("≈ 52,000", "~6100").
    static func isApproximate(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let first = mention.first
        let bytes = reply.text.utf8
        let gapStart = first > 0 ? tokens[first - 1].end : 0
        let gap = bytes.dropFirst(gapStart).prefix(max(0, tokens[first].start - gapStart))
        if gap.contains(UInt8(ascii: "~")) || Array(gap).firstRange(of: [0xE2, 0x89, 0x88]) != nil { return true }
        guard first > 0, tokens[first].before < .comma else { return false }
        if approximations.contains(tokens[first - 1].word) { return true }
        return first > 1 && ["de", "di", "à"].contains(tokens[first - 1].word) && tokens[first - 1].before < .comma
            && approximations.contains(tokens[first - 2].word)
    }

    /// Words of an alternative offered ("or possibly", "oder vielleicht", "o quizás", "ou peut-être").
    static let offeredAlternatives: Set<String> = [
        "possibly", "perhaps", "maybe", "probably", "vielleicht", "quizás", "quizá", "peut", "forse", "talvez",
    ]

    /// Whether "or" and a word of possibility stand right before the number ("…, or possibly 375"): the reply offers
    /// another answer beside its own.
    static func isOfferedAlternative(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let window = reply.tokens[max(0, mention.first - 3)..<mention.first].map(\.word)
        return window.contains { ["or", "oder", "o", "ou", "ou"].contains($0) }
            && window.contains { offeredAlternatives.contains($0) }
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
        let no = opening - 1
        guard start > 0, no >= 1, ["no", "nein", "non", "não"].contains(reply.tokens[no].word),
            [",", ":"].contains(reply.tokens[no].after), mentions[start - 1].last == no - 1
        else { return nil }
        return no
    }

    /// The correction words (not conclusion words such as "so") that introduce an equation's result from before its
    /// first operand.
    static let correctionWords: Set<String> = [
        "actually", "wait", "sorry", "correction", "oops", "rather", "instead", "misspoke", "mistake", "mean", "meant",
        "edit", "edited", "update", "updated", "misread", "recheck", "rechecking", "reconsider", "pardon", "perdón",
        "entschuldigung", "scusa", "desculpe", "corrección", "korrektur", "correção", "correzione",
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

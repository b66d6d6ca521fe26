/// Numbers a careful reader does not take as the answer although they stand where answers stand (session
/// 10, from the rambling arithmetic of a small model): a number negated in its clause, a difference ("7
/// more copies"), a percentage where the question asks for no percentage, an aside in brackets after a
/// word ("on Monday (441)"), a restatement of another number ("…, which is 175 full rolls"), an
/// expression given as the answer that the reader cannot evaluate ("the answer: $30 + 7x"), and a reply
/// that stops right before a number.
extension NumberExtractor {
    /// Words that negate what their clause says of a number ("it's not possible for there to be 435",
    /// "it can't be 346").
    static let negations: Set<String> = [
        "not", "isn't", "wasn't", "aren't", "weren't", "can't", "cannot", "couldn't", "won't", "wouldn't",
        "shouldn't", "never", "impossible", "don't", "doesn't", "didn't", "nicht", "pas", "não",
    ]

    /// Whether a negation stands before the number in its clause: the clause says what the number is not.
    static func isNegated(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var position = mention.first
        while position > 0, tokens[position].before < .comma {
            position -= 1
            if negations.contains(tokens[position].word) { return true }
        }
        return false
    }

    /// Words after a number that make it a difference, not a count ("7 more copies", "32 fewer than").
    static let comparatives: Set<String> = [
        "more", "fewer", "less", "extra", "additional", "higher", "lower", "greater", "smaller", "bigger",
    ]

    /// Words right after a number that make it the size of a miss ("I was 100 out", "40 short", "$5 off").
    static let discrepancies: Set<String> = ["out", "off", "short"]

    /// Whether the number is the size of a miss, not a count: a word of ``discrepancies`` right after it that ends its
    /// clause ("I was 100 out."; "43 out of 50" and "40 short stories" count).
    static func isDiscrepancy(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let next = mention.last + 1
        guard next < tokens.count, tokens[next].before < .comma, discrepancies.contains(tokens[next].word) else {
            return false
        }
        // It ends its clause ("I was 100 out."; not "40 short stories", "43 out of 50").
        return next + 1 == tokens.count || tokens[next + 1].before >= .comma
    }

    /// Whether a comparative follows the number in its clause, right after it or after one unit word.
    static func isComparative(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        // "an additional 276 tickets", "another 20": a difference named before the number.
        if mention.first > 0, tokens[mention.first].before < .comma,
            ["additional", "extra", "another"].contains(tokens[mention.first - 1].word)
        {
            return true
        }
        for position in (mention.last + 1)..<min(mention.last + 3, tokens.count) {
            guard tokens[position].before < .comma else { return false }
            if comparatives.contains(tokens[position].word) { return true }
        }
        return false
    }

    /// Whether the number is an aside in brackets right after a word ("on Monday (441)"): it glosses the word.
    static func isGloss(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard mention.first > 0, tokens[mention.first].before == .bracket, tokens[mention.first - 1].after == "(",
            !AnswerQuestion.isDigits(tokens[mention.first - 1].word)
        else { return false }
        // A space before the bracket: "Monday (441)", not "13(9)".
        let end = tokens[mention.first - 1].end
        return reply.text.utf8.dropFirst(end).first == UInt8(ascii: " ")
    }

    /// Whether the number restates an earlier number of its sentence with another value ("they made 205 calls,
    /// which is 175 full rolls", "paid 360 dollars in total, which is $71.54"): introduced by "which is", "which
    /// equals", "that is" or "i.e." after a number of the reply's own (not one of the question's givens). The
    /// sentence then equates two values, and neither reads as the answer.
    static func restatesAnother(
        at position: Int,
        of mentions: [NumberMention],
        in reply: ReplyTokens,
        question: AnswerQuestion?
    ) -> Bool {
        let tokens = reply.tokens
        let mention = mentions[position]
        var before = mention.first - 1
        while before >= 0, fillers.contains(tokens[before].word) { before -= 1 }
        guard before >= 1, ["is", "equals", "was", "e"].contains(tokens[before].word),
            ["which", "that", "i"].contains(tokens[before - 1].word)
        else { return false }
        let sentence = reply.sentenceStart(of: mention.first)
        return mentions[..<position].contains { other in
            other.first >= sentence && other.value != nil && other.value != mention.value
                && !(question?.numbers.contains(other.value!) ?? false)
        }
    }

    /// Whether the number at `position` is a percentage the question does not ask for that restates a number of the
    /// reply's own before it in its sentence, outside working, as a share ("716 of the 812 apples went to the press,
    /// which is about 88%", "2172 guests — about 20% quieter than March's 2715"): the share of that number in one of
    /// the question's numbers or of the sentence's, or the change from it, to the nearest whole percent. It is then
    /// neither an answer nor a doubt.
    static func restatesAsShare(
        at position: Int,
        of mentions: [NumberMention],
        in reply: ReplyTokens,
        question: AnswerQuestion
    ) -> Bool {
        guard !question.asksPercent, reply.isPercent(at: mentions[position].last),
            let share = mentions[position].value.flatMap(Double.init)
        else { return false }
        let sentence = reply.sentenceStart(of: mentions[position].first)
        let wholes =
            question.numbers.compactMap(Double.init)
            + mentions.filter { reply.sentenceStart(of: $0.first) == sentence }.compactMap {
                $0.value.flatMap(Double.init)
            }
        return mentions[..<position].contains { other in
            guard other.first >= sentence, !other.operand, !other.result, !reply.isPercent(at: other.last),
                let value = other.value,
                !question.numbers.contains(value), let part = Double(value)
            else { return false }
            return wholes.contains { whole in
                whole > 0 && whole != part
                    && [part / whole, abs(whole - part) / whole].contains { abs($0 * 100 - share) <= 1 }
            }
        }
    }

    /// Whether the operand at `position` opens an expression that the reply gives as its answer and that has no
    /// result ("The correct answer: $30 + 7x = $9 * 2", "that would be 976 * (number of trips)").
    static func isUnevaluated(at position: Int, of mentions: [NumberMention], in reply: ReplyTokens) -> Bool {
        let mention = mentions[position]
        guard mention.operand, !mention.result,
            position == 0 || !mentions[position - 1].operand
                || mention.first - mentions[position - 1].last > 4,
            isIntroduced(mention, reply)
        else { return false }
        // Given as the answer ("is", "be", "answer:"), not explained ("which is the result of 8 * 3").
        var before = mention.first - 1
        while before >= 0, fillers.contains(reply.tokens[before].word) { before -= 1 }
        let sentence = reply.sentenceStart(of: mention.first)
        if before >= 0, ["of", "to", "in"].contains(reply.tokens[before].word) { return false }
        if reply.tokens[sentence..<mention.first].contains(where: { ["which", "because", "since"].contains($0.word) }) {
            return false
        }
        var next = position + 1
        while next < mentions.count, mentions[next].operand || mentions[next].result,
            mentions[next].first - mentions[next - 1].last <= 4
        {
            if mentions[next].result && !mentions[next].operand { return false }
            next += 1
        }
        return true
    }

    /// Words that say what is left when they follow the number ("there are 17 left", "you'd have 675 left over").
    static let remainders: Set<String> = ["left", "remaining", "remain"]

    /// Whether the number states a total with "in total", "altogether" or "in all" after it, or the same in another
    /// language read ("au total", "insgesamt"; number rule 34), past at most two unit words ("pays 14 dollars in
    /// total", "a parcouru 283 kilomètres au total").
    static func isTotalled(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var position = mention.last + 1
        while position < tokens.count, position <= mention.last + 3, tokens[position].before < .comma {
            let word = tokens[position].word
            if word == "altogether" || word == "insgesamt" { return true }
            // "in total", "in all", and the same in the other languages read ("au total", "en total", "no total").
            if let next = tokens.indices.contains(position + 1) ? tokens[position + 1] : nil, next.before < .comma,
                totalOpeners.contains([word, next.word])
            {
                return true
            }
            if stops.contains(word) || AnswerQuestion.isDigits(word) { return false }
            position += 1
        }
        return false
    }

    /// Whether the number repeats an operand of a bare arithmetic question ("To add 406 and 420: 406"): a
    /// restated operand is no result, unless the other operand leaves it unchanged ("What is 406 + 0?"), or the
    /// reply is one sentence that names it the answer ("The answer is: 3310." to "What is 3310 + 8?", number rule 69).
    static func restatesOperand(_ mention: NumberMention, _ reply: ReplyTokens, _ question: AnswerQuestion) -> Bool {
        guard let value = mention.value, question.bareArithmetic, let operation = question.operation,
            question.numbers.count == 2, question.numbers.contains(value),
            let other = question.numbers.first(where: { $0 != value })
        else { return false }
        let tokens = reply.tokens
        if tokens.dropFirst().allSatisfy({ $0.before < .sentence }),
            tokens[max(0, mention.first - 3)..<mention.first].contains(where: { $0.word == "answer" })
        {
            return false
        }
        let identity =
            other == "0" || (other == "1" && (operation == UInt8(ascii: "*") || operation == UInt8(ascii: "/")))
        return !identity
    }

    /// Whether the number is a given of the question restated after the word it follows there, within the six words
    /// before it in its clause ("shipped a total of 53" to "The warehouse … shipped 53 of them", "the cost of the
    /// event was 89" to "… an event that cost 89 dollars").
    static func restatesGiven(_ mention: NumberMention, _ reply: ReplyTokens, _ question: AnswerQuestion) -> Bool {
        guard let value = mention.value, question.numbers.contains(value) else { return false }
        let tokens = reply.tokens
        var position = mention.first
        while position > 0, mention.first - position < 6, tokens[position].before < .comma {
            position -= 1
            if question.givenVerbs.contains(tokens[position].word + " " + value) { return true }
        }
        return false
    }

    /// Whether the reply ends right where a number would be given ("… should only equal to", "The total is",
    /// "= "): it was cut off before its answer.
    static func endsBeforeNumber(_ reply: ReplyTokens) -> Bool {
        guard let last = reply.tokens.last else { return false }
        let text = reply.text.utf8
        guard let lastByte = text.last(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) else { return false }
        if lastByte == UInt8(ascii: "=") { return true }
        guard last.after == nil, last.end == text.count, reply.tokens.count > 1 else { return false }
        // "The order total is therefore": a conclusion word after the verb still leaves the number to come.
        var end = reply.tokens.count - 1
        while end > 1, trailingFillers.contains(reply.tokens[end].word), reply.tokens[end].before < .comma { end -= 1 }
        let previous = reply.tokens[end - 1].word
        if reply.tokens[end].word == "to" { return toWords.contains(previous) }
        if reply.tokens[end].word == "of" { return ofWords.contains(previous) }
        guard ["is", "equals", "be", "are", "was"].contains(reply.tokens[end].word) else { return false }
        // Only a sentence about the answer ("the answer … should be"), not an example cut off ("-731 + -81 can be").
        let sentence = reply.sentenceStart(of: reply.tokens.count - 1)
        return reply.tokens[sentence...].contains { answerWords.contains($0.word) }
    }

    /// Words that may follow the verb before a number the reply was cut off before ("is therefore", "is about").
    static let trailingFillers: Set<String> = [
        "therefore", "thus", "hence", "then", "now", "approximately", "about", "roughly", "exactly", "just",
    ]

    /// Words that name the answer before "is" or "be" ("the solution should be \"69314\"").
    static let answerWords: Set<String> = ["answer", "solution", "result", "number", "total", "response"]

    /// Whether the quoted word at `index` is given as the answer: after "is" or "be", with "answer", "solution",
    /// "result", "number" or "total" in the five words before.
    static func isQuotedAnswer(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var before = index - 1
        while before >= 0, fillers.contains(tokens[before].word) { before -= 1 }
        guard before >= 1, ["is", "be"].contains(tokens[before].word) else { return false }
        return tokens[max(0, before - 5)..<before].contains { answerWords.contains($0.word) }
    }

    /// The places where the reply gives as its answer a quoted word that is no number ("The answer is indeed
    /// \"SINCELONOUS\""): an answer the reader cannot read.
    static func quotedWordAnswers(in reply: ReplyTokens) -> [AnswerReading.Event] {
        reply.tokens.indices.compactMap { index in
            let token = reply.tokens[index]
            guard token.quoted, !AnswerQuestion.isDigits(token.word), isQuotedAnswer(at: index, in: reply) else {
                return nil
            }
            return AnswerReading.Event(
                value: "?",
                index: index,
                rank: .construction,
                marker: AnswerReading.marker(reply, before: index),
                leading: false
            )
        }
    }

    /// Whether a reply that leads with a bare number on a line of its own ("1.5\nDollars\n…"), or with a line of one
    /// sentence ("556 tins remain."), later gives another one as its answer, with no correction between them: two
    /// answers.
    static func contradictsLeading(
        _ events: [AnswerReading.Event],
        chosen: AnswerReading.Event,
        _ reply: ReplyTokens
    )
        -> Bool
    {
        let tokens = reply.tokens
        // Bare ("5969.\nANSWER: 5696"), or the one sentence of its line ("556 tins remain.\n\nANSWER: 566").
        guard let leading = events.first(where: { $0.leading && $0.rank == .word }), leading.index < chosen.index,
            leading.value != chosen.value,
            let lineEnd = tokens[(leading.index + 1)...].firstIndex(where: { $0.lineStart }) ?? Optional(tokens.count),
            !tokens[(leading.index + 1)..<lineEnd].contains(where: { $0.before >= .sentence })
        else { return false }
        // The same digits written another way ("63.135\nANSWER: 63135") are one answer; the label of an answer line
        // ("5969.\nANSWER: 5696") corrects nothing (number rule 33).
        if tokens[leading.index].word.filter(\.isNumber) == chosen.value.filter(\.isNumber) { return false }
        let end = chosen.rank == .slot ? reply.lineStart(of: chosen.index) : chosen.index
        // "1465 remain — no, 2750 − 1385 is 1365.": a "no" that corrects it (number rule 41) is a correction too.
        return !tokens[leading.index..<max(leading.index, end)].contains {
            AnswerReading.decisiveMarkers.contains($0.word)
                || correctingNo.contains($0.word) && [",", ":", ";"].contains($0.after)
        }
    }

    /// A "no" that, followed by a comma or colon, corrects the number before it ("4,527 — no, 6305 − 1788 = 4517").
    static let correctingNo: Set<String> = ["no", "nein", "non", "não"]
}

extension NumberExtractor {
    /// Words that open a sentence about the number before it ("This is wrong", "The result of the calculation
    /// is an error").
    static let laterReferents: Set<String> = [
        "this", "that", "that's", "it", "it's", "result", "answer", "calculation",
    ]

    /// Whether the sentence right after the number's takes it back: it opens by referring to it ("This", "The
    /// result …") and calls it wrong within its first words ("The result of the calculation is an error").
    static func isRetractedLater(_ mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard let next = tokens[(mention.last + 1)...].firstIndex(where: { $0.before >= .sentence }) else {
            return false
        }
        guard tokens[next...].prefix(3).contains(where: { laterReferents.contains($0.word) }) else { return false }
        let window = next..<min(next + 9, tokens.count)
        return window.contains { at in
            tokens[next...at].dropFirst().allSatisfy { $0.before < .sentence }
                && (retractions.contains { reply.has($0, at: at) } || reply.has(["an", "error"], at: at))
        }
    }
}

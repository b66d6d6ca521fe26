/// Rule 36: a yes/no question the reply can answer with its own arithmetic ("Is 1147 a prime number?", "Is 1372
/// divisible by 14?", "Was 2031-05-14 a Wednesday?"), and the claims of a reply that settle it. A careful reader
/// does not take "Yes, it's prime, though it's divisible by 31", "Yes, 1372 ÷ 14 leaves a remainder of 6" or "No,
/// it's a Wednesday" as an answer: the reply says both. The reply's claims are compared with its answer word, never
/// with the truth (a wrong sum is a wrong answer, not an undecided one).
enum ArithmeticQuestion: Hashable, Sendable {
    /// Whether the number is prime.
    case prime(String)
    /// Whether the first number is divisible by the second.
    case divisible(String, by: String)
    /// Whether a date (its numbers as words) fell on the weekday (lower case).
    case weekday(String, date: Set<String>)

    /// The weekdays, lower case.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words that deny the word within two after them ("not divisible", "isn't a Tuesday", "no factor").
    static let denials: Set<String> = [
        "not", "isn't", "wasn't", "never", "no", "without", "nor", "neither", "aren't", "won't", "doesn't",
    ]

    /// Words that make "remainder" mean none ("no remainder", "a remainder of 0").
    static let noRemainder: Set<String> = ["no", "without", "zero", "0", "nothing"]

    /// Words after which a reply revises what it said before ("Actually, I misread", "Let me redo that", "Let me
    /// check: …").
    static let revisions = AnswerReading.explicitCorrections.union(AnswerReading.changes).union([
        "check", "checking", "double-check",
    ])

    /// Copulas that deny a date's weekday ("wasn't a Tuesday").
    static let deniedPlacing: Set<String> = ["isn't", "wasn't"]

    /// Copulas and verbs that place a date on a weekday ("is a Tuesday", "falls on a Tuesday").
    static let placing: Set<String> = ["is", "was", "it's", "falls", "fell", "be", "being", "lands", "landed"]

    /// The question's arithmetic, from the content words of its proposition (in order); nil for any other question.
    init?(proposition: [String]) {
        let numbers = proposition.filter(AnswerQuestion.isDigits)
        if proposition.contains("prime"), numbers.count == 1, let number = numbers.first {
            self = .prime(number)
        } else if proposition.contains("divisible"), numbers.count == 2 {
            self = .divisible(numbers[0], by: numbers[1])
        } else if let day = proposition.last, Self.weekdays.contains(day), !numbers.isEmpty {
            // "Was 2031-05-14 a Wednesday?": a date, and the weekday as the claim's last word ("Can I come on Sunday?"
            // and "Is the shop open on Sunday 14 May?" ask something else).
            self = .weekday(day, date: Set(numbers))
        } else {
            return nil
        }
    }

    /// The answers the reply's own claims give, outside quotes and questions, from its last revision on: none, one, or
    /// both ("1081 ÷ 23 leaves a remainder of 4, so it divides evenly"); `no` to a prime question when it names a factor
    /// ("1537 = 29 × 53"; that a number is prime it never settles), and to the others what its claims of division or
    /// of the weekday say.
    func claimedAnswers(in reply: ReplyTokens) -> Set<String> {
        // What a reply says before it corrects itself ("…fell on a Tuesday... Actually, I misread") is taken back.
        let from =
            reply.tokens.lastIndex { Self.revisions.contains($0.word) }.map { $0 + 1 } ?? 0
        let claims: Set<Bool>
        switch self {
        case .prime(let number):
            claims = Self.claimsFactor(of: number, in: reply, from: from) ? [false] : []
        case .divisible(let number, by: let divisor):
            claims = Self.claimsDivision(of: number, by: divisor, in: reply, from: from)
        case .weekday(let day, let date):
            claims = Self.claimsWeekday(day, of: date, in: reply, from: from)
        }
        return Set(claims.map { $0 ? "yes" : "no" })
    }

    /// Rule 63: the answer a reply without an answer word states by its own arithmetic, read only where it is plain: a
    /// clause that says the division comes out exactly, with a verb of dividing and no negation ("29 × 53 = 1537, so
    /// it divides exactly."; not "It cannot be divided exactly."), in a reply that names no remainder; or on which
    /// weekday the whole date asked about fell ("11 February 2025 fell on a Tuesday."; not "2017-04-04 was a
    /// Tuesday." to a question about 2017-04-03). A factor or a remainder in a small model's working says too little.
    func statedAnswer(in reply: ReplyTokens) -> String? {
        let tokens = reply.tokens
        switch self {
        case .prime:
            return nil
        case .divisible:
            guard !tokens.contains(where: { $0.word == "remainder" }) else { return nil }
            let plain = tokens.indices.contains { index in
                guard ["exactly", "evenly"].contains(tokens[index].word) else { return false }
                let clause = tokens[Self.clauseStart(of: index, in: reply)..<index]
                return clause.contains { Self.dividingVerbs.contains($0.word) }
                    && !clause.contains {
                        Self.denials.contains($0.word) || $0.word.hasSuffix("n't") || $0.word == "cannot"
                    }
            }
            return plain ? "yes" : nil
        case .weekday(_, let date):
            guard date.allSatisfy({ number in tokens.contains { $0.word == number } }) else { return nil }
            let answers = claimedAnswers(in: reply)
            return answers.count == 1 ? answers.first : nil
        }
    }

    /// Verbs that say a division comes out ("divides exactly", "goes into it evenly").
    static let dividingVerbs: Set<String> = ["divides", "divide", "divided", "goes", "go", "fits", "fit"]

    /// The index of the first word of the clause (up to a comma or stronger) that holds `index`.
    static func clauseStart(of index: Int, in reply: ReplyTokens) -> Int {
        var start = index
        while start > 0, reply.tokens[start].before < .comma { start -= 1 }
        return start
    }

    /// Whether the word at `index` is in a question, a supposition ("whether it is composite") or quotes: mentioned
    /// or asked, not said.
    static func isAsked(_ index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        return tokens[index].quoted || tokens[reply.sentenceEnd(of: index)].after == "?"
            || tokens[clauseStart(of: index, in: reply)..<index].contains {
                YesNoExtractor.suppositions.contains($0.word)
            }
    }

    /// Whether one of the `reach` words before `index`, in its clause, denies it ("not divisible", "isn't a
    /// Tuesday", "no factor").
    static func isDenied(_ index: Int, in reply: ReplyTokens, reach: Int = 2) -> Bool {
        let tokens = reply.tokens
        let start = max(clauseStart(of: index, in: reply), index - reach)
        // An answer word with punctuation or a bracket after it ("No (remainder 3)", "No, it's a Thursday") denies
        // nothing.
        return (start..<index).contains { denials.contains(tokens[$0].word) && isAttached($0, in: reply) }
    }

    /// Whether only spaces stand between the word at `index` and the next one: "No remainder", not "No (remainder".
    static func isAttached(_ index: Int, in reply: ReplyTokens) -> Bool {
        index + 1 < reply.tokens.count
            && reply.gap(after: index, before: index + 1).allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// Whether the word at `index` is said plainly: not asked, quoted or denied.
    static func isPlain(_ index: Int, in reply: ReplyTokens) -> Bool {
        !isAsked(index, in: reply) && !isDenied(index, in: reply)
    }

    /// Whether the reply names a factor of `number` other than 1 and itself: "divisible by 31", "a factor of 31",
    /// "composite", "1147 = 31 × 37" (a product in a sentence about the number, or about "it"), from the word `from` on.
    static func claimsFactor(of number: String, in reply: ReplyTokens, from: Int) -> Bool {
        let tokens = reply.tokens
        let trivial: Set<String> = ["1", number]
        for index in tokens.indices.dropFirst(from) where isPlain(index, in: reply) {
            switch tokens[index].word {
            case "composite": return true
            case "divisible", "factor", "divisor":
                // "divisible by 31", "a factor of 31": the next number, within two words.
                let next = tokens[(index + 1)..<min(tokens.count, index + 3)]
                if let factor = next.first(where: { AnswerQuestion.isDigits($0.word) }), !trivial.contains(factor.word),
                    !next.contains(where: { $0.before >= .sentence })
                {
                    return true
                }
            default: continue
            }
        }
        // Most replies hold no product: look for its sign ("×", "*", "·", "x", "times") before reading every number.
        let signs = reply.text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == 0xC3 || $0 == 0xC2 }
        guard signs || tokens.contains(where: { $0.word == "x" || $0.word == "times" }) else { return false }
        let mentions = NumberMention.find(in: reply)
        for position in mentions.indices.dropLast() {
            let left = mentions[position]
            let right = mentions[position + 1]
            guard left.first >= from, let a = left.value, let b = right.value, !trivial.contains(a),
                !trivial.contains(b),
                NumberMention.operatorSymbol(between: left, right, in: reply) == UInt8(ascii: "*"),
                isPlain(left.first, in: reply)
            else { continue }
            // Part of a longer sum ("3 × 7 + 8601") is no factorisation.
            let sums: Set<UInt8> = [UInt8(ascii: "+"), UInt8(ascii: "-")]
            if position + 2 < mentions.count,
                let symbol = NumberMention.operatorSymbol(between: right, mentions[position + 2], in: reply),
                sums.contains(symbol)
            {
                continue
            }
            if position > 0,
                let symbol = NumberMention.operatorSymbol(between: mentions[position - 1], left, in: reply),
                sums.contains(symbol)
            {
                continue
            }
            // "31 × 36 = 1116": a product that equals another number is about that one.
            if position + 2 < mentions.count, mentions[position + 2].value != number,
                reply.gap(after: right.last, before: mentions[position + 2].first).contains(UInt8(ascii: "="))
            {
                continue
            }
            let start = reply.sentenceStart(of: left.first)
            let sentence = tokens[start...reply.sentenceEnd(of: right.last)]
            if sentence.contains(where: { $0.word == number })
                || ["it", "it's", "this", "that"].contains(tokens[start].word)
            {
                return true
            }
        }
        return false
    }

    /// What the reply says of whether `number` divides by `divisor`: that it does (true: "evenly", "exactly", "no
    /// remainder"), that it leaves a remainder (false: "leaves a remainder of 6"), neither or both, from the word `from`
    /// on.
    static func claimsDivision(of number: String, by divisor: String, in reply: ReplyTokens, from: Int) -> Set<Bool> {
        let tokens = reply.tokens
        var claims: Set<Bool> = []
        for index in tokens.indices.dropFirst(from) where !tokens[index].quoted {
            switch tokens[index].word {
            case "remainder":
                // "leaves a remainder of 6" against "no remainder", "a remainder of 0", "doesn't leave a remainder".
                guard !isAsked(index, in: reply) else { continue }
                // "no remainder", "without a remainder", "zero remainder": the word right before, or before "a".
                var before = index - 1
                if before > 0, ["a", "any"].contains(tokens[before].word), isAttached(before - 1, in: reply) {
                    before -= 1
                }
                // "a non-zero remainder" is one.
                let nonZero = before > 0 && tokens[before - 1].word == "non"
                let none =
                    before >= 0 && isAttached(before, in: reply) && noRemainder.contains(tokens[before].word)
                    && !nonZero
                // "remainder of 0", "remainder: 0", "| Remainder | 0 |": within two words, on its line.
                let after = tokens[(index + 1)..<min(tokens.count, index + 3)].prefix { $0.before < .sentence }
                claims.insert(
                    none || after.contains { ["0", "zero"].contains($0.word) } || isDenied(index, in: reply, reach: 4)
                )
            case "evenly", "exactly":
                // "divides evenly", "= 98 exactly", "goes into it exactly": said of the division, not denied.
                guard isPlain(index, in: reply) else { continue }
                let start = reply.sentenceStart(of: index)
                let sentence = tokens[start..<index]
                guard
                    sentence.contains(where: {
                        ["divides", "divide", "divided", "goes", "go", "fits"].contains($0.word)
                    })
                        || sentence.contains(where: {
                            AnswerQuestion.isDigits($0.word) && $0.word != number && $0.word != divisor
                        })
                else { continue }
                claims.insert(true)
            default: continue
            }
        }
        return claims
    }

    /// Where the reply places the date (its numbers `date`): on `day` (true: "it's a Wednesday", or false: "was not a
    /// Wednesday"), on another weekday (false: "falls on a Tuesday"), neither or both, from the word `from` on.
    static func claimsWeekday(_ day: String, of date: Set<String>, in reply: ReplyTokens, from: Int) -> Set<Bool> {
        var claims: Set<Bool> = []
        for placement in weekdayPlacements(of: date, in: reply, from: from) where !placement.otherDate {
            let onDay = reply.tokens[placement.index].word == day
            // "was not a Wednesday" says only that it was not that day.
            if placement.negated {
                if onDay { claims.insert(false) }
            } else {
                claims.insert(onDay)
            }
        }
        return claims
    }

    /// The weekdays the reply places a date on ("is a Tuesday", "falls on a Tuesday", "it's Tuesday", "was not a
    /// Tuesday"), outside quotes and questions, from the word `from` on: each weekday's index, whether the placing is
    /// negated, and whether its sentence names, before it, a number that is not one of `date`'s (another date: "1
    /// January 2026 is a Thursday; …" places that one).
    static func weekdayPlacements(
        of date: Set<String>,
        in reply: ReplyTokens,
        from: Int
    ) -> [(index: Int, negated: Bool, otherDate: Bool)] {
        let tokens = reply.tokens
        var placements: [(index: Int, negated: Bool, otherDate: Bool)] = []
        for index in tokens.indices.dropFirst(max(1, from)) where weekdays.contains(tokens[index].word) {
            var verb = index - 1
            while verb > index - 3, verb > 0, ["a", "on"].contains(tokens[verb].word) { verb -= 1 }
            // "was not a Tuesday" (the verb before "not"), "wasn't a Tuesday" (the negation is the verb).
            let negatedBefore = verb > 0 && ["not", "never"].contains(tokens[verb].word)
            if negatedBefore { verb -= 1 }
            let negated = negatedBefore || deniedPlacing.contains(tokens[verb].word)
            // The negation is read here, so only a question or quotation makes the weekday unsaid.
            guard placing.contains(tokens[verb].word) || deniedPlacing.contains(tokens[verb].word),
                negated ? !isAsked(index, in: reply) : isPlain(index, in: reply),
                !tokens[(verb + 1)...index].contains(where: { $0.before >= .comma })
            else { continue }
            let start = reply.sentenceStart(of: index)
            let otherDate = tokens[start..<index].contains {
                AnswerQuestion.isDigits($0.word) && !date.contains($0.word)
            }
            placements.append((index, negated, otherDate))
        }
        return placements
    }

    /// Rule 94: whether the sentence of the word at `index` says the number divides by others than the question's
    /// divisor ("Yes, 6923 is divisible by 17." or "… by both 2 and 4" to "Is 6923 divisible by 29?"): its answer
    /// word answers that other question.
    func affirmsOtherDivisor(inSentenceOf index: Int, in reply: ReplyTokens) -> Bool {
        guard case .divisible(_, by: let divisor) = self else { return false }
        let tokens = reply.tokens
        let start = reply.sentenceStart(of: index)
        let end = reply.sentenceEnd(of: index)
        // "divisible by" with a word after it in the sentence ("… is divisible by." names no divisor).
        guard let by = (start..<end).first(where: { tokens[$0].word == "divisible" && tokens[$0 + 1].word == "by" }),
            by + 2 <= end, !Self.isDenied(by, in: reply, reach: 3)
        else { return false }
        let divisors = tokens[(by + 2)...end].prefix(4).map(\.word).filter(AnswerQuestion.isDigits)
        return !divisors.isEmpty && !divisors.contains(divisor)
    }

    /// Rule 67: whether the reply places dates on weekdays and each one is another date than the one asked about,
    /// written as the question writes its date, year-month-day ("No, 2055-11-30 is a Wednesday." to "Was 2055-11-19 a
    /// Tuesday?"): its answer word answers about that other date. A date in words ("1 January 2026 is a Thursday") is
    /// an anchor of the reply's working, not another question.
    func placesOnlyAnotherDate(in reply: ReplyTokens) -> Bool {
        guard case .weekday(_, let date) = self else { return false }
        let placements = Self.weekdayPlacements(of: date, in: reply, from: 0)
        return !placements.isEmpty
            && placements.allSatisfy { placement in
                Self.numericDate(before: placement.index, in: reply).map { !Set($0).isSubset(of: date) } ?? false
            }
    }

    /// The numbers of the last date in digits joined by hyphens ("2055-11-30") before the word at `index` in its
    /// sentence, nil when there is none.
    static func numericDate(before index: Int, in reply: ReplyTokens) -> [String]? {
        let tokens = reply.tokens
        let bytes = reply.text.utf8
        func joined(_ at: Int) -> Bool {
            AnswerQuestion.isDigits(tokens[at].word) && AnswerQuestion.isDigits(tokens[at + 1].word)
                && tokens[at].end + 1 == tokens[at + 1].start
                && bytes[bytes.index(bytes.startIndex, offsetBy: tokens[at].end)] == UInt8(ascii: "-")
        }
        let start = reply.sentenceStart(of: index)
        guard index - start >= 3 else { return nil }
        return (start..<(index - 2)).reversed().first { first in
            tokens[first].word.utf8.count == 4 && joined(first) && joined(first + 1)
        }.map { first in (first...(first + 2)).map { tokens[$0].word } }
    }
}

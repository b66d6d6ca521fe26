/// Letters a careful reader does not take as the reply's own answer (session 11, from the small model's replies):
/// an answer the reply reports as someone else's, a letter used as a variable of a formula, a letter quoting a
/// number that is no option's, two letters given at once, and an option's text the reply calls wrong.
extension LetterExtractor {
    /// Verbs that report what someone else says ("A colleague said the answer is (B)").
    static let reporting: Set<String> = [
        "says", "said", "claims", "claimed", "suggests", "suggested", "thinks", "believes", "believed", "states",
        "stated", "insists", "insisted", "reckons", "according", "expects", "expected", "mentioned", "mentions",
    ]
    /// Verbs of opinion that report another's answer after "you", "they", "he" or "she" ("You think it's (A)").
    static let opinionVerbs: Set<String> = [
        "think", "thought", "guess", "guessed", "reckon", "feel", "felt", "believe",
    ]
    /// Subjects that make a reporting verb the reply's own ("I said the answer is B").
    static let ownSubjects: Set<String> = ["i", "we", "i'd", "i'll", "i'm", "we'd", "we'll", "i've"]

    /// Whether the letter at `index` is an answer the reply reports as another's: a reporting verb before it in
    /// its sentence whose subject is not the reply's own ("A colleague said the answer is (B)", "The grader
    /// metadata says the expected answer is A"), with no pick of the reply's own between them ("My colleague
    /// says B, but I'd pick C").
    static func isReported(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let sentence = reply.sentenceStart(of: index)
        guard
            let verb = (sentence..<index).last(where: { at in
                reporting.contains(tokens[at].word)
                    || at > sentence && opinionVerbs.contains(tokens[at].word)
                        && ["you", "they", "he", "she"].contains(tokens[at - 1].word)
            })
        else {
            return false
        }
        if verb > 0, ownSubjects.contains(tokens[verb - 1].word) { return false }
        // "The policy says report at once, so B.": a conclusion that opens a clause of its own draws the reply's own.
        return !tokens[(verb + 1)..<index].contains {
            ownSubjects.contains($0.word) || $0.before >= .comma && ownConclusions.contains($0.word)
        }
    }

    /// Words that, opening a clause after a reported statement, draw the reply's own conclusion from it.
    static let ownConclusions: Set<String> = [
        "so", "therefore", "thus", "hence", "donc", "entonces", "quindi", "portanto", "also", "daher",
    ]

    /// Whether the letter at `index` is a temperature's unit ("100 °C", "451°F"): a degree sign (° or º, C2 B0 or C2 BA
    /// in UTF-8) right before it, spaces aside.
    static func isDegree(at index: Int, in reply: ReplyTokens) -> Bool {
        let bytes = reply.text.utf8
        var position = bytes.index(bytes.startIndex, offsetBy: reply.tokens[index].start)
        while position > bytes.startIndex, bytes[bytes.index(before: position)] == UInt8(ascii: " ") {
            position = bytes.index(before: position)
        }
        guard bytes.distance(from: bytes.startIndex, to: position) >= 2 else { return false }
        let last = bytes[bytes.index(before: position)]
        return bytes[bytes.index(position, offsetBy: -2)] == 0xC2 && (last == 0xB0 || last == 0xBA)
    }

    /// Names a reply's code gives its pick ("pick = 'D'", "selected = \"B\""): the letter set to one is the pick.
    static let assignedPicks: Set<String> = ["pick", "picked", "chosen", "selected", "letter", "guess"]

    /// Operators that make a letter next to them a variable ("1 + C = 4", "A = 3007", "(B)/(x^2 + y)").
    static let operators: Set<UInt8> = Set("=+/^".utf8)

    /// Whether the letter at `index` stands in a formula: an operator right before or after it (brackets and
    /// spaces aside), or a minus between it and another single letter ("D - C + E"); not a letter set equal to its
    /// own option's text ("A = 3036").
    func isVariable(at index: Int, in reply: ReplyTokens) -> Bool {
        // "answer=C" (rule 77), "pick = 'D'" (a code comment's pick, rule 88): an answer's value, not a variable.
        if index > 0,
            AnswerSlots.lineWords.contains(reply.tokens[index - 1].word)
                || Self.assignedPicks.contains(reply.tokens[index - 1].word)
        {
            return false
        }
        // Only the bytes around the letter are looked at: this runs for every capital letter of every reply.
        let token = reply.tokens[index]
        let low = max(0, token.start - 24)
        let bytes = Array(reply.text.utf8.dropFirst(low).prefix(token.end + 24 - low))
        let skipped: Set<UInt8> = Set(" ()[]".utf8)
        var before = token.start - low - 1
        while before >= 0, skipped.contains(bytes[before]) { before -= 1 }
        var after = token.end - low
        while after < bytes.count, skipped.contains(bytes[after]) { after += 1 }
        // "×" is C3 97 in UTF-8.
        func isOperator(_ position: Int) -> Bool {
            guard position >= 0, position < bytes.count else { return false }
            if Self.operators.contains(bytes[position]) { return true }
            return (bytes[position] == 0xC3 && position + 1 < bytes.count && bytes[position + 1] == 0x97)
                || (bytes[position] == 0x97 && position > 0 && bytes[position - 1] == 0xC3)
        }
        // "A = 3036" where A is 3036: the letter set equal to its own option's text names it, as "A) 3036" does.
        if isOperator(after), bytes[after] == UInt8(ascii: "="), index + 1 < reply.tokens.count {
            let value = reply.tokens[index + 1].word
            if options.contains(where: { $0.words == [value] }) { return false }
        }
        if isOperator(before) || isOperator(after) { return true }
        // "D - C": a minus between two single letters.
        let minus = UInt8(ascii: "-")
        if after < bytes.count, bytes[after] == minus, index + 1 < reply.tokens.count,
            reply.tokens[index + 1].word.count == 1, reply.tokens[index + 1].capitalised
        {
            return true
        }
        if before >= 0, bytes[before] == minus, index > 0, reply.tokens[index - 1].word.count == 1,
            reply.tokens[index - 1].capitalised
        {
            return true
        }
        return false
    }

    /// Whether the letter at `index` quotes a number that is no option's value ("the answer is D) 3055" where D is
    /// 3054, "A: 1"): the letter and its text disagree, and no option has that text.
    func quotesOtherNumber(at index: Int, in reply: ReplyTokens) -> Bool {
        guard !numeric.isEmpty, index + 1 < reply.tokens.count else { return false }
        let next = reply.tokens[index + 1]
        guard AnswerQuestion.isDigits(next.word), !next.lineStart, !reply.isGlued(index + 1) else { return false }
        // "Going with A: 17 × 9 = 153.": an operand of the working that follows quotes nothing.
        let rest = reply.text.utf8.dropFirst(next.end).prefix { $0 != UInt8(ascii: "\n") }
        if let sign = rest.first(where: { $0 != UInt8(ascii: " ") }), Self.workingSigns.contains(sign) { return false }
        // "C (9.728 GB)" in a German reply: a full stop may group thousands.
        let values = [NumberExtractor.normalise(next.word), next.word.filter { $0 != "." }]
        // "So, the answer is (C) 6" where C is 692: a reply cut off inside the letter's own text still names it.
        if next.endOfReply, let own = numeric.first(where: { $0.letter == reply.tokens[index].word.uppercased() }),
            own.value.hasPrefix(next.word)
        {
            return false
        }
        return !numeric.contains { values.contains($0.value) }
    }

    /// The first bytes of the operators that make a number an operand ("17 × 9", "3 * 4", "12 - 5").
    static let workingSigns: Set<UInt8> = Set("=+-*/x".utf8).union([0xC3, 0xE2])

    /// Whether the letter at `index` is given together with another single capital letter, in brackets or quotes
    /// right after it ("A (C)", "(B) \"A\"", "A (B) is incorrect"): two letters in one place are no answer, unless
    /// that letter is an option's text.
    func isDoubled(at index: Int, in reply: ReplyTokens) -> Bool {
        guard index + 1 < reply.tokens.count else { return false }
        let next = reply.tokens[index + 1]
        // "C (C)": the same letter twice is one answer.
        guard next.word.count == 1, next.word != reply.tokens[index].word, next.capitalised, next.before < .sentence,
            !next.commaBefore,
            next.standsAlone || next.quoted
        else { return false }
        // "(C) K" where an option's text is "K" (potassium), "(D) O(log n)": the letter quotes an option's text.
        if options.contains(where: { reply.has($0.words, at: index + 1) }) { return false }
        return reply.gap(after: index, before: index + 1).allSatisfy { " ()[]\"'*".utf8.contains($0) }
    }

    /// Words of a sentence that call an option's text wrong ("The statement \"…\" … makes it incorrect", "A common
    /// mix-up is oxygen").
    static let wrongWords: Set<String> = [
        "incorrect", "wrong", "false", "untrue", "mistake", "mistaken", "misconception", "mix", "myth", "error",
    ]

    /// Whether the sentence around the option text at `index` calls it wrong.
    static func isCalledWrong(at index: Int, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var end = index + 1
        while end < tokens.count, tokens[end].before < .sentence { end += 1 }
        return tokens[reply.sentenceStart(of: index)..<end].contains { wrongWords.contains($0.word) }
    }

    /// Whether, where every option is a number, the reply names the number of an option other than `letter` on its
    /// own (not next to a letter, not in working, not rejected or called wrong), and never the number of `letter`:
    /// "The correct answer is (C). The war ended in 1945." where 1945 is A says the other option.
    func namesOtherOption(than letter: String, in reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        guard !numeric.isEmpty else { return false }
        // Numbers of working ("(256 - 37) * 10 = 48") state no option.
        let working = Set(NumberMention.find(in: reply).filter { $0.operand || $0.result }.map(\.first))
        func lettered(_ index: Int, _ count: Int) -> Bool {
            let after = index + count
            return (index > 0 && isLetter(tokens[index - 1].word))
                || (after < tokens.count && isLetter(tokens[after].word) && tokens[after].before < .sentence)
        }
        func names(_ words: [String], plainly: Bool) -> Bool {
            let places = tokens.indices.filter { reply.has(words, at: $0) }
            guard plainly else { return !places.isEmpty }
            // A text the reply also quotes next to a letter ("(A) 171 … 171") is checked with that letter instead.
            guard !places.contains(where: { lettered($0, words.count) }) else { return false }
            return places.contains { index in
                (index == 0 || !Self.rejectingBefore.contains(tokens[index - 1].word)) && !working.contains(index)
                    && !Self.isCalledWrong(at: index, in: reply)
            }
        }
        let others = options.filter { $0.letter != letter }
        guard others.contains(where: { names($0.words, plainly: true) }) else { return false }
        return !options.contains { $0.letter == letter && names($0.words, plainly: false) }
    }
}

/// Finds the chosen letter of a multiple-choice reply the way a careful reader would: an answer
/// slot (`<answer>B</answer>`, `Final answer: (C)`) beats the prose; a letter counts where it
/// answers (leading the reply, standing as its own sentence, or in a construction such as "the
/// answer is D", "I'd pick B", "I'll go with A", "Choice c", "Likely D"), never as the article "A" or
/// inside an elimination ("(A) is wrong"); a later correction beats an earlier letter; a letter that
/// contradicts the option text it quotes is no answer; and option text alone counts when exactly
/// one option's text is in the reply. When in doubt it abstains (`evasive` or `unparsed`).
public struct LetterExtractor: Sendable {
    /// How far to look: `strict` takes only a slot or the reply's leading letter.
    public var mode: ExtractionMode
    /// The allowed letters, upper case.
    public var letters: Set<Character>
    /// Each letter's option text as words, when the question's options are known.
    var options: [(letter: String, words: [String])]
    /// Each option's value when every option is a number, computed once.
    let numeric: [(letter: String, value: String)]

    /// Creates an extractor for `letters` (upper case) and, when known, the text of each option by
    /// its letter (a reply's letter must agree with the option text it quotes).
    public init(mode: ExtractionMode, letters: [String], options: [String: String] = [:]) {
        self.mode = mode
        self.letters = Set(letters.compactMap { $0.uppercased().first })
        self.options = options.sorted { $0.key < $1.key }.compactMap { letter, text in
            let words = Self.words(ofOption: text)
            return words.isEmpty ? nil : (letter.uppercased(), words)
        }
        numeric = Self.numericOptions(self.options)
    }

    /// Extracts the letter from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        AnswerReading.read(
            AnswerReading.labellingFAQAnswers(AnswerReading.decodingQuotes(text)),
            checkingReasoning: true,
            with: read
        )
    }

    private func read(_ reply: ReplyTokens) -> ExtractedAnswer {
        let hedges = NonAnswers.find(in: reply)
        let slots = Set(AnswerSlots.lineAnswers(in: reply))
        // "| C | Pancreas | ✓ |": the one row a table ticks, when no slot answers.
        if slots.isEmpty, let ticked = tickedOption(in: reply) { return ticked }
        let listed = listedLetters(reply)
        var events: [AnswerReading.Event] = []
        var contradicted: Int? = nil
        var quotedLetters: Set<String> = []
        for index in reply.tokens.indices where !listed.contains(index) {
            // A letter inside a listed option's line ("A) 185 * 2 = 390 (option D)") annotates that option.
            if !listed.isEmpty, listed.contains(reply.lineStart(of: index)) { continue }
            guard var event = event(in: reply, at: index) else { continue }
            if slots.contains(index) || slots.contains(index - 1) { event.rank = .slot }
            // "A (C)", "(B) \"A\"": two letters in one place give none.
            if isDoubled(at: index, in: reply) { return .unparsed }
            // "The answer is D) 3055" where D is 3054 and no option is 3055: the letter and its text disagree.
            // Only an answer construction after it still answers ("(B) 8961\nThe answer is (D).").
            if quotesOtherNumber(at: index, in: reply) {
                contradicted = index
                quotedLetters.insert("")
                continue
            }
            // A letter quoted with another option's text ("B) 692" where 692 is C), or with words of other options and
            // none of its own ("D) Boris Turgenev" where D is Nikolai Gogol, rule 84), is no answer.
            if let quoted = quotedOption(event, reply) ?? partlyQuotedOption(event, reply), quoted != event.value {
                contradicted = index
                quotedLetters.insert(quoted)
                continue
            }
            events.append(event)
        }
        // Rule 42: "B if you count the islands, otherwise C": two picks under conditions the person did not settle.
        let alternative = { (token: ReplyTokens.Token) in
            token.capitalised && isLetter(token.word) ? token.word.uppercased() : nil
        }
        if AnswerReading.answersUnderConditions(events, in: reply, alternative: alternative) { return .unparsed }
        AnswerReading.dropConditioned(&events, in: reply)
        // "I'm no longer confident that it's (A)": a letter that an admission of not knowing doubts, within four words
        // of it in its clause and with no turn between ("Not sure, but I think it's B" picks B), is no pick.
        events.removeAll { event in
            event.rank != .slot
                && hedges.contains { hedge in
                    let end = hedge.index + hedge.length
                    return hedge.kind == .knowledge && end <= event.index && event.index - end <= 4
                        && !reply.tokens[end...event.index].contains {
                            $0.before >= .clause || AnswerReading.turns.contains($0.word)
                        }
                }
        }
        // Rule 23: "The second option.", "It's the third option: 88 keys.": an option named by its place.
        let ordinals = ordinalEvents(in: reply)
        if !ordinals.isEmpty { events = (events + ordinals).sorted { $0.index < $1.index } }
        // "B\n\nANSWER: D", "(B) ANSWER: A": a bare leading letter, a sentence of its own, and a slot that says otherwise,
        // with no correction between them and no prose that agrees with the slot, are two answers ("B\n\nFinal answer:
        // (C)" concludes; "(B) looks right at first.\nANSWER: C" turns after the letter).
        if let slot = events.last(where: { $0.rank == .slot }),
            let leading = events.first(where: {
                $0.leading && $0.rank == .word && $0.value != slot.value && reply.tokens[$0.index].standsAlone
                    && ($0.index + 1 == slot.index - 1 || reply.tokens[$0.index + 1].before >= .sentence)
            }),
            !events.contains(where: { $0.rank != .slot && $0.value == slot.value && $0.index > leading.index }),
            !AnswerReading.isCorrected(between: leading.index, and: slot.index, in: reply)
        {
            return .unparsed
        }
        // After a contradicted letter only an explicit statement counts ("B) 692\nThe answer is (C).").
        if contradicted != nil, !events.contains(where: { $0.rank >= .construction || $0.marker != nil }) {
            return .unparsed
        }
        // Options that are numbers are read as the number reader reads the reply: "1530\nThe answer is (D)"
        // with 1530 = C says two things, and "3890 / 24 = 1760" does not give 3890 as its answer.
        // A number right after a letter ("C) 7061") quotes that letter's option and is checked with it instead.
        var stated: String? = nil
        var mentions: [NumberMention] = []
        if !numeric.isEmpty, reply.tokens.contains(where: { AnswerQuestion.isDigits($0.word) }) {
            mentions = NumberMention.find(in: reply)
            // Most replies name a letter and no number of their own: they need no number reading.
            // Only a number of its own that is some option's text can map to a letter or contradict one.
            let own = mentions.filter { mention in
                !(mention.first > 0 && isLetter(reply.tokens[mention.first - 1].word))
                    && numeric.contains { $0.value == mention.value }
            }
            if !own.isEmpty {
                stated = NumberExtractor(mode: .lenient).read(reply, question: nil).value
                if mentions.contains(where: {
                    $0.value == stated && $0.first > 0 && isLetter(reply.tokens[$0.first - 1].word)
                }) {
                    stated = nil
                }
            }
        }
        let bold = boldListedOption(in: reply.text)
        if events.isEmpty, contradicted == nil {
            if let stated {
                if let letter = numeric.first(where: { $0.value == stated })?.letter {
                    events.append(
                        AnswerReading.Event(value: letter, index: 0, rank: .word, marker: nil, leading: false)
                    )
                }
            } else if let quoted = optionTextEvent(reply),
                !mentions.contains(where: { $0.first == quoted.index && ($0.operand || $0.result) })
            {
                events.append(quoted)
            } else if hedges.isEmpty, let paraphrase = paraphrasedOption(reply) {
                events.append(paraphrase)
            } else if hedges.isEmpty, let bold {
                events.append(AnswerReading.Event(value: bold, index: 0, rank: .word, marker: nil, leading: false))
            }
        }
        let (answer, event) = AnswerReading.resolve(events, hedges: hedges, reply: reply, mode: mode)
        if AnswerReading.isTakenBack(event, among: events, in: reply) { return .unparsed }
        if let value = answer.value, let stated, let own = numeric.first(where: { $0.letter == value }),
            own.value != stated, numeric.contains(where: { $0.value == stated })
        {
            return .unparsed
        }
        // Rule 22: "A and B\nThe answer is B.", "A B C D": letters run together are listed, not picked; "B) 629 is a
        // composite number." where B says it is prime: the reply says the other option; "D\n… Therefore, D is
        // incorrect.": the reply calls its own pick wrong.
        if let value = answer.value,
            runsLettersTogether(in: reply, listed: listed, settledBy: events, value: value)
                || restatesOtherOption(than: value, in: reply, listed: listed)
                || callsWrong(value, in: reply)
        {
            return .unparsed
        }
        // "D\nThis is correct, and A) 6816 is …": several options named, and no explicit pick among them.
        // A list that sets one option in bold picks it (rule 115).
        if let event, answer.value != nil, answer.value != bold, isUnpicked(event, in: reply) { return .unparsed }
        // A reply that contradicts itself after its answer ("…the answer is (A)… So, C) 513") gives none.
        if let contradicted, let event, contradicted > event.index { return .unparsed }
        // "(B) 1062 … The correct answer is (C)" with 1062 = D: the text and the statement disagree too.
        // "(B) 8961\nThe answer is (D)." where no option is 8961: the closing construction answers.
        if let value = answer.value, !quotedLetters.isEmpty {
            let quoted = quotedLetters.subtracting([""])
            let closing = (event?.rank ?? .word) >= .construction
            if !(quoted.isEmpty ? closing : quoted == [value] && (closing || !quotedLetters.contains(""))) {
                return .unparsed
            }
        }
        // "B is correct. The statement \"221 is not a prime number\" …" where that is A: a statement-long option
        // text of another letter, without the chosen one's, says the other option.
        if let value = answer.value,
            statesOtherOption(than: value, in: reply) || namesOtherOption(than: value, in: reply)
        {
            return .unparsed
        }
        return answer
    }

    /// Whether the reply states the text of an option other than `letter` (a text of three words or more, not
    /// rejected: "It's not true that …") and not the text of `letter` itself.
    private func statesOtherOption(than letter: String, in reply: ReplyTokens) -> Bool {
        func states(_ words: [String]) -> Bool {
            reply.tokens.indices.contains { index in
                reply.has(words, at: index)
                    && (index == 0 || !Self.rejectingBefore.contains(reply.tokens[index - 1].word))
            }
        }
        let others = options.filter { $0.letter != letter && $0.words.count >= 3 }
        guard !others.isEmpty, others.contains(where: { states($0.words) }) else { return false }
        return !options.contains { $0.letter == letter && states($0.words) }
    }

    /// Each option's value when every option is a number ("(A) 4000"), else empty.
    static func numericOptions(_ options: [(letter: String, words: [String])]) -> [(letter: String, value: String)] {
        let values = options.map { option in
            option.words.count == 1 && AnswerQuestion.isDigits(option.words[0]) ? option.words[0] : nil
        }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return [] }
        return zip(options, values).map { option, value in
            (option.letter, value!.contains(".") ? NumberExtractor.normalise(value!) : value!)
        }
    }

    /// The letters that open lines of a list of options ("A) 423\nB) 431"): a reply that lists
    /// the options does not answer by doing so.
    private func listedLetters(_ reply: ReplyTokens) -> Set<Int> {
        let starts = reply.tokens.indices.filter { index in
            let token = reply.tokens[index]
            return token.lineStart && token.word.count == 1 && token.after != nil && index + 1 < reply.tokens.count
                && !reply.tokens[index + 1].lineStart && isLetter(token.word)
        }
        return starts.count >= 2 ? Set(starts) : []
    }

    /// Rule 115: the letter of the one option set in bold in a list of the options ("- (B) 826\n- **(C) 816**\n- (D)
    /// 916"): the list marks its pick. Nil unless two or more lines open with an option's letter and exactly one of them
    /// is bold from its letter to its end.
    func boldListedOption(in text: String) -> String? {
        // Looked for as bytes first: most replies hold no bold.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var lettered = 0
        var bold: [String] = []
        for line in text.split(separator: "\n") {
            var body = line.drop { " -•".contains($0) }
            while body.last == " " { body = body.dropLast() }
            guard let letter = openingLetter(of: body) else { continue }
            lettered += 1
            if body.hasPrefix("**"), body.hasSuffix("**"), body.count > 4 { bold.append(letter) }
        }
        return lettered >= 2 && bold.count == 1 ? bold.first : nil
    }

    /// Whether `word` is one of the allowed letters. Upper-casing can lengthen a character ("ß" is
    /// "SS", "ﬁ" is "FI"), and such a word is no letter.
    func isLetter(_ word: String) -> Bool {
        let upper = word.uppercased()
        return word.count == 1 && upper.count == 1 && letters.contains(Character(upper))
    }

    /// Words before an option's text that reject it.
    static let rejectingBefore: Set<String> = [
        "not", "isn't", "nor", "than", "neither", "except", "unlike", "don't", "never", "avoid",
    ]

    /// The option whose text the reply gives, when it names no letter and exactly one option's text
    /// is in it.
    private func optionTextEvent(_ reply: ReplyTokens) -> AnswerReading.Event? {
        var found: (letter: String, index: Int)? = nil
        for option in options {
            // "It's 1792, not 1778": a rejected option's text is not its answer.
            // A text right after a letter ("(A) 423") was read with its letter, or rejected with it.
            guard
                let index = reply.tokens.indices.first(where: {
                    reply.has(option.words, at: $0)
                        && ($0 == 0
                            || !(Self.rejectingBefore.contains(reply.tokens[$0 - 1].word)
                                || isLetter(reply.tokens[$0 - 1].word)
                                || Self.isOptionMark(reply.tokens[$0 - 1])))
                        && !Self.isCalledWrong(at: $0, in: reply)
                })
            else { continue }
            if found != nil { return nil }
            found = (option.letter, index)
        }
        guard let found else { return nil }
        return AnswerReading.Event(value: found.letter, index: found.index, rank: .word, marker: nil, leading: false)
    }

    /// Whether `token` is a capital letter written as an option's mark ("(C)", "C)"), allowed or not: an option text
    /// after a letter that is no option ("(C) Export the records" to options A and B) is quoted with it, not given
    /// alone (rule 84).
    static func isOptionMark(_ token: ReplyTokens.Token) -> Bool {
        token.capitalised && token.word.utf8.count == 1 && (token.after == ")" || token.after == "]")
    }

    /// Rule 84: the letter of another option whose words the text right after a letter quotes, when none of its own
    /// option's do ("D) Boris Turgenev" where B is Boris Pasternak, C Ivan Turgenev and D Nikolai Gogol): the text
    /// up to the end of the letter's sentence, at most six words, compared by its content words.
    private func partlyQuotedOption(_ event: AnswerReading.Event, _ reply: ReplyTokens) -> String? {
        guard options.count >= 2, let own = options.first(where: { $0.letter == event.value }) else { return nil }
        let tokens = reply.tokens
        let after = tokens[(event.index + 1)...].prefix { $0.before < .sentence }.prefix(6)
        guard !after.isEmpty, tokens[event.index].after == ")" || tokens[event.index].after == ":" else { return nil }
        let quoted = Set(after.map(\.word).filter(Self.isContentWord))
        guard !quoted.isEmpty, quoted.isDisjoint(with: own.words) else { return nil }
        return options.first { $0.letter != event.value && !quoted.isDisjoint(with: $0.words) }?.letter
    }

    /// Rule 85: the option a short reply that names no letter and quotes no option's text paraphrases ("Take the wallet
    /// to the reception desk." for "(B) Hand it in at reception"): a reply of one sentence and at most 25 words that
    /// shares content words of four letters or more with exactly one option, at least a third of that option's, and
    /// none with any other. A careful reader maps such a reply to its option; two options in play leave it open, and
    /// so does a letter, a negation or a word calling something wrong.
    private func paraphrasedOption(_ reply: ReplyTokens) -> AnswerReading.Event? {
        let tokens = reply.tokens
        guard options.count >= 2, !tokens.isEmpty, tokens.count <= 25, AnswerReading.isSingleSentence(reply) else {
            return nil
        }
        let said = Set(tokens.map(\.word).filter { $0.utf8.count >= 4 && Self.isContentWord($0) })
        var found: (letter: String, index: Int)? = nil
        for option in options {
            let own = Set(option.words.filter { $0.utf8.count >= 4 && Self.isContentWord($0) })
            let shared = own.intersection(said)
            guard !shared.isEmpty else { continue }
            guard found == nil, shared.count * 3 >= own.count,
                let index = tokens.firstIndex(where: { shared.contains($0.word) })
            else { return nil }
            found = (option.letter, index)
        }
        // A letter or option mark ("Either A or C, I think — …", "A valve is …"), a negation ("… isn't locking it")
        // or a word calling something wrong ("Option 3 is wrong; the Severn is longer.") leaves the reply open.
        guard let found,
            !tokens.contains(where: {
                $0.capitalised && (isLetter($0.word) || Self.isOptionMark($0))
                    || AnswerQuestion.negations.contains($0.word) || $0.word.hasSuffix("n't")
                    || Self.wrongWords.contains($0.word)
            })
        else { return nil }
        return AnswerReading.Event(value: found.letter, index: found.index, rank: .word, marker: nil, leading: false)
    }

    /// Whether `word` says something of an option's content: not a function word, three letters or more.
    static func isContentWord(_ word: String) -> Bool {
        word.utf8.count >= 3 && !AnswerQuestion.functionWords.contains(word)
    }

    /// The letter of the option text quoted next to a letter ("B) 431"), if any: the closest text
    /// right after the letter, or else right before it ("431 (B)").
    private func quotedOption(_ event: AnswerReading.Event, _ reply: ReplyTokens) -> String? {
        guard !options.isEmpty else { return nil }
        let tokens = reply.tokens
        var position = event.index + 1
        while position < tokens.count, position <= event.index + 4 {
            // "D. 1104": the option text may follow the letter's own full stop, not a line break.
            if tokens[position].before >= .sentence, position > event.index + 1 || tokens[position].lineStart { break }
            if let option = options.first(where: { reply.has($0.words, at: position) }) { return option.letter }
            position += 1
        }
        for back in 1...4 where event.index - back >= 0 {
            let stop = event.index - back + 1
            if stop < tokens.count, tokens[stop].before >= .sentence { break }
            if let option = options.first(where: {
                event.index - back - $0.words.count + 1 >= 0
                    && reply.has($0.words, at: event.index - back - $0.words.count + 1)
            }) {
                return option.letter
            }
        }
        return nil
    }
}

/// Finds a yes/no answer in a model reply the way a careful reader would: an answer slot
/// (`ANSWER: yes`, `<answer>no</answer>`, `{"answer": "no"}`) beats the prose; a later correction
/// or conclusion ("No, sorry, I mean yes"; "…so, no.") beats an earlier word; hedges and non-answers
/// ("No way to tell", "Non lo so", "Yes and no") are recognised before the answer word they start
/// with; and an answer word counts only where it answers (opening the reply or a sentence, standing
/// alone, or in a construction such as "the answer is no" or "I'd say yes"), never inside prose
/// ("but no injuries were caused"). When in doubt it abstains: `evasive` for a hedge or refusal,
/// `unparsed` otherwise. English, Spanish, French, German, Portuguese and Italian.
public struct YesNoExtractor: Sendable {
    /// How far to look: `strict` takes only a slot or the reply's leading answer.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    /// Extracts the answer from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        extract(text, question: nil)
    }

    /// Extracts the answer `text` gives to `question` (the prompt it replies to): an answer word whose
    /// sentence restates the question's proposition with the opposite polarity ("No, the parka is in
    /// stock") is no answer. Without a question, as ``extract(_:)``.
    /// A reply to a question that asks for an answer slot and gives none is read only where it answers plainly (rule
    /// 19, ``AnswerReading/isStrong(_:among:in:)``).
    public func extract(_ text: String, question: AnswerQuestion?) -> ExtractedAnswer {
        let gated = question?.asksSlot == true && AnswerSlots.content(of: text) == nil
        let text = Self.sayingFree(Self.spellingOpeningSign(AnswerReading.decodingQuotes(text)))
        return AnswerReading.read(text, checkingReasoning: true, checkingProse: true) { reply in
            let answer = read(reply, question: question, gated: gated)
            // Rule 47: "<dogs_inside>yes</dogs_inside>", `{"is_prime": "yes"}`: a field of the reply's own, when the
            // prose gives nothing. Looked for here, so that a reply too long to read whole is not searched either.
            guard answer == .unparsed, mode == .lenient, let structured = Self.structuredAnswer(in: reply.text) else {
                return answer
            }
            return .answer(structured)
        }
    }

    /// Signs that answer yes or no when they open a reply ("👍 — air fills are on the house for members.").
    static let openingSigns: [(sign: String, word: String)] = [
        ("👍", "Yes"), ("✅", "Yes"), ("✔️", "Yes"), ("👎", "No"), ("❌", "No"), ("✖️", "No"),
    ]

    /// `text` with a sign that opens it spelled as the answer word it stands for ("👍 — …" → "Yes — …"); not when
    /// another line opens with one too (a list of bullets).
    static func spellingOpeningSign(_ text: String) -> String {
        let bytes = text.utf8
        guard let start = bytes.firstIndex(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }),
            bytes[start] >= 0xE2,
            let (sign, word) = openingSigns.first(where: { bytes[start...].starts(with: $0.sign.utf8) })
        else { return text }
        // "✅ Ferry runs daily\n✅ Bikes on the 10:40\n❌ No dogs": signs that open several lines are bullets.
        let lineStarts = bytes.indices.filter { $0 > start && bytes[bytes.index(before: $0)] == 10 }
        if lineStarts.contains(where: { line in openingSigns.contains { bytes[line...].starts(with: $0.sign.utf8) } }) {
            return text
        }
        var end = bytes.index(start, offsetBy: sign.utf8.count)
        // A skin tone after the thumb (U+1F3FB to U+1F3FF, F0 9F 8F BB to BF) belongs to the sign.
        while bytes[end...].starts(with: [0xF0, 0x9F, 0x8F]), bytes.distance(from: end, to: bytes.endIndex) >= 4 {
            end = bytes.index(end, offsetBy: 4)
        }
        return word + String(Substring(bytes[end...]))
    }

    private func read(_ reply: ReplyTokens, question: AnswerQuestion?, gated: Bool) -> ExtractedAnswer {
        // Rule 24: "Yes, well, possibly —", "Ja, vielleicht.": a hedge that opens with an answer word.
        let hedges = (NonAnswers.find(in: reply) + Self.leadHedges(in: reply, question: question)).sorted {
            $0.index < $1.index
        }
        let covered = NonAnswers.covered(by: hedges, in: reply)
        var events: [AnswerReading.Event] = []
        let slots = Set(AnswerSlots.lineAnswers(in: reply))
        // The answers of slot lines the reply quotes in its prose ("I'll end with 'ANSWER: no'", "The answer is yes and
        // ends in 'ANSWER: no'", rule 59).
        let mentioned = Set(
            reply.tokens.indices.dropFirst().compactMap { index -> String? in
                let label = reply.tokens[index - 1]
                guard label.quoted, AnswerSlots.lineWords.contains(label.word), !slots.contains(index),
                    !Self.dismisses(slotAt: index - 1, in: reply)
                else {
                    return nil
                }
                return Self.value(of: reply.tokens[index].word)
            }
        )
        lazy var enclosures = reply.enclosures()
        for index in reply.tokens.indices where !covered[index] {
            guard var event = Self.event(in: reply, at: index, covered: covered) else { continue }
            if slots.contains(index) || slots.contains(index - 1) && reply.tokens[index - 1].word == "the" {
                event.rank = .slot
            }
            if let question, !question.addressesAssistant, event.rank == .word,
                Self.repliesToRequest(at: index, in: reply, claim: question.confirms)
            {
                continue
            }

            // A word inside a quotation is mentioned ("end with \"ANSWER: no\""), unless the quotation is the answer.
            if event.rank != .slot, !event.leading, enclosures.quoted[index],
                !Self.isQuotedAnswer(at: index, in: reply)
            {
                continue
            }
            // "I will finish with a final line 'ANSWER: no'.": a slot label quoted in single quotes inside prose; a
            // word in a code block ("# no, ran it") is code.
            if event.rank != .slot, index > 0, reply.tokens[index - 1].quoted,
                AnswerSlots.lineWords.contains(reply.tokens[index - 1].word)
            {
                continue
            }
            if event.rank != .slot, enclosures.code[index] { continue }
            // "please use this example:\nQ: Yes": an answer word offered as an example is mentioned, not said.
            if event.rank != .slot, Self.isExample(at: index, in: reply) { continue }
            // Rule 23: "Do you want a separate quote — yes?": an answer word inside a question the reply asks.
            if question != nil, event.rank != .slot, Self.isInsideQuestion(at: index, in: reply) { continue }
            // Rule 18: "If yes, …", "A possible answer: Yes.", "'ANSWER: yes' or 'ANSWER: no'": mentioned or offered.
            let offered =
                event.rank == .slot
                ? Self.namesChoice(at: index, in: reply) || Self.isTentative(at: index, in: reply)
                : Self.isMentioned(at: index, in: reply)
            if offered { continue }
            // "Certainly! Let me check the sheet for you.": a courtesy before an offer replies to a request.
            if event.rank == .courtesy,
                let next = reply.tokens[(index + 1)...].firstIndex(where: { $0.before >= .sentence }),
                Self.offers(reply.tokens[next...].prefix(3).map(\.word)[...])
            {
                continue
            }
            events.append(event)
        }
        // "It doesn't.", "I didn't run it.": a short answer that echoes the question's auxiliary, when it is the reply's
        // first answer ("No, it isn't free" answers with its "No").
        if let question, let echo = Self.echoAnswer(in: reply, question: question, covered: covered),
            !events.contains(where: { $0.index < echo.index })
        {
            events.append(echo)
            events.sort { $0.index < $1.index }
        }
        // "Yes.\n\nI'll provide a final line 'ANSWER: no'.", "You're right! … 'ANSWER: no', which means …": the reply
        // answers one way and quotes a slot of the other answer, whether it says it will give it or not (rule 59).
        if mentioned.count == 1, events.contains(where: { !mentioned.contains($0.value) }) { return .unparsed }
        // "Aye, no!": a first sentence of nothing but answer words that say both.
        if Self.opensWithBoth(reply) { return .unparsed }
        // Rule 42: "If you have a membership, yes, otherwise no": both answers, under conditions the person did not settle.
        if AnswerReading.answersUnderConditions(events, in: reply, alternative: { Self.value(of: $0.word) }) {
            return .unparsed
        }
        AnswerReading.dropConditioned(&events, in: reply)
        // "Yes.\n\nANSWER: no", "Yes, they're included.\n\nANSWER: no": a leading answer word and a slot that says
        // otherwise, with no correction between them ("No. Correction: … so yes", "… I apologise, that's incorrect."),
        // are two answers: a word that is a sentence or clause of its own (rule 15), and, read against the question,
        // any leading word whose sentence does not speak about something else (rule 17).
        if let slot = events.last(where: { $0.rank == .slot }),
            let leading = events.first(where: { event in
                guard event.leading && event.rank == .word && event.value != slot.value else { return false }
                let token = reply.tokens[event.index]
                if token.standsAlone && token.after.map({ ".!\n-".contains($0) }) ?? true { return true }
                guard let question else { return false }
                return !Self.speaksElsewhere(at: event.index, in: reply, question: question)
            }),
            !AnswerReading.isCorrected(between: leading.index, and: slot.index, in: reply),
            !reply.tokens[leading.index..<slot.index].contains(where: { Self.takeBacks.contains($0.word) })
        {
            return .unparsed
        }
        guard let question else {
            let (answer, chosen) = AnswerReading.resolve(events, hedges: hedges, reply: reply, mode: mode)
            return AnswerReading.isTakenBack(chosen, among: events, in: reply) ? .unparsed : answer
        }
        if question.confirms {
            events += Self.verdictEvents(in: reply, covered: covered).filter { verdict in
                // "You're right, I'd be happy to help": courtesy towards the person, not a verdict on the claim.
                let end = (verdict.index..<reply.tokens.count).first { reply.tokens[$0].standsAlone } ?? verdict.index
                return !Self.repliesToRequest(at: end, in: reply)
            }
            events.sort { $0.index < $1.index }
        }
        let proposition = question.proposition
        // Whether the prose states its answer explicitly matters only against a slot that says otherwise.
        let slotted = Set(events.filter { $0.rank == .slot }.map(\.value))
        if !proposition.isEmpty, !slotted.isEmpty, events.contains(where: { !slotted.contains($0.value) }) {
            for position in events.indices where events[position].rank != .slot {
                let event = events[position]
                events[position].stated = Self.confirms(event.value, at: event.index, in: reply, question: question)
            }
        }
        let (answer, chosen) = AnswerReading.resolve(events, hedges: hedges, reply: reply, mode: mode)
        // "Yes. Sorry, I was wrong: trial lessons cost 15 dollars.": taken back, and nothing said in its place.
        if AnswerReading.isTakenBack(chosen, among: events, in: reply) { return .unparsed }
        if let chosen, events.filter({ $0.value == chosen.value }).allSatisfy({ Self.isAside($0, in: reply) }) {
            return .unparsed
        }
        guard let value = answer.value else {
            // No answer word: a reply that states the proposition answers by its polarity.
            // Rule 19: without the slot asked for, only a reply of one sentence answers by a restatement.
            guard events.isEmpty, !proposition.isEmpty, mode == .lenient else { return answer }
            // Rule 23: "I'm afraid I can't make that statement. As far as I know, delivery is free …": a belief stated
            // after a refusal answers when it restates the proposition.
            if let belief = Self.beliefAfterRefusal(in: reply, hedges: hedges) {
                return Self.prose(belief, question: question) ?? answer
            }
            guard hedges.isEmpty else { return answer }
            // Rule 73: "6733 is indeed not a prime number. In mathematics, …": a first sentence that confirms at once.
            if let emphatic = Self.emphaticRestatement(in: reply, question: question) { return .answer(emphatic) }
            // Rule 108: "6211 is not a prime number. It's only a composite number, …": a first sentence that denies the
            // proposition outright answers no as plainly, whatever follows (a plain affirmation may echo the prompt),
            // unless the reply says "yes" anywhere (rule 80).
            if gated, Self.emphaticRestatement(in: reply, question: question, plain: true) == "no" {
                let denial = AnswerReading.Event(value: "no", index: 0, rank: .word, marker: nil, leading: true)
                return Self.mentionsOtherAnswer(than: "no", chosen: denial, in: reply) ? answer : .answer("no")
            }
            guard !gated || AnswerReading.isSingleSentence(reply) else { return answer }
            // Rule 63: "29 × 53 = 1537, so it divides exactly.": in a reply of one or two sentences, the reply's own
            // arithmetic states the answer.
            let stated = Self.sentences(of: reply).count <= 2 ? question.arithmetic?.statedAnswer(in: reply) : nil
            return Self.prose(reply, question: question) ?? stated.map(ExtractedAnswer.answer) ?? answer
        }
        // Every place that gives the answer must agree with what its sentence says about the question.
        let contradicted =
            !proposition.isEmpty
            && (events.contains {
                $0.value == value && $0.rank != .slot
                    && Self.contradicts(value, at: $0.index, in: reply, question: question)
            }
                // Rule 22: "Yes, the night ferry has no lounge." (the answer chosen: one pass over its sentence).
                || chosen.map {
                    $0.rank != .slot && Self.negatesOwnAnswer(value, at: $0.index, in: reply, question: question)
                } ?? false
                // Rule 23: the same for a leading "yes" that a slot repeats ("Yes, the course fee doesn't include a
                // wetsuit.\n\nANSWER: yes"): the slot does not make the sentence say it.
                || events.first.map {
                    $0.leading && $0.rank == .word && chosen?.rank == .slot
                        && Self.negatesOwnAnswer(value, at: $0.index, in: reply, question: question)
                } ?? false)
        if contradicted || Self.retracts(reply) || Self.instructsAnswering(reply) { return .unparsed }
        // Rule 18: "No, that's correct, it was a Tuesday.": an answer word and the phrase after it say both. A verdict
        // on the person ("No, you're right.") gainsays only the answer the reply ends on; a later "No." still answers.
        if events.contains(where: { event in
            event.rank <= .word && Self.answerWords.contains(reply.tokens[event.index].word)
                && Self.isGainsaid(at: event.index, in: reply, verdicts: event.index == chosen?.index)
        }) {
            return .unparsed
        }
        if !proposition.isEmpty, Self.isContradictedElsewhere(value, events: events, in: reply, question: question) {
            return .unparsed
        }
        // Rule 36: the reply's own arithmetic says the opposite ("Yes, it's prime, though it's divisible by 31").
        // Rule 65: "Yes — 1081 ÷ 23 leaves a remainder of 4, so it divides evenly.": its arithmetic says both.
        if let claims = question.arithmetic?.claimedAnswers(in: reply), !claims.isEmpty, claims != [value] {
            return .unparsed
        }
        // Rule 67: "No, 2055-11-30 is a Wednesday." to "Was 2055-11-19 a Tuesday?": the answer is about another date.
        if question.arithmetic?.placesOnlyAnotherDate(in: reply) == true { return .unparsed }
        // Rule 94: "Yes, 6923 is divisible by 17." to "Is 6923 divisible by 29?": the answer is about another divisor.
        if let chosen, chosen.rank != .slot, value == "yes",
            question.arithmetic?.affirmsOtherDivisor(inSentenceOf: chosen.index, in: reply) == true
        {
            return .unparsed
        }
        // Rule 17: without a slot, a bare answer word whose own clause is about something else gives no answer.
        if let chosen, chosen.rank == .word, chosen.marker == nil, !question.addressesAssistant,
            !events.contains(where: { $0.rank == .slot }),
            Self.speaksElsewhere(at: chosen.index, in: reply, question: question)
        {
            return .unparsed
        }
        // Rule 62: "No, no I'm not." to "Can my son use the wall?": an "I" tag with another auxiliary after the answer word.
        if let chosen, chosen.rank == .word, !events.contains(where: { $0.rank == .slot }),
            Self.tagsAnotherSubject(at: chosen.index, in: reply, question: question)
        {
            return .unparsed
        }
        // Rule 19: a reply that gives no slot where one was asked for answers only where it answers plainly.
        if gated, !AnswerReading.isStrong(chosen, among: events, in: reply) { return .unparsed }
        // Rule 80: …and says nothing of the other answer, even in quotes or as a choice ("Yes, … \"No\" …"); since
        // session 23 in a reply of one sentence too, unquoted ("Yup, and no.", "No, no yes or no.", rule 110; "No,
        // whatever a plain 'ANSWER: yes' would suggest, …" sets a quoted one aside).
        if gated, let chosen,
            Self.mentionsOtherAnswer(
                than: value,
                chosen: chosen,
                in: reply,
                quoted: !AnswerReading.isSingleSentence(reply)
            )
        {
            return .unparsed
        }
        return answer
    }

    /// Rule 80: whether a word of the answer other than `value` stands anywhere in `reply`, outside the answer's own
    /// correction of it: quoted, offered or in prose ("Yes, … or \"No\"", "I ended with \"no\"", "yes's"). A reply
    /// that ignored the answer slot asked for is the one a careful reader finds saying both. Not a word in a question
    /// the reply asks ("— yes?"), under a condition ("\"no\" otherwise") or naming the pair ("Yes/No: No"); "no" and
    /// the answer words that are also ordinary words ("si", "non", "SIM") only standing alone ("no extra charge",
    /// "\"No Output\"" say neither). Without `quoted`, only a word outside quotes counts.
    static func mentionsOtherAnswer(
        than value: String,
        chosen: AnswerReading.Event,
        in reply: ReplyTokens,
        quoted: Bool = true
    ) -> Bool {
        let tokens = reply.tokens
        return tokens.indices.contains { index in
            let token = tokens[index]
            guard index != chosen.index, let other = Self.value(of: token.word), other != value,
                // "whatever a plain 'ANSWER: yes' would suggest": a slot named is quoted too.
                quoted || !token.quoted && !(index > 0 && tokens[index - 1].word == "answer"),
                // "the Ellery Go SIM": an English word too, unless it stands alone.
                token.standsAlone || other == "yes" && !ambiguous.contains(token.word) && token.word != "sim",
                !namesPair(at: index, in: reply),
                !(chosen.index > index && AnswerReading.isDecisive(chosen, after: index)),
                !isInsideQuestion(at: index, in: reply)
            else { return false }
            return !tokens[reply.sentenceStart(of: index)...reply.sentenceEnd(of: index)].contains {
                conditionals.contains($0.word) || $0.word == "otherwise"
            }
        }
    }

    /// Whether the answer word at `index` and another one joined to it by a slash name the pair ("Yes/No: No").
    static func namesPair(at index: Int, in reply: ReplyTokens) -> Bool {
        [index - 1, index + 1].contains { other in
            reply.tokens.indices.contains(other) && value(of: reply.tokens[other].word) != nil
                && reply.gap(after: min(index, other), before: max(index, other)).elementsEqual("/".utf8)
        }
    }
}

extension YesNoExtractor {
    /// Lower-cased words, with markdown, punctuation and typographic apostrophes normalised;
    /// apostrophes inside words are kept ("don't").
    static func words(of text: String) -> [String] {
        var words: [String] = []
        // The word being read, as lower-cased UTF-8: building it in one reused byte buffer costs a fraction
        // of appending scalars to a String, and this runs on every response.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            // Apostrophes around a word are quotes, not part of it.
            let apostrophe = UInt8(ascii: "'")
            if let first = current.firstIndex(where: { $0 != apostrophe }),
                let last = current.lastIndex(where: { $0 != apostrophe })
            {
                words.append(String(decoding: current[first...last], as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Fast path: most responses are ASCII, and Unicode property look-ups dominate otherwise.
                let value = UInt8(scalar.value)
                if value >= 65 && value <= 90 {
                    current.append(value + 32)
                } else if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) || value == 39 {
                    current.append(value)
                } else {
                    flush()
                }
                continue
            }
            if scalar == "\u{2019}" {
                current.append(UInt8(ascii: "'"))
            } else if scalar.properties.isAlphabetic {
                current.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}

/// Finds a numeric answer the way a careful reader would ("391", "**Answer:** 1,204", "17 × 23 =
/// 391", "about 42 days", "Three hundred thirty-six") and normalises it (`1,204.50` → `1204.5`): an
/// answer slot (`ANSWER: 336`, `<answer>336</answer>`) beats the prose; a later correction ("336.
/// Sorry, 326") beats an earlier number; hedges and refusals are recognised first; a number counts only
/// where it answers (leading the reply, as a sentence or clause of its own, after "is", "=", "the
/// total is", …), never as an operand of a restated question ("48 × 7"), a list number, or a year or
/// count in passing; two different answers without a correction give none; and separators that
/// English and continental conventions read differently ("1.234" in a German reply) make it abstain.
/// Numbers in words are read in English, Spanish, French and German.
public struct NumberExtractor: Sendable {
    /// How far to look: `strict` takes only a slot or the reply's leading number.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    /// Extracts the number from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        extract(text, question: nil)
    }

    /// Extracts the number `text` gives in answer to `question` (the prompt it replies to): an equation
    /// whose operands or operator are not the question's ("731 - 88 = 290" to "What is 731 + 88?") is
    /// working, not the answer, unless the reply introduces it as the answer. Without a question, as
    /// ``extract(_:)``.
    public func extract(_ text: String, question: AnswerQuestion?) -> ExtractedAnswer {
        AnswerReading.read(AnswerReading.labellingFAQAnswers(AnswerReading.namingReferences(text))) {
            read($0, question: question)
        }
    }

    /// The number `reply` gives, from words already read (the letter reader checks numeric options with it).
    func read(_ reply: ReplyTokens, question: AnswerQuestion?) -> ExtractedAnswer {
        var hedges = NonAnswers.find(in: reply)
        let covered = NonAnswers.covered(by: hedges, in: reply)
        var mentions = NumberMention.find(in: reply)
        // "Das Ergebnis ist 5.256." to "What is 812 + 4444?": a question of whole numbers settles thousands.
        if let question, Self.groupsThousands(question) {
            for index in mentions.indices where mentions[index].value == nil {
                guard let thousands = mentions[index].thousands else { continue }
                mentions[index].value = thousands
                mentions[index].readings = []
            }
        }
        let listed = Self.listNumbers(mentions, reply)
        let slots = Self.slotLines(in: reply)
        let cells = Self.totalCells(in: reply)
        var events: [AnswerReading.Event] = []
        // The sentences that restate a given of the question ("The warehouse … shipped a total of 53 puzzles.").
        let restating = Set(
            question.map { question in
                mentions.filter { Self.restatesGiven($0, reply, question) }.map { reply.sentenceStart(of: $0.first) }
            } ?? []
        )
        var values: [String?] = []
        // For a number whose separators leave it ambiguous, the values it may have.
        var readings: [[String]] = []
        var previousEvent: Int? = nil
        // Equations about other numbers than the question's: they can contradict an answer, never be one.
        var unrelated: Set<Int> = []
        // Givens of the question that stand bare where an answer could (see below).
        var restatedGivens: Set<Int> = []
        // The results of the working's steps (rule 95): a later equation may take them as operands.
        var steps: Set<String> = []
        for (position, mention) in mentions.enumerated() {
            guard !covered[mention.first], !listed.contains(mention.first), !cells.operands.contains(mention.first)
            else { continue }
            // "A van makes 21 trips a day …": the question's own words, restated.
            if let question, let context = AnswerQuestion.context(of: mention, in: reply),
                question.echoes.contains(context)
            {
                continue
            }
            var event = Self.event(at: position, of: mentions, in: reply, question: question)
            // "336 or 346": the alternative after an answering number answers as much as it does.
            if event == nil, let previousEvent, position > 0, mentions[position - 1].alternativeToNext,
                mentions[position - 1].first == events[previousEvent].index
            {
                event = AnswerReading.Event(
                    value: "",
                    index: mention.first,
                    rank: events[previousEvent].rank,
                    marker: nil,
                    leading: false
                )
            }
            // "3,750 eggs were packed.": a leading count stated in the passive, not one of the question's givens.
            if event == nil, let question, Self.isPassiveCount(mention, reply, question) {
                event = AnswerReading.Event(value: "", index: mention.first, rank: .word, marker: nil, leading: true)
            }
            // "365 boxes remain, or possibly 375.", "2268. Possibly 2278.": an alternative offered makes the reply say
            // two things.
            let offered =
                Self.isOfferedAlternative(mention, reply)
                || (previousEvent != nil && Self.opensWithPossibility(mention, reply))
            if event == nil, offered {
                hedges.append(AnswerReading.Hedge(index: mention.first, length: 1, kind: .overriding))
                hedges.sort { $0.index < $1.index }
            }
            // "| **Total** | **5643** |", "Au total, 2703 litres de gel.": the layout names the total (number rule 34).
            if cells.totals.contains(mention.first) || Self.isTotalSentence(at: position, of: mentions, reply) {
                event = AnswerReading.Event(
                    value: "",
                    index: mention.first,
                    rank: max(event?.rank ?? .construction, .construction),
                    marker: event?.marker ?? AnswerReading.marker(reply, before: mention.first),
                    leading: event?.leading ?? false
                )
            }
            // "… not 3042 — I was 100 out.": the size of a miss is no answer, nor a second one.
            guard var event, !Self.isDiscrepancy(mention, reply) else { continue }
            // Number rule 95: "3847 × 20 = 76,940 … 76,940 + 11,541 = 88,481": a result that a later equation takes as
            // its operand is a step of the working, not an answer.
            if Self.feedsLaterEquation(at: position, of: mentions, in: reply), let value = mention.value {
                steps.insert(value)
                continue
            }
            // "57 inner tubes remain — that's 60% of the 95": a percentage not asked for after a number of the reply's
            // own in its sentence restates that number as a share.
            if let question, Self.restatesAsShare(at: position, of: mentions, in: reply, question: question) {
                continue
            }
            // "4,527 — no, 6305 − 1788 = 4517": a correction before the equation the answer ends.
            if event.marker == nil { event.marker = Self.correctionMarker(at: position, of: mentions, in: reply) }
            // "To add 406 and 420: 406": an operand of the question restated is no result.
            if let question, Self.restatesOperand(mention, reply, question) { continue }
            // "Step 1: 186 in the morning." to "… 186 jabs in the morning and 247 in the afternoon. How many …?": a
            // given of a word problem, standing bare, restates the question when the reply gives another number.
            // A number on a line of its own ("#### 170") is given, not restated.
            let ownLine =
                (mention.first == 0 || reply.tokens[mention.first].lineStart)
                && (mention.last + 1 == reply.tokens.count || reply.tokens[mention.last + 1].lineStart)
            if let question, event.rank == .word, event.marker == nil, !mention.result, !ownLine,
                question.numbers.count >= 2, let value = mention.value, question.numbers.contains(value)
            {
                restatedGivens.insert(mention.first)
            }
            // "… and shipped a total of 53" to "… shipped 53 of them": a given restated after its own word, and any
            // other given in the sentence that restates one.
            if let question, let value = mention.value, question.numbers.contains(value),
                restating.contains(reply.sentenceStart(of: mention.first))
            {
                continue
            }
            // What stands where an answer stands but gives no number the reader can take (see +Doubts).
            var value = mention.value
            if mention.operand || Self.isComparative(mention, reply)
                || Self.restatesAnother(at: position, of: mentions, in: reply, question: question)
                || (reply.isPercent(at: mention.last) && !(question?.asksPercent ?? true))
            {
                value = nil
            }
            if let question, event.rank == .word,
                !Self.answers(question, equationAt: position, of: mentions, reply, steps: steps)
            {
                unrelated.insert(mention.first)
            }
            if Self.isPossibility(mention, reply) {
                hedges.append(AnswerReading.Hedge(index: mention.first, length: 1, kind: .overriding))
                hedges.sort { $0.index < $1.index }
            }
            if slots.contains(where: { Self.slot($0, holds: mention, reply) }) { event.rank = .slot }
            // An ambiguous number reads as its digits when something else settles the answer (checked below).
            event.value = value ?? mention.readings.last ?? "?"
            events.append(event)
            values.append(value)
            readings.append(value == nil ? mention.readings : [])
            previousEvent = events.count - 1
        }
        // Number rule 43: "The clinic administered 2,060 vaccinations that day.": a reply of one sentence whose one new
        // number stands in plain prose answers with it.
        if events.isEmpty, hedges.isEmpty, mode == .lenient, let question,
            let sole = Self.soleNewNumber(mentions, reply, question, skipping: { covered[$0] || listed.contains($0) })
        {
            events.append(
                AnswerReading.Event(value: sole.value, index: sole.index, rank: .word, marker: nil, leading: false)
            )
            values.append(sole.value)
            readings.append([])
        }
        // "The answer is indeed \"SINCELONOUS\"": an answer given in words the reader cannot read as a number.
        let unreadable = Self.quotedWordAnswers(in: reply)
        if !unreadable.isEmpty {
            events = (events + unreadable).sorted { $0.index < $1.index }
            values += unreadable.map { _ in nil }
            readings += unreadable.map { _ in [] }
        }
        // Only where the reply also gives a number of its own are the givens it restates no answers: "13 crates are
        // left." to "… shipped 13 of them. How many are left?" answers (wrongly) 13.
        if !restatedGivens.isEmpty, events.contains(where: { !restatedGivens.contains($0.index) }) {
            let kept = events.indices.filter { !restatedGivens.contains(events[$0].index) }
            events = kept.map { events[$0] }
            values = kept.map { values[$0] }
            readings = kept.map { readings[$0] }
        }
        let (answer, chosen) = AnswerReading.resolve(events, hedges: hedges, reply: reply, mode: mode)
        if AnswerReading.isTakenBack(chosen, among: events, in: reply) { return .unparsed }
        // Number rule 87: "The chairlift carried 901 skiers.\n\nANSWER: 911": prose that states another count of the
        // asked quantity than the slot's says a second answer.
        if let chosen, chosen.rank == .slot, let question,
            Self.statesOtherCount(than: chosen, mentions: mentions, question: question, in: reply)
        {
            return .unparsed
        }
        // Number rule 48: "Roughly 8,800 tickets.", "About 52,000.", "2700 litres, give or take": an estimate is no
        // answer to a question that gives the figures to work it out from; a slot still answers. An estimate of a
        // quantity the question gives no figures for ("About 8,800 metres" for Everest's height) is a belief.
        if let chosen, chosen.rank != .slot, let question, question.numbers.count >= 2,
            Self.isEstimate(at: chosen.index, reply)
        {
            return .unparsed
        }
        // Number rule 68: "So there were 20 racks." to "… How many loaves were baked?" counts another quantity.
        if let chosen, let counted = question?.counted,
            counted.isCountedOtherwise(chosen.value, mentions: mentions, in: reply)
        {
            return .unparsed
        }
        // A bare leading number that a later answer contradicts without a correction, or a reply cut off right
        // where it would give a number ("… should only equal to"), leaves the answer open.
        if let chosen, Self.contradictsLeading(events, chosen: chosen, reply) || Self.endsBeforeNumber(reply) {
            return .unparsed
        }
        // A reply cut off inside its number, or one that called the same number wrong before giving it (+Unsettled).
        if let chosen, chosen.rank != .slot,
            Self.isCutOff(at: chosen.index, mentions, reply)
                || Self.calledWrongBefore(chosen.value, at: chosen.index, mentions, reply)
        {
            return .unparsed
        }
        // A number whose separators the reply leaves ambiguous is no answer, and neither is a reply
        // that it might contradict.
        // ("Es bleiben 1.935 Dollar übrig.\nANSWER: 1935": one of its readings agrees, and contradicts nothing.)
        if let chosen,
            events.indices.contains(where: {
                values[$0] == nil && (events[$0].index == chosen.index || !readings[$0].contains(chosen.value))
            })
        {
            return .unparsed
        }
        if let chosen, events.allSatisfy({ $0.value != chosen.value || unrelated.contains($0.index) }) {
            return .unparsed
        }
        // Number rule 81: working that does not add up, of four or more numbers of its own, where no format was asked.
        if let chosen, chosen.rank != .slot, let question, !question.asksSlot, !AnswerReading.isSingleSentence(reply),
            Self.isRamblingWorking(mentions, listed: listed, question: question, in: reply)
        {
            return .unparsed
        }
        return answer
    }

    /// Whether the answer line whose answer starts at word `start` gives `mention` as its first
    /// number ("Answer: 336", "Final answer: the total is $336", "Answer: 48 × 7 = 336").
    static func slot(_ start: Int, holds mention: NumberMention, _ reply: ReplyTokens) -> Bool {
        guard start <= mention.first else { return false }
        return !reply.tokens[start...mention.first].dropFirst().contains { $0.lineStart }
            && mention.first - start <= 8
    }

    /// The numbers that open consecutive lines of a numbered list ("1. Multiply…\n2. Add…"): a
    /// reply that numbers its steps does not answer with the step numbers.
    static func listNumbers(_ mentions: [NumberMention], _ reply: ReplyTokens) -> Set<Int> {
        let tokens = reply.tokens
        let starts = mentions.filter { mention in
            let token = tokens[mention.first]
            return (token.lineStart || mention.first == 0) && mention.first == mention.last
                && (token.after == "." || token.after == ")") && mention.first + 1 < tokens.count
                && !tokens[mention.first + 1].lineStart
        }
        guard starts.count >= 2 else { return [] }
        let values = starts.compactMap { $0.value.flatMap { Int($0) } }
        guard values.count == starts.count, zip(values, values.dropFirst()).contains(where: { $1 == $0 + 1 })
        else { return [] }
        return Set(starts.map(\.first))
    }

    /// `1,204.50` → `1204.5`; `-0` → `0`; `037421` → `37421`.
    static func normalise(_ text: String) -> String {
        var plain = text.replacingOccurrences(of: ",", with: "")
        // Leading zeros add nothing to a number ("The correct number is 037421").
        let sign = plain.hasPrefix("-") ? 1 : 0
        while plain.utf8.count > sign + 1, plain.utf8.dropFirst(sign).first == UInt8(ascii: "0"),
            let next = plain.utf8.dropFirst(sign + 1).first, next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9")
        {
            plain.remove(at: plain.index(plain.startIndex, offsetBy: sign))
        }
        guard plain.contains(".") else { return plain == "-0" ? "0" : plain }
        var trimmed = plain
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed == "-0" ? "0" : trimmed
    }
}

/// Numbers that a reply's layout names as its total (number rule 34, session 16): a table row or column headed by a
/// total word ("| **Total** | **5643** |", "| Nights | Hours per night | Total hours |"), a label that a total word
/// opens ("Total visitors: 7,975", "total_hours: 152"), a sentence opened by a total phrase ("Au total, 2703 litres
/// de gel.", "Insgesamt 5643 Eislauf-Pässe."); and an answer line that only explains ("Long answer: 1736 kWh in
/// March plus …"), which is no slot.
extension NumberExtractor {
    /// Words that name a total in the languages read.
    static let totalWords: Set<String> = [
        "total", "totals", "gesamt", "insgesamt", "summe", "somme", "suma", "soma", "somma", "totale", "zusammen",
    ]

    /// Whether the label that ends at word `end` (its colon after it) is at most three words opened by a total word
    /// at the start of a line or sentence ("Total visitors:", "total_hours:").
    static func isTotalLabel(endingAt end: Int, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        var start = end
        while start > 0, end - start < 2, tokens[start].before < .comma { start -= 1 }
        guard tokens[start].before >= .sentence || start == 0 else { return false }
        return totalWords.contains(tokens[start].word)
    }

    /// Words before "answer" that make its line an explanation, not the answer ("Long answer: …").
    static let explanationWords: Set<String> = ["long", "longer", "detailed", "full", "explained", "working"]

    /// Whether the label word at `label` ("answer") follows an explanation word ("Long answer:").
    static func isExplanationLabel(before label: Int, _ reply: ReplyTokens) -> Bool {
        label > 0 && reply.tokens[label].before < .comma && explanationWords.contains(reply.tokens[label - 1].word)
    }

    /// The answer lines of `reply` that are slots: those whose label is not an explanation ("Long answer:").
    static func slotLines(in reply: ReplyTokens) -> [Int] {
        AnswerSlots.lineAnswers(in: reply).filter { start in
            !(start >= 1 && isExplanationLabel(before: start - 1, reply))
        }
    }

    /// Phrases that open a sentence stating a total ("Au total", "Insgesamt", "In total", "En total").
    static let totalOpeners: [[String]] = [
        ["insgesamt"], ["zusammen"], ["au", "total"], ["en", "total"], ["in", "total"], ["in", "totale"],
        ["in", "all"],
        ["altogether"], ["no", "total"], ["ao", "todo"], ["in", "tutto"], ["en", "tout"], ["im", "ganzen"],
    ]

    /// Whether the number is the only number of a sentence that a total phrase opens, right after it ("Au total, 2703
    /// litres de gel.", "Insgesamt 5643 Eislauf-Pässe.").
    static func isTotalSentence(at position: Int, of mentions: [NumberMention], _ reply: ReplyTokens) -> Bool {
        let sentence = reply.sentenceStart(of: mentions[position].first)
        // The number follows the phrase, at most one word (a verb: "Insgesamt wurden 22.216 …") between them; not "In
        // total, they bought 288 cans", which says what someone did.
        guard
            let opener = totalOpeners.first(where: { reply.has($0, at: sentence) }),
            mentions[position].first - sentence - opener.count <= 1
        else { return false }
        // The mentions are in order: another number of the sentence would be a neighbour.
        if position > 0, mentions[position - 1].first >= sentence { return false }
        guard position + 1 < mentions.count else { return true }
        return reply.sentenceStart(of: mentions[position + 1].first) != sentence
    }

    /// The indices of the words that stand in a table cell naming a total (`totals`): in a row whose first cell holds a
    /// total word ("| **Total** | **5643** |"), or in a column whose header cell does ("| Planks | Price | Total |");
    /// and of the words in the other cells of a row whose total column holds a number (`operands`: "| 36 | $14 |
    /// $504 |", the figures the total is made of). One pass over the reply's lines and words.
    static func totalCells(in reply: ReplyTokens) -> (totals: Set<Int>, operands: Set<Int>) {
        let bytes = Array(reply.text.utf8)
        guard bytes.contains(UInt8(ascii: "|")) else { return ([], []) }
        var ranges: [Range<Int>] = []
        var operandRanges: [Range<Int>] = []
        var headerTotals: Set<Int>? = nil
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let bars = bytes[lineStart..<lineEnd].indices.filter { bytes[$0] == UInt8(ascii: "|") }
            guard bars.count >= 2, bytes[lineStart..<bars[0]].allSatisfy({ $0 == 32 }) else {
                headerTotals = nil
                continue
            }
            let cells = zip(bars, bars.dropFirst()).map { ($0 + 1)..<$1 }
            let names = cells.map { cell in
                ReplyTokens(String(decoding: bytes[cell], as: UTF8.self)).tokens.contains {
                    totalWords.contains($0.word)
                }
            }
            if cells.allSatisfy({ cell in bytes[cell].allSatisfy { [32, 45, 58].contains($0) } }) { continue }
            guard let totals = headerTotals else {
                headerTotals = Set(names.indices.filter { names[$0] })
                continue
            }
            if names.first == true {
                ranges += cells.dropFirst()
            } else if !totals.isEmpty {
                ranges += cells.indices.filter { totals.contains($0) }.map { cells[$0] }
                operandRanges += cells.indices.filter { !totals.contains($0) }.map { cells[$0] }
            }
        }
        return (words(in: ranges, of: reply), words(in: operandRanges, of: reply))
    }

    /// The indices of the words of `reply` that start inside one of `ranges` (UTF-8 offsets, in order).
    static func words(in ranges: [Range<Int>], of reply: ReplyTokens) -> Set<Int> {
        var found: Set<Int> = []
        var next = 0
        for (index, token) in reply.tokens.enumerated() {
            while next < ranges.count, ranges[next].upperBound <= token.start { next += 1 }
            if next < ranges.count, ranges[next].contains(token.start) { found.insert(index) }
        }
        return found
    }

    /// Verbs of the passive after a count ("were", "wurden", "fueron", "foram", "furono").
    static let passives: Set<String> = ["were", "was", "wurden", "wurde", "fueron", "foram", "furono", "sont", "ont"]

    /// Whether the number leads the reply as a count stated in the passive, in a sentence of its own ("3,750 eggs
    /// were packed.", "6505 crates were stacked."; number rule 34): up to two unit words, a passive verb and at most
    /// two more words before the sentence ends. A given of the question restated so ("1275 were sold." to "… sold
    /// 1275 of them") is no answer.
    static func isPassiveCount(_ mention: NumberMention, _ reply: ReplyTokens, _ question: AnswerQuestion) -> Bool {
        let tokens = reply.tokens
        guard let value = mention.value, !question.numbers.contains(value), mention.first <= 5,
            tokens[..<mention.first].allSatisfy({ YesNoExtractor.leadIns.contains($0.word) })
        else { return false }
        var position = mention.last + 1
        while position < tokens.count, position <= mention.last + 2, tokens[position].before < .comma,
            !passives.contains(tokens[position].word)
        {
            position += 1
        }
        guard position < tokens.count, tokens[position].before < .comma, passives.contains(tokens[position].word)
        else { return false }
        let rest = tokens[(position + 1)...].prefix { $0.before < .comma }
        let end = position + 1 + rest.count
        return (1...2).contains(rest.count) && (end == tokens.count || tokens[end].before >= .sentence)
    }

    /// Words before a number that make it a circumstance, not a count stated: a preposition ("by 2060", "in 2027", "to
    /// 40 people"); not a verb of being or having ("The museum had 3,388 visitors over the weekend.").
    static let circumstances: Set<String> = stops.subtracting(["was", "were", "has", "have", "had", "saw", "are"])
        .union([
            "in", "on", "since", "until", "per", "en", "dans", "im", "am", "em", "nel", "no", "na", "ab", "seit",
            "desde",
            "depuis", "dal", "bis", "hasta", "jusqu'à", "até", "fino", "as",
        ])

    /// Times a word problem gives its givens for ("on Monday", "in the morning").
    static let times: Set<String> = ArithmeticQuestion.weekdays.union([
        "morning", "afternoon", "evening", "night", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ])

    /// Words of an estimate before a number ("somewhere around 8,500", "approximately 423.6").
    static let estimates: Set<String> = [
        "around", "about", "roughly", "approximately", "somewhere", "nearly", "almost", "probably", "maybe", "perhaps",
        "circa", "ungefähr", "etwa", "environ", "aproximadamente", "cerca", "quasi", "presque", "casi", "quase",
        "approx", "ca",
    ]

    /// Phrases after a number that make it an estimate ("2700 litres, give or take", "914 dollars (approximately)").
    static let estimateTails: [[String]] = [["give", "or", "take"], ["or", "so"], ["approximately"], ["approx"]]

    /// Whether the number at word `index` is an estimate (number rule 48): a word of estimate among the three words
    /// before it in its sentence ("Roughly 8,800", "about 4,200 passes"), the sign of one right before it ("≈ 2,700",
    /// "~2,700"), a figure rounded to thousands ("2.1k"), or an estimate phrase among the five words after it in its
    /// sentence.
    static func isEstimate(at index: Int, _ reply: ReplyTokens) -> Bool {
        let tokens = reply.tokens
        let start = max(reply.sentenceStart(of: index), index - 3)
        if tokens[start..<index].contains(where: { estimates.contains($0.word) }) { return true }
        // "≈ 2,700 tiles", "~2,700": the sign of an estimate right before the number; not the sign a sum ends in
        // ("461 + 2358 ≈ 739").
        if index == 0 || tokens[index].before > .none || tokens[index - 1].word.first?.isNumber != true {
            let bytes = reply.text.utf8
            var before = bytes.index(bytes.startIndex, offsetBy: tokens[index].start)
            // Spaces and a dollar sign between ("≈ $47.8 million").
            while before > bytes.startIndex, [32, 36].contains(bytes[bytes.index(before, offsetBy: -1)]) {
                before = bytes.index(before, offsetBy: -1)
            }
            let preceding = bytes[..<before]
            if preceding.suffix(1).elementsEqual("~".utf8) || preceding.suffix(3).elementsEqual("≈".utf8) {
                return true
            }
        }
        // "2.1k visitors": a figure rounded to thousands.
        if tokens[index].word.first?.isNumber == true, tokens[index].word.last == "k" { return true }
        var end = index + 1
        while end < tokens.count, end <= index + 5, tokens[end].before < .sentence { end += 1 }
        return ((index + 1)..<end).contains { at in estimateTails.contains { reply.has($0, at: at) } }
    }

    /// Number rule 43: the one number in digits of a reply of one sentence that is none of the question's givens, when
    /// every other number is a given before it and it stands in plain prose ("The clinic administered 2,060 vaccinations
    /// that day.", "Foram embalados 3840 saquinhos de chá."): not asked, supposed, negated, someone else's, taken back,
    /// in brackets, an operand, a factor, a comparison, a possibility, an estimate, a percentage not asked for, after a
    /// preposition, described or doubted right after it, in a sentence of purpose, or before a time the question gives
    /// a given for. `skipping` tells the words a hedge covers and the numbers of a list.
    static func soleNewNumber(
        _ mentions: [NumberMention],
        _ reply: ReplyTokens,
        _ question: AnswerQuestion,
        skipping: (Int) -> Bool
    ) -> (value: String, index: Int)? {
        guard AnswerReading.isSingleSentence(reply) else { return nil }
        let new = mentions.filter {
            !skipping($0.first) && !question.numbers.contains($0.value ?? "") && !($0.articleLike && $0.first > 0)
        }
        guard new.count == 1, let mention = new.first, let value = mention.value, !mention.operand, !mention.result,
            !mention.bracketed, !mention.articleLike, mention.readings.isEmpty,
            // The givens come before the number the reply works out, not after it ("130 jabs … and 69 …"); "the two
            // months" counts no given.
            !mentions.contains(where: { $0.first > mention.last && !skipping($0.first) && !$0.articleLike })
        else { return nil }
        let tokens = reply.tokens
        // In digits or spelled in several words ("Two thousand one hundred and seventy-two guests stayed …"; "these two
        // numbers" counts nothing), and not in a sentence of purpose ("To calculate 83 - 29, …").
        guard AnswerQuestion.isDigits(tokens[mention.first].word) || mention.last > mention.first,
            tokens.first?.word != "to"
        else { return nil }
        if mention.first > 0, circumstances.contains(tokens[mention.first - 1].word) { return nil }
        // "Probably somewhere around 8,500": an estimate, not a count.
        if tokens[..<mention.first].contains(where: { estimates.contains($0.word) }) { return nil }
        // "6505 crates were stacked … on Monday" to "… 4120 crates on Monday and 2385 on Tuesday …": a time that the
        // question gives one of its givens for makes the number that time's, not the total; every such time together
        // ("2,623 finishes across March and April") makes it the total.
        let rest = tokens[(mention.last + 1)...]
        let givenTimes = Set(rest.map(\.word).filter { times.contains($0) && question.topic.contains($0) })
        if !givenTimes.isEmpty, givenTimes.count < 2 || givenTimes.count < question.topic.count(where: times.contains) {
            return nil
        }
        // "2779 is wrong.", "299.99 is an arithmetic sequence", "why 829 might come up": the number described, doubted
        // or taken back, not stated.
        if let next = rest.first,
            factors.contains(next.word) || affirmingVerbs.contains(next.word) || modals.contains(next.word)
                || next.word == "would"
        {
            return nil
        }
        guard !isInQuestion(mention, reply), !isConditional(mention, reply), !isNegated(mention, reply),
            !isAttributed(mention, reply), !isRetracted(mention, reply), !isComparative(mention, reply),
            !isPossibility(mention, reply), !isOfferedAlternative(mention, reply),
            !(reply.isPercent(at: mention.last) && !question.asksPercent)
        else { return nil }
        return (value, mention.first)
    }
}

/// How the answer readers weigh what they found in a reply, as a careful person would: an explicit
/// answer slot beats everything, a later correction or conclusion beats an earlier word, answers
/// that disagree without a correction are no answer, and a non-answer ("No way to tell", "Yes, I
/// can't say") is recognised before the answer word it begins with.
enum AnswerReading {
    /// One place where the reply gives an answer.
    struct Event {
        /// How strongly a place answers, weakest first.
        enum Rank: Int, Comparable {
            /// A courtesy or aside that answers only when nothing else does ("Certainly!", "…, and
            /// no, we don't have it").
            case courtesy
            /// An answer word that opens a sentence or stands alone ("No, …", "…, yes.").
            case word
            /// An answer construction ("the answer is no", "I'd pick B").
            case construction
            /// An answer slot (`ANSWER: yes`, `<answer>B</answer>`, `{"answer": "no"}`).
            case slot

            static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        /// The answer (`yes`, `no`, a letter).
        var value: String
        /// The index of the answering word.
        var index: Int
        /// How strongly it answers.
        var rank: Rank
        /// The index of the correction or conclusion word that introduces it ("sorry, I mean yes",
        /// "so, no"), if any.
        var marker: Int?
        /// Whether it is the reply's first word (after markdown and lead-ins).
        var leading: Bool
        /// Whether the sentence around it states the answer in full ("Yes, the library is open on
        /// Sundays"), so that a slot that says otherwise contradicts an explicit statement.
        var stated = false
    }

    /// A non-answer phrase found in the reply.
    struct Hedge {
        /// The index of its first word.
        var index: Int
        /// How many words it has.
        var length: Int
        /// What the phrase does to an answer the reply also gives.
        enum Kind {
            /// It rules out any answer ("it depends", "yes and no").
            case overriding
            /// It takes back an answer word right before it, or one it follows as a whole sentence.
            case knowledge
            /// It counts only when the reply gives no answer ("I am unable to run code").
            case refusal
        }

        /// What kind of phrase it is.
        var kind: Kind
    }

    /// Words that, right before an answer, mark it as a correction or a conclusion.
    static let decisiveMarkers: Set<String> = [
        "actually", "wait", "sorry", "mean", "meant", "correction", "oops", "rather", "instead", "misspoke",
        "mistake", "so", "therefore", "thus", "hence", "conclusion", "summary", "overall", "short", "final",
        "finally", "ultimately", "bottom", "tl", "dr", "tldr", "answer", "verdict", "conclusión", "resumen",
        "donc", "résumé", "also", "fazit", "portanto", "então", "quindi", "dunque", "pues", "entonces", "bref",
        "but", "however", "though", "thought", "second", "reconsider", "recheck", "rechecking", "misread", "pardon",
        "perdón", "perdon", "entschuldigung", "scusa", "scusate", "desculpe", "desculpa", "meine", "meinte",
        "intendevo", "decir", "dizer", "dire", "corrección", "korrektur", "correção", "correzione", "pero", "mais",
        "aber", "mas", "ma", "però", "edit", "edited", "update", "updated",
        // "1374 packets are left.\n\nChecking: … 3042 − 1768 = 1274.\n\nANSWER: 1274": a check that ends elsewhere.
        "checking",
        // "10,182.\nCheck: … = 10,192 — correcting to 10,192.\n\nANSWER: 10192".
        "correcting", "corrected",
    ]

    /// Words that turn a sentence against what came before in it ("Probably, but …", "Probably D, though …").
    static let turns: Set<String> = [
        "but", "though", "although", "however", "yet", "pero", "aunque", "mais", "aber", "doch", "mas", "ma", "però",
    ]

    /// Words that say the reply takes back an answer it gave ("Sorry, that's wrong —", "Correction:"): after one, a
    /// later answer slot or labelled answer replaces the earlier slot (rule 23).
    static let explicitCorrections: Set<String> = [
        "correction", "corrected", "correcting", "sorry", "wrong", "incorrect", "mistake", "misread", "misspoke",
        "oops", "apologies", "apologise", "apologize", "actually", "scratch", "edit", "edited", "update", "updated",
        "corrección", "korrektur", "correção", "correzione", "perdón", "perdon", "désolé", "desolé", "entschuldigung",
        "scusa", "scusate", "desculpe", "desculpa", "erratum", "falsch", "faux", "errado", "errata", "equivocado",
        // A recheck that ends on another slot revises the first ("ANSWER: A\n\nRechecking 37 × 56: … ANSWER: D").
        "rechecking", "rechecked", "recalculating", "recalculated", "revised", "redo", "redoing", "redid",
        // "On second thought", "On reflection", "I misplaced a digit", "I miscounted".
        "thought", "reflection", "misplaced", "miscounted", "miscalculated", "mistyped", "misadded",
        // "ANSWER: 900\n\nWait — 22 × 45 = 990, not 900.\n\nANSWER: 990".
        "wait",
    ]

    /// Words that cannot end a sentence: a reply that ends on one was cut off.
    static let unfinishedEnds: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "by", "with", "than", "because", "but", "which",
    ]

    /// Whether the reply stops mid-sentence: on an opening bracket, a comma, an operator or a word that
    /// cannot end a sentence after the word at `answer` (markdown emphasis is no operator: "**C**").
    static func isCutOff(_ reply: ReplyTokens, after answer: Int) -> Bool {
        guard let lastByte = reply.text.utf8.last(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }),
            let last = reply.tokens.last
        else { return false }
        if Array("([{,=+/".utf8).contains(lastByte) { return true }
        return reply.tokens.count - 1 > answer && last.after == nil && last.end == reply.text.utf8.count
            && unfinishedEnds.contains(last.word) && reply.tokens.count > 1
    }

    /// Words that announce a correction: the last word of a reply, they leave its answer open.
    static let pendingCorrections: Set<String> = [
        "wait", "actually", "hmm", "aspetta", "espera", "moment", "attends", "espere",
    ]

    /// The closest correction or conclusion word within the few words before `index`: in the same
    /// sentence, or in a short sentence just before it ("Wait. Yes.", "Sorry, my mistake. No.").
    static func marker(_ reply: ReplyTokens, before index: Int) -> Int? {
        var position = index
        var sentenceStart = reply.sentenceStart(of: index)
        if index - sentenceStart == 0, sentenceStart > 0 {
            let previousStart = reply.sentenceStart(of: sentenceStart - 1)
            if sentenceStart - previousStart <= 3 { sentenceStart = previousStart }
        }
        while position > sentenceStart, index - position < 6 {
            position -= 1
            if decisiveMarkers.contains(reply.tokens[position].word) { return position }
        }
        return nil
    }

    /// Whether `event` is introduced by a correction or conclusion that comes after the answer
    /// before it (in "The answer is D - C" the word "answer" introduces D, not C).
    static func isDecisive(_ event: Event, after previous: Int) -> Bool {
        guard let marker = event.marker else { return false }
        return marker > previous
    }

    /// Whether a correction or conclusion word ("actually", "so", "final") stands between the words at `start` and
    /// `end`, other than an answer line's own label ("ANSWER:"): without one, two different answers there are two.
    static func isCorrected(between start: Int, and end: Int, in reply: ReplyTokens) -> Bool {
        reply.tokens[start..<max(start, end)].contains {
            (decisiveMarkers.contains($0.word) || pendingCorrections.contains($0.word) || changes.contains($0.word))
                && !AnswerSlots.lineWords.contains($0.word)
        }
    }

    /// Whether an explicit take-back (``explicitCorrections``: "Correction:", "Sorry, that's wrong") stands after the
    /// word at `start` and before the one at `end`.
    static func takesBack(after start: Int, before end: Int, in reply: ReplyTokens) -> Bool {
        start + 1 < end && reply.tokens[(start + 1)..<end].contains { explicitCorrections.contains($0.word) }
    }

    /// Words that say the reply changes its answer ("I'll change my answer to C", "hold on", "let me redo that").
    static let changes: Set<String> = [
        "change", "changed", "changing", "hold", "redo", "recompute", "recomputing", "recomputed", "recheck",
        "rechecking",
        "rechecked", "recalculate", "recalculating", "recalculated", "revise", "revised", "revising", "reconsider",
        "reconsidering", "reconsidered",
    ]

    /// The answer of `text`: the one in its tag or JSON slot when that has one (or is a non-answer),
    /// else the one `read` finds in the whole text; for a reply longer than ``longestReading``, only its slot's.
    /// A reasoning block that opens the reply (`<think>…</think>`) is the model's working, not what it tells the
    /// person: only the text after it is read, and a reply cut off inside it gives none. With `checkingReasoning`
    /// (yes/no and letters), working that reaches another answer leaves the reply undecided (rule 76); with
    /// `checkingProse` (yes/no), so does prose that gives another answer than the tag or JSON slot (rule 82).
    static func read(
        _ text: String,
        checkingReasoning: Bool = false,
        checkingProse: Bool = false,
        with read: (ReplyTokens) -> ExtractedAnswer
    ) -> ExtractedAnswer {
        let split = ReasonedReply.splitInline(text)
        var text = split.reply
        guard text.utf8.count <= longestReading else {
            return slotOfLong(text).map { read(ReplyTokens(unwrappingLaTeX($0))) } ?? .unparsed
        }
        text = withoutConfidences(
            withoutOtherQuestions(withoutStruckText(unwrappingLaTeX(withoutHTMLTags(onlyCheckedItems(text)))))
        )
        let tagged = AnswerSlots.taggedContent(of: text).map { read(ReplyTokens($0)) }
        let answer = tagged.flatMap { $0 == .unparsed ? nil : $0 } ?? read(ReplyTokens(text))
        // Rule 82: "In short: no, finished pots are not sold.\n\n{\"answer\": \"yes\"}": prose that answers one way
        // and a tag or JSON slot that answers the other say two things, as prose and an answer line do (yes/no; a
        // letter in prose may be an option the reply weighs, "(B) looked right at first, but …", and a number's
        // prose holds its working).
        if checkingProse, let value = tagged?.value,
            let stated = read(ReplyTokens(AnswerSlots.withoutTaggedSlots(text))).value, stated != value
        {
            return .unparsed
        }
        // Rule 76: "<think>… so the answer is no.</think>\n\nANSWER: yes": working that reaches another answer than
        // the reply gives says two things (yes/no and letters; a number's working holds its steps' results).
        // Only a conclusion counts: the working's last sentence says "so", "therefore" or "the answer" ("A looks
        // tempting, but it's the capital." concludes nothing).
        if checkingReasoning, let value = answer.value, let reasoning = split.reasoning,
            reasoning.utf8.count <= longestReading
        {
            let working = ReplyTokens(reasoning)
            let last = working.tokens.indices.last { working.tokens[$0].before >= .sentence } ?? 0
            if working.tokens[last...].contains(where: { conclusions.contains($0.word) }),
                let reasoned = read(working).value, reasoned != value
            {
                return .unparsed
            }
        }
        return answer
    }

    /// `text` with the LaTeX markup of a math model's reply taken off its answer, as a reader sees it typeset
    /// (rule 57): a font or text command shows its argument ("$\\boxed{\\mathrm{B}}$" shows a boxed B; `\\text`,
    /// `\\textbf`, `\\mathrm`, `\\mathbf`, `\\operatorname` and their kin, nested up to three deep), a braced comma is a
    /// comma ("112{,}659") and a thin space before three digits separates thousands ("112\\,659").
    static func unwrappingLaTeX(_ text: String) -> String {
        var hasBackslash = false
        var hasBrace = false
        for byte in text.utf8 where byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "{") {
            if byte == UInt8(ascii: "{") { hasBrace = true } else { hasBackslash = true }
            if hasBrace && hasBackslash { break }
        }
        guard hasBackslash || hasBrace else { return text }
        var plain = text.replacing("{,}", with: ",")
        guard hasBackslash else { return plain }
        for _ in 0..<3 {
            let unwrapped = plain.replacing(
                #/\\(?:text|textbf|textit|textrm|textsf|texttt|mathrm|mathbf|mathit|mathsf|mathtt|operatorname|mbox)\s*\{([^{}]*)\}/#
            ) { String($0.output.1) }
            if unwrapped == plain { break }
            plain = unwrapped
        }
        return plain.replacing(#/\\[,;: ](?=\d{3}(?!\d))/#) { match in
            let start = match.range.lowerBound
            guard start > plain.startIndex, plain[plain.index(before: start)].isWholeNumber else {
                return String(match.output)
            }
            return ","
        }
    }

    /// `text` with the "A:" that opens a line after a line opened by "Q:" written "Answer:" (rule 104): in a reply laid
    /// out as questions and answers ("Q: Chief ore of mercury?\nA: I'd rather not guess."), "A:" labels the answer;
    /// it is no pick of option A, nor a number's label. The letter and number readers read it so; the yes/no reader
    /// reads "A: No, …" as the answer word that opens its line already, and a reply that answers several questions so
    /// answers each with its own.
    static func labellingFAQAnswers(_ text: String) -> String {
        // Looked for as bytes first: a "Q" and an "A", each right before a colon.
        let bytes = text.utf8
        let colon = UInt8(ascii: ":")
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "Q") && $1 == colon }),
            zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "A") && $1 == colon })
        else { return text }
        var asked = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let body = line.drop { $0 == " " || $0 == "*" }
            if body.hasPrefix("Q:") {
                asked = true
            } else if asked, body.hasPrefix("A:") {
                return line[..<body.startIndex] + "Answer:" + body.dropFirst(2)
            }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// `text` without the words it strikes through (`~~No, it's divisible by 7~~ Yes`, `~~2911~~ 2901`): markdown's
    /// strikethrough is the writer taking them back, as a reader sees it rendered (rule 66). Only a span within a line.
    static func withoutStruckText(_ text: String) -> String {
        // Looked for as a byte: a substring search costs more than the whole reading of most replies.
        guard text.utf8.contains(UInt8(ascii: "~")), text.contains("~~") else { return text }
        return text.replacing(#/~~[^~\n]{1,400}~~/#, with: " ")
    }

    /// `text` without the confidences it puts in brackets after its answers (rule 90): "B (55%) or A (45%)" is "B or A",
    /// two answers, and "C (90% sure)" is C. Only a percentage alone in its brackets, or with a word of certainty.
    static func withoutConfidences(_ text: String) -> String {
        // Looked for as bytes first: "%" and "(".
        guard text.utf8.contains(UInt8(ascii: "%")), text.utf8.contains(UInt8(ascii: "(")) else { return text }
        return confidence.removingMatches(in: text)
    }

    /// A confidence in brackets right after a word ("B (55%)", "C (90% sure)"); the word itself is kept.
    static let confidence = TextPattern.known(
        #"(?<=[^\s(]) ?\(\s*\d{1,3}(?:\.\d+)?\s*%(?:\s+(?:sure|confident|certain|likely|confidence))?\s*\)"#
    )

    /// `text` without the sentences that answer another question than the one asked (rule 83): from one that says so
    /// ("Slightly different question, but the author of Doctor Zhivago is B.", "That's a bit off what you asked — per
    /// crate it's 35 kites.", "I'll answer a slightly different question — whether drinks are sold. They are: …") to
    /// one that comes back to the question asked ("For this one, B.", "As for your question, …") or an answer line
    /// ("ANSWER: B"), or to the end. Whatever those sentences answer, they answer the other question.
    static func withoutOtherQuestions(_ text: String) -> String {
        // Looked for as bytes first, in one pass: "question" or "asked" in any case, as the last bytes read, lowered.
        var window: UInt64 = 0
        var named = false
        for byte in text.utf8 {
            window = window << 8 | UInt64(byte | 0x20)
            if window & 0xFFFF_FFFF == askedBytes || window & 0x00FF_FFFF_FFFF_FFFF == questionBytes {
                named = true
                break
            }
        }
        guard named, otherQuestion.matches(text) else { return text }
        var kept = ""
        var aside = false
        // Sentence by sentence: up to a run of end marks or a line break, the marks kept with their sentence.
        var start = text.startIndex
        var index = text.startIndex
        func flush(to end: String.Index) {
            guard start < end else { return }
            let sentence = String(text[start..<end])
            if otherQuestion.matches(sentence) {
                aside = true
            } else if aside, backToQuestion.matches(sentence) || AnswerSlots.content(of: sentence) != nil {
                aside = false
            }
            kept += aside ? " " : sentence
            start = end
        }
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == "\n" {
                flush(to: index)
            } else if ".!?".contains(character), index == text.endIndex || !".!?".contains(text[index]) {
                flush(to: index)
            }
        }
        flush(to: text.endIndex)
        return kept
    }

    /// "sked" and "uestion" as the low bytes of a word (the last byte lowest), as ``withoutOtherQuestions(_:)`` looks
    /// for them.
    static let askedBytes = "sked".utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    static let questionBytes = "uestion".utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }

    /// Words that say a sentence answers another question than the one asked.
    static let otherQuestion = TextPattern.known(
        #"\b(?:(?:different|related|nearby|neighbou?ring|adjacent)\s+question|(?:off|away)\s+(?:from\s+)?what\s+you\s+asked|not\s+(?:quite|exactly)\s+(?:what\s+you\s+asked|your\s+question))"#
    )

    /// Words that bring a reply back to the question asked after it answered another ("For this one, B.").
    static let backToQuestion = TextPattern.known(
        #"\b(?:for\s+(?:this|that)\s+one|(?:as\s+for|back\s+to|for)\s+your\s+(?:own\s+)?question|the\s+one\s+you\s+asked)"#
    )

    /// `text` with a checklist read as ticked (rule 78): where lines open with both an empty box ("- [ ] A", "☐ yes")
    /// and a ticked one ("- [x] B", "☑ no"), the empty boxes' lines are dropped and the ticked ones keep their content
    /// ("- [ ] A\n- [x] B" is "B"); as it is otherwise.
    static func onlyCheckedItems(_ text: String) -> String {
        // Looked for as bytes first: "[ ]", "[x]", "[X]" or a ballot box (E2 98 90 to 92), in one pass.
        var previous: (UInt8, UInt8) = (0, 0)
        var boxed = false
        for byte in text.utf8 {
            if previous.0 == UInt8(ascii: "["), byte == UInt8(ascii: "]"),
                previous.1 == UInt8(ascii: " ") || previous.1 == UInt8(ascii: "x") || previous.1 == UInt8(ascii: "X")
            {
                boxed = true
                break
            }
            if previous.0 == 0xE2, previous.1 == 0x98, (0x90...0x92).contains(byte) {
                boxed = true
                break
            }
            previous = (previous.1, byte)
        }
        guard boxed else { return text }
        var empty = false
        var ticked = false
        var lines: [(box: Bool?, content: Substring)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("- ") || rest.hasPrefix("* ") { rest = rest.dropFirst(2) }
            if let box = Self.checkBoxes.first(where: { rest.hasPrefix($0.mark) }) {
                lines.append((box.ticked, rest.dropFirst(box.mark.count).drop { $0 == " " }))
                if box.ticked { ticked = true } else { empty = true }
            } else {
                lines.append((nil, line))
            }
        }
        guard empty && ticked else { return text }
        return lines.compactMap { $0.box == false ? nil : String($0.content) }.joined(separator: "\n")
    }

    /// The boxes of a checklist, and whether each is ticked.
    static let checkBoxes: [(mark: String, ticked: Bool)] = [
        ("[ ]", false), ("[x]", true), ("[X]", true), ("☐", false), ("☑", true), ("☒", true),
    ]

    /// Words that make a sentence of the working a conclusion (rule 76).
    static let conclusions: Set<String> = ["so", "therefore", "thus", "hence", "answer"]

    /// `text` as a browser shows its HTML (rule 75): the tags of emphasis and inline code taken off ("<p>Answer:
    /// <strong>D</strong></p>" is "Answer: D", and "<b>D</b>" holds no letter B), those of superscripts and subscripts
    /// a caret ("10<sup>3</sup>" is neither 10 nor 103), those of paragraphs, lines, list items, headings and table cells
    /// ending a line. Any other tag with attributes reads as its labelled fields (rule 79:
    /// `<choice letter="A" text="The tango"/>` is "choice letter: A, text: The tango", whose letter and option text
    /// then have to agree; an opening tag's fields end their line, rule 91: `<check match="no">Saturday</check>` is
    /// "check match: no" and "Saturday"), except an answer tag's value, which ``AnswerSlots`` reads. Other tags (an answer tag, a reasoning
    /// block) and comparisons in prose ("a<b and b>c") stay. One pass over the bytes.
    static func withoutHTMLTags(_ text: String) -> String {
        // Looked for as a byte first: most replies hold no tag.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let bytes = Array(text.utf8)
        var plain: [UInt8] = []
        var copied = 0
        var index = 0
        // The names of the opening tags read as fields, whose closing tags end a line.
        var opened: Set<String> = []
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let tag = markupTag(at: index, in: bytes) else {
                index += 1
                continue
            }
            let replacement: [UInt8]
            if let known = htmlTags[tag.name] {
                replacement = known.map { [$0] } ?? []
            } else if let first = tag.attributes.first, !isAnswerSlot(tag, first: first, in: bytes) {
                // An opening tag's fields end their line, before the content (`<check match="no">Saturday</check>`),
                // and its closing tag ends the content's.
                replacement = fields(of: tag, in: bytes) + (tag.selfCloses ? [] : [UInt8(ascii: "\n")])
                if !tag.selfCloses { opened.insert(tag.name) }
            } else if bytes[index + 1] == UInt8(ascii: "/"), opened.contains(tag.name) {
                replacement = [UInt8(ascii: "\n")]
            } else {
                index += 1
                continue
            }
            if plain.isEmpty { plain.reserveCapacity(bytes.count) }
            plain.append(contentsOf: bytes[copied..<index])
            plain.append(contentsOf: replacement)
            index = tag.end
            copied = index
        }
        guard copied > 0 else { return text }
        plain.append(contentsOf: bytes[copied...])
        return String(decoding: plain, as: UTF8.self)
    }

    /// The HTML tags read, by name, with what each leaves: nothing, a space or a line break.
    static let htmlTags: [String: UInt8?] = {
        var tags: [String: UInt8?] = [:]
        for name in ["b", "strong", "i", "em", "u", "span", "mark", "code", "small"] { tags[name] = .some(nil) }
        // "10<sup>3</sup>" is 10^3, which no reader takes for 10 or 103.
        for name in ["sup", "sub"] { tags[name] = UInt8(ascii: "^") }
        for name in [
            "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "thead", "tbody",
            "blockquote",
        ] {
            tags[name] = UInt8(ascii: "\n")
        }
        // A table's cells stay cells, as markdown writes them (rule 105): "<tr><th>Total</th><th>915</th></tr>" is a
        // row "|Total||915|" whose layout names the total.
        for name in ["td", "th"] { tags[name] = UInt8(ascii: "|") }
        return tags
    }()

    /// Whether ``AnswerSlots`` reads `tag` as the answer: an answer tag whose first attribute is its value
    /// (`<answer value="B"/>`).
    static func isAnswerSlot(_ tag: MarkupTag, first: (name: Range<Int>, value: Range<Int>), in bytes: [UInt8]) -> Bool
    {
        (tag.name == "answer" || tag.name == "final_answer") && bytes[first.name].elementsEqual("value".utf8)
    }

    /// A markup tag as ``markupTag(at:in:)`` finds it: its lowercased name, where it ends, whether it closes itself
    /// ("/>") and the byte ranges of its attributes' names and values (a value without its quotes).
    struct MarkupTag {
        var name: String
        var end: Int
        var selfCloses: Bool
        var attributes: [(name: Range<Int>, value: Range<Int>)]
    }

    /// The markup tag that opens at byte `start` ("<b>", "</strong>", "<br />", `<p class="x">`,
    /// `<choice letter="A"/>`); nil for anything else. Its name has at most 24 letters, digits or underscores, and
    /// attributes must read as attributes (`name="value"`, at most eight of 200 bytes in all), so that "a<b and b>c"
    /// is no tag.
    static func markupTag(at start: Int, in bytes: [UInt8]) -> MarkupTag? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        let nameStart = index
        while index < bytes.count, index - nameStart <= 24, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, index - nameStart <= 24 else { return nil }
        var tag = MarkupTag(
            name: String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased(),
            end: 0,
            selfCloses: false,
            attributes: []
        )
        while index < bytes.count, index - start < 200 {
            var next = index
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            guard next < bytes.count else { return nil }
            if bytes[next] == UInt8(ascii: ">") {
                tag.end = next + 1
                return tag
            }
            if bytes[next] == UInt8(ascii: "/"), next + 1 < bytes.count, bytes[next + 1] == UInt8(ascii: ">") {
                tag.end = next + 2
                tag.selfCloses = true
                return tag
            }
            // An attribute: a space, a name, "=" and a quoted or bare value.
            guard next > index, tag.attributes.count < 8 else { return nil }
            var end = next
            while end < bytes.count, isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: "-") { end += 1 }
            guard end > next, end < bytes.count, bytes[end] == UInt8(ascii: "=") else { return nil }
            let name = next..<end
            end += 1
            let valueStart: Int
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: "'") {
                let quote = bytes[end]
                end += 1
                valueStart = end
                while end < bytes.count, bytes[end] != quote, bytes[end] != UInt8(ascii: "<"),
                    bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "\n")
                {
                    end += 1
                }
                guard end < bytes.count, bytes[end] == quote else { return nil }
                tag.attributes.append((name, valueStart..<end))
                end += 1
            } else {
                valueStart = end
                while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "-") { end += 1 }
                guard end > valueStart else { return nil }
                tag.attributes.append((name, valueStart..<end))
            }
            index = end
        }
        return nil
    }

    /// The bytes a tag's attributes read as (rules 79 and 91): its name, then each attribute as a labelled field
    /// ("choice letter: A, text: The tango").
    static func fields(of tag: MarkupTag, in bytes: [UInt8]) -> [UInt8] {
        var fields = Array(tag.name.utf8)
        for (offset, attribute) in tag.attributes.enumerated() {
            fields.append(contentsOf: offset == 0 ? Array(" ".utf8) : Array(", ".utf8))
            fields.append(contentsOf: bytes[attribute.name])
            fields.append(contentsOf: Array(": ".utf8))
            fields.append(contentsOf: bytes[attribute.value])
        }
        return fields
    }

    /// Whether `byte` may stand in a tag's or attribute's name: an ASCII letter or digit, or an underscore.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }

    /// Whether `byte` is an ASCII letter or digit.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }

    /// The longest reply that is read whole for its answer, in UTF-8 bytes (about 2,500 words; chat models answer a
    /// question in a tenth of that).
    static let longestReading = 16 * 1024

    /// The slot at the end of a reply longer than ``longestReading`` (in its last half of that): such a reply is read
    /// for nothing else. Where its answer stands in the prose, and whether a correction follows it, would take
    /// reading all of it, and a provider may send up to `max_response_bytes` of anything (1 MiB by default); so
    /// without a slot it gives no answer, in a time that does not grow with its length.
    static func slotOfLong(_ text: String) -> String? {
        let bytes = text.utf8
        var start = bytes.index(bytes.endIndex, offsetBy: -(longestReading / 2))
        // Cut at the start of a scalar, never inside one.
        while start < bytes.endIndex, UTF8.isContinuation(bytes[start]) { start = bytes.index(after: start) }
        return AnswerSlots.content(of: String(text[start...]))
    }

    /// The HTML character references of quotes and ampersands some serving stacks leave in a reply ("&#39;ANSWER:
    /// no&#39;"), decoded: a reader sees the quotes they stand for, so a slot label between them is mentioned, not
    /// given. The yes/no and letter readers decode them; the number reader does not, since a quote decoded before
    /// digits would make them mentioned.
    static func decodingQuotes(_ text: String) -> String {
        // Looked for as a byte: a substring search costs more than the whole reading of most replies.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacing("&#39;", with: "'").replacing("&#x27;", with: "'").replacing("&quot;", with: "\"")
            .replacing("&amp;", with: "&")
    }

    /// The numeric HTML character references a serving stack leaves in a reply ("&#39;", "&#x27;"), each rewritten as
    /// the named reference "&apos;" for the number reader: the digits of "&#39;" are no number the reply gives (rule
    /// 17), and a named reference, unlike the quote it stands for, makes no number after it mentioned.
    /// A reference escaped twice ("&amp;#39;") or whose "&" another reference took ("&gt;#39;") is one too (rule 22).
    static func namingReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")), text.utf8.contains(UInt8(ascii: "#")) else { return text }
        return text.replacing(#/(&amp;|&|;)#([0-9]{1,6}|[xX][0-9A-Fa-f]{1,6});/#) { match in
            match.output.1 == ";" ? ";&apos;" : "&apos;"
        }
    }

    /// The answer the events and hedges add up to, and the event it comes from.
    static func resolve(
        _ events: [Event],
        hedges: [Hedge],
        reply: ReplyTokens,
        mode: ExtractionMode
    )
        -> (answer: ExtractedAnswer, event: Event?)
    {
        // Weak answers ("Certainly!", "…, and no, …") count only when nothing stronger answers.
        let events = events.contains { $0.rank > .courtesy } ? events.filter { $0.rank > .courtesy } : events
        if let slot = events.last(where: { $0.rank == .slot }) {
            // Only an explicit correction after the slot ("Edit: … the correct answer is A") overrides it.
            // Rule 23: so does a later answer introduced by an answer word or conclusion after an explicit take-back
            // ("ANSWER: no\n\nSorry, that's wrong — … so eight is fine. ANSWER: yes").
            let correction = events.last {
                $0.index > slot.index && isDecisive($0, after: slot.index)
                    && ($0.rank >= .construction
                        || takesBack(after: slot.index, before: $0.marker ?? slot.index, in: reply))
            }
            if let correction { return (.answer(correction.value), correction) }
            // A slot that holds two answers ("ANSWER: 527 or 537") gives none, and so do two slots that disagree
            // ("ANSWER: yes\n\nANSWER: no") unless the later one is introduced as a correction.
            let line = reply.lineStart(of: slot.index)
            // The slot's own label ("ANSWER:") is no correction of the slot before it.
            // An explicit take-back between the two ("Correction: …") makes the later slot a correction (rule 23).
            // So does a word of revising between them ("ANSWER: A\n\nLet me recheck: … which is B, not A.\n\nANSWER: B",
            // rule 92).
            let corrected = { (earlier: Int) in
                slot.marker.map { $0 > earlier && $0 < line } ?? false
                    || takesBack(after: earlier, before: line, in: reply)
                    || earlier < line && reply.tokens[earlier..<line].contains { changes.contains($0.word) }
            }
            if events.contains(where: {
                $0.rank == .slot && $0.value != slot.value && ($0.index >= line || !corrected($0.index))
            }) {
                return (.unparsed, nil)
            }
            // A slot that contradicts what the prose states explicitly ("Yes, the library is open.\nANSWER:
            // no", "the answer is B … ANSWER: C", an answer given twice) gives none: which of the two the model
            // means is not certain. A bare leading word ("B\n\nFinal answer: (C)") is settled by the slot, and
            // so is prose that turns after its answer ("Yes, at first glance, but …").
            let prose = events.filter { $0.rank != .slot }
            if !prose.isEmpty,
                case (.answer(let said), let event?) = resolve(prose, hedges: [], reply: reply, mode: .lenient),
                said != slot.value,
                event.rank >= .construction || event.stated || prose.filter({ $0.value == said }).count >= 2,
                !reply.tokens[event.index..<max(event.index, line)].contains(where: {
                    decisiveMarkers.contains($0.word)
                })
            {
                return (.unparsed, nil)
            }
            // "Here's the answer:\nNo, no one can tell": a slot's answer word that a non-answer takes back at once.
            if hedges.contains(where: {
                $0.kind != .refusal && $0.index > slot.index && $0.index - slot.index <= 2
                    && !reply.tokens[(slot.index + 1)...$0.index].contains { $0.before >= .sentence }
            }) {
                return (.evasive, nil)
            }
            return (.answer(slot.value), slot)
        }
        guard var chosen = events.first else {
            return (hedges.isEmpty ? noAnswer(reply) : .evasive, nil)
        }
        // A different answer without a correction or a stronger construction leaves the reply
        // undecided until a later correction or conclusion settles it.
        var conflicted = false
        var previous = chosen.index
        for event in events.dropFirst() {
            defer { previous = event.index }
            if event.value == chosen.value {
                if event.rank >= chosen.rank { chosen = event }
                continue
            }
            // A stronger construction settles an earlier word only from a sentence of its own: "You're
            // right, I would say no" says both.
            let ownSentence = reply.sentenceStart(of: event.index) > chosen.index
            let stronger = event.rank > chosen.rank && ownSentence
            // "No, the answer is yes": a label word corrects nothing within the sentence it contradicts.
            let labelled =
                event.marker.map { marker in
                    ["answer", "verdict"].contains(reply.tokens[marker].word)
                        && reply.sentenceStart(of: chosen.index) == chosen.index
                        && reply.tokens[(chosen.index + 1)...marker].contains { $0.commaBefore }
                } ?? false
            conflicted = !((isDecisive(event, after: previous) && (ownSentence || !labelled)) || stronger)
            chosen = event
        }
        if conflicted { return (hedges.isEmpty ? .unparsed : .evasive, nil) }
        // A reply that ends on a correction it never makes ("No, no wait.") was cut off before its answer, and
        // one cut off in the sentence that answers ("…, you simply add them: Sixteen (") may not have finished it.
        if let last = reply.tokens.indices.last {
            // "Not at the moment." ends on a time, not on "One moment".
            let atTime = last > 0 && ["the", "this", "that"].contains(reply.tokens[last - 1].word)
            if last > chosen.index, pendingCorrections.contains(reply.tokens[last].word), !atTime {
                return (.unparsed, nil)
            }
            if reply.sentenceStart(of: last) <= chosen.index, isCutOff(reply, after: chosen.index) {
                return (.unparsed, nil)
            }
        }
        for hedge in hedges where hedge.kind != .refusal {
            // A conclusion after the hedge settles it; one inside it ("A possible answer is C") is the hedge's own.
            if hedge.kind == .overriding,
                !(isDecisive(chosen, after: hedge.index + hedge.length - 1) && chosen.index > hedge.index)
            {
                return (.evasive, nil)
            }
            guard hedge.index > chosen.index else { continue }
            let sameSentence = !(chosen.index + 1...hedge.index).contains { reply.tokens[$0].before >= .sentence }
            if sameSentence, hedge.index - chosen.index <= 2 { return (.evasive, nil) }
            // Rule 114: "I think the answer is (D), but I'm really not sure.", "…, so I can't give a firm figure": a
            // turn to not knowing later in the answer's sentence takes it back as a sentence of its own does; a doubt
            // of degree ("but I'm not entirely sure") leaves it.
            let words = reply.tokens[hedge.index..<min(hedge.index + hedge.length, reply.tokens.count)]
            if sameSentence, hedge.kind != .refusal, !isQualified(hedge, in: reply),
                !words.contains(where: { degrees.contains($0.word) }),
                reply.tokens[(chosen.index + 1)..<hedge.index].contains(where: { turns.contains($0.word) })
            {
                return (.evasive, nil)
            }
            if !sameSentence, !isQualified(hedge, in: reply) { return (.evasive, nil) }
        }
        if mode == .strict, !(chosen.leading || chosen.rank == .slot) { return (.unparsed, nil) }
        if mode == .strict, events.contains(where: { $0.value != chosen.value }) { return (.unparsed, nil) }
        return (.answer(chosen.value), chosen)
    }

    /// Words of degree that make a doubt a mild one ("not entirely sure", "not 100% sure").
    static let degrees: Set<String> = ["entirely", "completely", "fully", "totally", "quite", "100", "absolutely"]

    /// Words after a hedge that narrow it to a detail ("not sure about the exact date").
    static let qualifiers: Set<String> = [
        "about", "whether", "how", "when", "which", "why", "exactly", "exact", "if", "what", "where", "who",
        "the", "sobre", "si", "cuándo", "quand", "wann", "ob", "quando", "se",
    ]

    /// Whether a hedge in a sentence after the answer only qualifies a detail ("I'm not sure
    /// about the exact date"), rather than taking the answer back ("I can't tell from this.").
    static func isQualified(_ hedge: Hedge, in reply: ReplyTokens) -> Bool {
        let after = hedge.index + hedge.length
        guard after < reply.tokens.count, reply.tokens[after].before < .sentence else { return false }
        return qualifiers.contains(reply.tokens[after].word)
    }

    /// `unparsed`, or `evasive` when the reply apologises without answering.
    static func noAnswer(_ reply: ReplyTokens) -> ExtractedAnswer {
        AnswerText.apologyPhrases.occurs(in: reply.tokens.map(\.word)) ? .evasive : .unparsed
    }
}

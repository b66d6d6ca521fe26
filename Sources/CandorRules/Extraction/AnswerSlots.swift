/// The explicit answer slots of a reply: an `<answer>` or `<final_answer>` tag, a JSON `"answer"`
/// field, or an answer line (`ANSWER: yes`, `**Final answer:** (C)`, `Respuesta: sí`). An answer in
/// a slot beats any answer word in the prose around it.
enum AnswerSlots {
    static let tag = TextPattern.known(
        #"<(answer|final_answer|final|respuesta|réponse|antwort|resposta|risposta)>\s*([\s\S]*?)\s*</\1\s*>"#
    )
    /// An answer tag that holds its answer as an attribute (`<answer value="B"/>`, `<answer value="1600" unit="g"/>`,
    /// rule 77).
    static let attribute = TextPattern.known(
        #"<(?:answer|final_answer)\s+value\s*=\s*"([^"<>\n]{0,100})"[^<>\n]{0,200}?/?>"#
    )
    static let json = TextPattern.known(
        #""(?:answer|final_answer|verdict|choice|option|letter|selection|respuesta|réponse|antwort|resposta|risposta)"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?[A-Za-z0-9][\w.]*))"#
    )

    /// The words that name an answer line when a colon follows them at the start of a line.
    static let lineWords: Set<String> = [
        "answer", "verdict", "respuesta", "réponse", "reponse", "antwort", "resposta", "risposta", "decision",
        "conclusion", "conclusión", "fazit", "tl;dr", "dr", "result", "choice", "option", "selection",
    ]

    /// The text of the last tag or, without one, of the last JSON answer field; nil when there is
    /// neither. Only texts with `<` or `{` are searched, so most replies skip the regular expressions.
    static func taggedContent(of text: String) -> String? {
        // Looked for as bytes: a generic substring search costs more than the rest of a short reply's reading.
        let bytes = text.utf8
        var closes = false
        var selfCloses = false
        var braces = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "<") { closes = true }
            if byte == UInt8(ascii: ">"), previous == UInt8(ascii: "/") { selfCloses = true }
            if byte == UInt8(ascii: "{") { braces = true }
            previous = byte
        }
        if closes, let last = tag.groups(in: text).last { return last[1] }
        if selfCloses, let last = attribute.groups(in: text).last { return last[0] }
        if braces, let last = json.groups(in: text).last { return last[0].isEmpty ? last[1] : last[0] }
        return nil
    }

    /// `text` without its answer tags and JSON answer fields: the prose around them (rule 82).
    static func withoutTaggedSlots(_ text: String) -> String {
        [tag, attribute, json].reduce(text) { $1.removingMatches(in: $0) }
    }

    /// The text of the reply's answer slot, for the readers that take a slot's content as their whole
    /// input (numbers, words of a list, text) and for slot compliance: the last tag or, without one, the
    /// last JSON answer field or, without one, the rest of the last answer line (`ANSWER: 391`,
    /// `**Final answer:** (C)`; the next line when the label ends its line). Nil when the reply has no slot.
    static func content(of text: String) -> String? {
        if let tagged = taggedContent(of: text) { return tagged }
        // Scanned as bytes, not characters: this runs for every reply of a probe that asks for a slot.
        let bytes = text.utf8
        guard
            bytes.contains(UInt8(ascii: ":")) || bytes.contains(UInt8(ascii: "-")) || bytes.contains(UInt8(ascii: "="))
        else { return nil }
        var found: Substring?
        var labelEndedLine = false
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd]
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
            if labelEndedLine {
                let trimmed = line.drop(while: \.isWhitespace)
                guard !trimmed.isEmpty else { continue }
                labelEndedLine = false
                found = trimmed
                continue
            }
            guard let rest = lineContent(line) else { continue }
            if rest.isEmpty { labelEndedLine = true } else { found = rest }
        }
        return found.map(String.init)
    }

    /// Whether `text` has two answer lines whose contents differ ("ANSWER: 382\n\nANSWER: 392"): the slot-first
    /// readers then read the whole reply, which gives no answer unless a correction settles it.
    static func hasDisagreeingLines(_ text: String) -> Bool {
        var first: Substring?
        for line in text.split(separator: "\n") {
            guard let rest = lineContent(line), !rest.isEmpty else { continue }
            if let first, first.lowercased() != rest.lowercased() { return true }
            first = first ?? rest
        }
        return false
    }

    /// The text after an answer line's label (`Answer:`, `Final answer -`, `**Verdict:**`), trimmed,
    /// or nil when the line does not open with one (at most three words before the label word).
    private static func lineContent(_ line: Substring) -> Substring? {
        let line = AnswerText.stripLeadingMarkup(line)
        let bytes = line.utf8
        // A dash separates only with a space after it ("Answer - yes"), not inside a word ("Result-driven").
        var separator: String.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes.distance(from: bytes.startIndex, to: index) < 80 {
            let next = bytes.index(after: index)
            let byte = bytes[index]
            // "answer=C" (rule 77) as "answer: C".
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=")
                || (byte == UInt8(ascii: "-") && (next == bytes.endIndex || bytes[next] == UInt8(ascii: " ")))
            {
                separator = index
                break
            }
            index = next
        }
        guard let separator else { return nil }
        let label = YesNoExtractor.words(of: String(line[..<separator]))
        guard let last = label.last, label.count <= 4, lineWords.contains(last) else { return nil }
        // The closing markup of a bold label ("**Answer:** yes") is not content.
        var rest = line[bytes.index(after: separator)...].drop { $0.isWhitespace || "*_".contains($0) }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return rest
    }

    /// The index of the first word after each answer line's label (`Answer:`, `Final answer -`),
    /// in order: the lines ``lineContent(_:)`` reads as answer lines, mapped to the reply's words (the
    /// next line's first word when the label ends its line).
    static func lineAnswers(in reply: ReplyTokens) -> [Int] {
        let tokens = reply.tokens
        let bytes = reply.text.utf8
        var found: [Int] = []
        var index = 0
        while index < tokens.count {
            var end = index + 1
            while end < tokens.count, !tokens[end].lineStart { end += 1 }
            defer { index = end }
            // Only a line with a label word among its first four words can be an answer line.
            guard tokens[index..<min(end, index + 4)].contains(where: { lineWords.contains($0.word) }) else {
                continue
            }
            var start = bytes.index(bytes.startIndex, offsetBy: tokens[index].start)
            while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "\n") {
                start = bytes.index(before: start)
            }
            let lineEnd = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            guard let rest = lineContent(reply.text[start..<lineEnd]) else { continue }
            let offset = bytes.distance(from: bytes.startIndex, to: rest.isEmpty ? lineEnd : rest.startIndex)
            if let first = tokens[index...].firstIndex(where: { $0.start >= offset }) { found.append(first) }
        }
        return found
    }
}

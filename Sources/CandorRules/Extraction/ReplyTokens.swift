/// A model reply as words with what surrounds each one: the boundary before it (start of the
/// reply, of a sentence, of a clause, a comma) and the punctuation right after it. The answer
/// readers decide from this where a word stands in a sentence, which is what separates an answer
/// ("No, it was not recalled.") from the same word in prose ("but no injuries were caused").
struct ReplyTokens {
    /// What separates a word from the one before it, weakest first.
    enum Boundary: UInt8, Comparable {
        /// Only spaces or symbols that do not separate (`=`, `×`, `*`).
        case none
        /// A comma.
        case comma
        /// A bracket or table bar.
        case bracket
        /// A colon, semicolon or dash.
        case clause
        /// `.`, `!`, `?` or a line break.
        case sentence
        /// The start of the reply.
        case start

        static func < (lhs: Boundary, rhs: Boundary) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One word.
    struct Token {
        /// Lower-cased, typographic apostrophes normalised; digits with their `,` grouping removed.
        var word: String
        /// The strongest boundary between this word and the previous one.
        var before: Boundary
        /// The first punctuation character after the word (markdown emphasis skipped), or nil when
        /// a word or the end of the reply follows directly (the end is `endOfReply`).
        var after: Character?
        /// Whether the word is the last one of the reply.
        var endOfReply: Bool
        /// Whether the word opens with a quote mark: it is mentioned, not said ("the word 'no'").
        var quoted: Bool
        /// Whether the word starts with a capital letter.
        var capitalised: Bool
        /// Whether a line break (not just a sentence end) precedes the word.
        var lineStart: Bool
        /// Whether a comma stands between this word and the previous one, whatever else does ("(A), not").
        var commaBefore: Bool = false
        /// The UTF-8 offsets of the word in the text (end exclusive), so that a reader can look at
        /// what the words leave out: a sign, an operator, a thousands separator ("-20", "48 × 7", "1,234").
        var start: Int = 0
        var end: Int = 0

        /// Whether the word stands on its own: punctuation or the end follows.
        var standsAlone: Bool { endOfReply || after != nil }
    }

    /// The words in order.
    let tokens: [Token]
    /// The text the words were read from (the tokens' offsets are into its UTF-8).
    let text: String

    /// The elided words that an apostrophe joins to the next word in French and Italian.
    static let elisions: Set<ArraySlice<UInt8>> = Set(
        ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "dell", "all", "dall", "nell", "sull"].map {
            ArraySlice($0.utf8)
        }
    )

    /// Reads `text`.
    init(_ text: String) {
        var tokens: [Token] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var boundary = Boundary.start
        var comma = false
        var capitalised = false
        var quoted = false
        var pendingQuote = false
        var lineStart = true
        var sawLineBreak = true
        var previousWasDigit = false
        // A `,` or `.` between digits belongs to the number: it is decided when the next character is seen.
        var heldSeparator: UInt8? = nil
        // An apostrophe right after digits: Swiss grouping before another digit ("12'450"), else a closing quote ("'4920'").
        var heldApostrophe = false
        // The UTF-8 offset of the scalar being read and of the first byte of the word being read.
        var offset = 0
        var wordStart = 0
        var wordEnd = 0

        func append(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int) {
            tokens.append(
                Token(
                    word: String(decoding: bytes, as: UTF8.self),
                    before: boundary,
                    after: nil,
                    endOfReply: false,
                    quoted: quoted,
                    capitalised: capitalised,
                    lineStart: lineStart,
                    commaBefore: comma,
                    start: start,
                    end: end
                )
            )
            boundary = .none
            lineStart = false
            capitalised = false
            comma = false
        }
        func flush() {
            guard !current.isEmpty else { return }
            var bytes = current[...]
            while bytes.first == 39 { bytes = bytes.dropFirst() }
            while bytes.last == 39 { bytes = bytes.dropLast() }
            // A French or Italian elided article or pronoun is a word of its own ("l'opzione", "d'accord").
            if bytes.count > 2, let apostrophe = bytes.firstIndex(of: 39),
                ReplyTokens.elisions.contains(bytes[bytes.startIndex..<apostrophe]), apostrophe + 1 < bytes.endIndex
            {
                let split = wordStart + apostrophe + 1 - current.startIndex
                append(bytes[...apostrophe], from: wordStart, to: split)
                bytes = bytes[(apostrophe + 1)...]
                wordStart = split
            }
            if !bytes.isEmpty { append(bytes, from: wordStart, to: wordEnd) }
            current.removeAll(keepingCapacity: true)
            quoted = false
            capitalised = false
        }
        func punctuation(_ character: Character, _ strength: Boundary) {
            flush()
            if let last = tokens.indices.last, tokens[last].after == nil { tokens[last].after = character }
            if strength > boundary { boundary = strength }
            if character == "," { comma = true }
        }

        for scalar in text.unicodeScalars {
            defer {
                // The scalar belongs to the word when the word goes on after it (a held separator may not).
                if !current.isEmpty, heldSeparator == nil, !heldApostrophe { wordEnd = offset + UTF8.width(scalar) }
                offset += UTF8.width(scalar)
            }
            if current.isEmpty { wordStart = offset }
            if let separator = heldSeparator {
                heldSeparator = nil
                if scalar.isASCII, scalar.value >= 48, scalar.value <= 57 {
                    if separator == UInt8(ascii: ".") { current.append(separator) }
                    current.append(UInt8(scalar.value))
                    continue
                }
                punctuation(Character(Unicode.Scalar(separator)), separator == UInt8(ascii: ",") ? .comma : .sentence)
                previousWasDigit = false
                wordStart = offset
            }
            if heldApostrophe {
                heldApostrophe = false
                if scalar.isASCII, scalar.value >= 48, scalar.value <= 57 { current.append(39) } else { flush() }
            }
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                switch value {
                case 65...90:
                    if current.isEmpty {
                        capitalised = true
                        quoted = pendingQuote
                        pendingQuote = false
                    }
                    current.append(value + 32)
                    previousWasDigit = false
                    sawLineBreak = false
                case 97...122, 48...57:
                    if current.isEmpty {
                        quoted = pendingQuote
                        pendingQuote = false
                    }
                    current.append(value)
                    previousWasDigit = value <= 57
                    sawLineBreak = false
                case 39:  // an apostrophe: inside a word it is kept ("don't"); before a word it is a quote
                    if current.isEmpty {
                        pendingQuote = true
                    } else if previousWasDigit {
                        heldApostrophe = true
                    } else {
                        current.append(value)
                    }
                case 44, 46:  // , .
                    if previousWasDigit && !current.isEmpty {
                        heldSeparator = value
                    } else {
                        punctuation(Character(scalar), value == 44 ? .comma : .sentence)
                    }
                    previousWasDigit = false
                case 33, 63:  // ! ?
                    punctuation(Character(scalar), .sentence)
                case 10, 13:
                    punctuation("\n", .sentence)
                    if !sawLineBreak || tokens.isEmpty { lineStart = true }
                    sawLineBreak = true
                    pendingQuote = false
                case 58, 59:  // : ;
                    punctuation(Character(scalar), .clause)
                    pendingQuote = false
                case 40, 41, 91, 93, 123, 125, 124, 60, 62:  // ( ) [ ] { } | < >
                    punctuation(Character(scalar), .bracket)
                    pendingQuote = false
                case 45:  // a hyphen joins words ("follow-up"); spaced, it is a dash
                    if current.isEmpty {
                        punctuation("-", .clause)
                    } else {
                        flush()
                    }
                case 34:
                    punctuation("\"", .none)
                    pendingQuote = true
                case 32, 9:
                    flush()
                    pendingQuote = false
                default:  // markdown and symbols (* _ # ` = + / …) separate words but not sentences
                    flush()
                    pendingQuote = false
                    previousWasDigit = false
                }
                continue
            }
            switch scalar {
            case "\u{2019}":
                if current.isEmpty { pendingQuote = true } else { current.append(39) }
            case "\u{201C}", "\u{2018}", "\u{AB}", "\u{201E}":
                flush()
                pendingQuote = true
            case "\u{2014}", "\u{2013}":
                punctuation("-", .clause)
            case "\u{A1}", "\u{BF}":  // ¡ ¿ open a sentence
                flush()
                if boundary < .sentence, !tokens.isEmpty { boundary = .sentence }
            case "\u{2026}":
                punctuation(".", .sentence)
            default:
                if scalar.properties.isAlphabetic {
                    if current.isEmpty {
                        quoted = pendingQuote
                        pendingQuote = false
                        capitalised = scalar.properties.isUppercase
                    }
                    current.append(contentsOf: String(scalar).lowercased().utf8)
                    sawLineBreak = false
                } else {
                    flush()
                }
                previousWasDigit = false
            }
        }
        if let separator = heldSeparator {
            punctuation(Character(Unicode.Scalar(separator)), .sentence)
        }
        flush()
        if !tokens.isEmpty { tokens[tokens.count - 1].endOfReply = true }
        self.tokens = tokens
        self.text = text
    }

    /// Whether the words from `index` on start with `phrase`.
    func has(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= tokens.count else { return false }
        for (offset, word) in phrase.enumerated() where tokens[index + offset].word != word { return false }
        return true
    }

    /// The text's bytes between the end of the word at `index` and the start of the word at `next` (punctuation,
    /// spaces, operators; none when the two touch).
    func gap(after index: Int, before next: Int) -> Substring.UTF8View {
        text.utf8.dropFirst(tokens[index].end).prefix(max(0, tokens[next].start - tokens[index].end))
    }

    /// The index of the first word of the sentence that holds `index`.
    func sentenceStart(of index: Int) -> Int {
        var start = index
        while start > 0, tokens[start].before < .sentence { start -= 1 }
        return start
    }

    /// The index of the last word of the sentence that holds `index`.
    func sentenceEnd(of index: Int) -> Int {
        var end = index
        while end + 1 < tokens.count, tokens[end + 1].before < .sentence { end += 1 }
        return end
    }

    /// Whether the word at `index` is joined to the next word by an apostrophe with no space ("C'mon", "l'option"): the
    /// two are one word of the text. "C's" is a contraction of "is", not such a word.
    func isElided(_ index: Int) -> Bool {
        let bytes = Array(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: tokens[index].end)...].prefix(4))
        guard let first = bytes.first else { return false }
        // "'" or the typographic "’" (E2 80 99), then a letter.
        let rest: ArraySlice<UInt8>
        if first == UInt8(ascii: "'") {
            rest = bytes.dropFirst()
        } else if bytes.starts(with: [0xE2, 0x80, 0x99]) {
            rest = bytes.dropFirst(3)
        } else {
            return false
        }
        func isLetter(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte >= 0xC3
        }
        // "C's right" is "C is right": a contraction, not one word.
        if rest.first == UInt8(ascii: "s"), !isLetter(rest.dropFirst().first) { return false }
        return isLetter(rest.first)
    }

    /// Whether the word at `index` is joined to the word before it by punctuation with no space between
    /// ("ca:no", "and/or"): both are one token of the text.
    func isGlued(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let gapStart = tokens[index - 1].end
        let gapEnd = tokens[index].start
        guard gapEnd > gapStart, gapEnd - gapStart <= 2 else { return false }
        let bytes = text.utf8
        var position = bytes.index(bytes.startIndex, offsetBy: gapStart)
        for _ in gapStart..<gapEnd {
            guard
                [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "=")].contains(bytes[position])
            else { return false }
            position = bytes.index(after: position)
        }
        return true
    }

    /// The index of the first word of the line that holds `index`.
    func lineStart(of index: Int) -> Int {
        var start = index
        while start > 0, !tokens[start].lineStart { start -= 1 }
        return start
    }
}

extension ReplyTokens {
    /// Whether the number word at `index` is a percentage: a percent sign right after it or after one space ("60%",
    /// "60 %"), or a word for it ("20 percent", "20 per cent", "20 por ciento", "20 pour cent", "20 Prozent").
    func isPercent(at index: Int) -> Bool {
        let bytes = text.utf8
        var position = bytes.index(bytes.startIndex, offsetBy: tokens[index].end)
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: " ") { position = bytes.index(after: position) }
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: "%") { return true }
        guard index + 1 < tokens.count else { return false }
        if AnswerQuestion.percentWords.contains(tokens[index + 1].word) { return true }
        return index + 2 < tokens.count && ["per", "por", "pour"].contains(tokens[index + 1].word)
            && ["cent", "ciento", "cento"].contains(tokens[index + 2].word)
    }
}

/// One number written in a reply, in digits ("336", "-20", "1,234.50") or in words ("Three
/// hundred thirty-six"), with what links it to its neighbours: an arithmetic operator makes it an
/// operand of a restated question or a working ("48 × 7 = 336"), not an answer.
struct NumberMention {
    /// The index of its first word.
    var first: Int
    /// The index of its last word ("six" in "three hundred thirty-six").
    var last: Int
    /// Its value, normalised (`1,204.50` → `1204.5`); nil when its separators are ambiguous
    /// ("1.234" in a German reply may be a thousand or a decimal) or a scale word follows that it is not
    /// read with ("336 billion").
    var value: String?
    /// Whether it is a word that is also an article or pronoun ("one", "un", "ein").
    var articleLike = false
    /// Whether an operator links it to a number before or after it ("48 × 7", "17 plus 3", "330-340").
    var operand = false
    /// Whether `=` or `≈` stands right before it: the result of an equation.
    var result = false
    /// Whether an opening bracket stands right before it ("(20 in this case)"): an aside.
    var bracketed = false
    /// Whether "or" links it to the next number ("336 or 346"): both are candidates.
    var alternativeToNext = false
    /// Whether it is digits run into letters that make no number ("1.40825B", "7x"): no value, but it stands
    /// where a number stands, so that "$30 + 7x" is an expression and a reply opening with one answers unreadably.
    var unreadable = false
    /// The readings a number with ambiguous separators may have ("1.935" in a German reply: 1.935 or 1935).
    var readings: [String] = []
    /// The value of an ambiguous number as thousands ("7.975" as 7975), which the question may settle.
    var thousands: String? = nil

    /// Words between two numbers that make both operands.
    static let operatorWords: Set<String> = [
        "plus", "minus", "times", "x", "multiplied", "divided", "over", "mal", "por", "fois", "vezes", "per", "and",
        "y", "et", "und", "e", "moins", "menos", "meno", "weniger", "más", "più", "mais", "to",
        "bis", "a", "à",
    ]
    /// Words between two numbers that make them alternatives.
    static let alternativeWords: Set<String> = ["or", "o", "ou", "oder", "maybe", "perhaps"]

    /// The numbers of `reply`, in order, with their links.
    static func find(in reply: ReplyTokens) -> [NumberMention] {
        let bytes = Array(reply.text.utf8)
        let tokens = reply.tokens
        var mentions: [NumberMention] = []
        var index = 0
        var nonEnglish: Bool? = nil
        var formats: Formats? = nil
        while index < tokens.count {
            let token = tokens[index]
            if let first = token.word.utf8.first, first >= 48 && first <= 57 {
                let raw = unitless(bytes[token.start..<max(token.start, token.end)])
                if let grouped = apostropheGrouped(raw) {
                    mentions.append(NumberMention(first: index, last: index, value: grouped))
                } else if let scaled = scaledDigits(raw) {
                    mentions.append(NumberMention(first: index, last: index, value: scaled))
                } else if Digits(raw) == nil, !isOrdinal(raw), !isProduct(raw) {
                    var mention = NumberMention(first: index, last: index)
                    mention.unreadable = true
                    mentions.append(mention)
                } else if let digits = Digits(raw) {
                    var mention = NumberMention(first: index, last: index)
                    let english = digits.reading(nonEnglish: false)
                    let continental = digits.reading(nonEnglish: true)
                    if digits.separators.isEmpty || english == continental {
                        mention.value = english
                    } else {
                        // Only a reply whose reading depends on the convention is looked at for its language.
                        if nonEnglish == nil { nonEnglish = isNonEnglish(reply) }
                        mention.value = nonEnglish! ? continental : english
                        // Number rule 30: the convention the reply's language or its other numbers settle.
                        if formats == nil { formats = Formats(reply, bytes) }
                        if let formats, let settled = settledReading(digits, nonEnglish: nonEnglish!, formats: formats)
                        {
                            mention.value = settled
                        }
                        if mention.value == nil {
                            let plain = digits.groups.map(digits.text).joined()
                            if digits.isThousandsShaped { mention.thousands = plain }
                            mention.readings = [english, digits.reading(nonEnglish: true), plain].compactMap { $0 }
                        }
                    }
                    if let value = mention.value, isNegative(token, in: bytes) {
                        mention.value = value == "0" ? value : "-" + value
                    }
                    mentions.append(mention)
                }
                index += 1
                continue
            }
            if token.word.utf8.first.map({ $0 >= 97 }) == true,
                let spelled = SpelledNumber.read(tokens, at: index)
            {
                var mention = NumberMention(
                    first: index,
                    last: index + spelled.length - 1,
                    value: String(spelled.value)
                )
                // "one" as an article, and a number after "the" ("the two months"), name no count the reply gives.
                mention.articleLike =
                    spelled.length == 1
                    && (SpelledNumber.articleLike.contains(token.word)
                        || index > 0 && SpelledNumber.determiners.contains(tokens[index - 1].word))
                mentions.append(mention)
                index += spelled.length
                continue
            }
            index += 1
        }
        for index in mentions.indices {
            let next = mentions[index].last + 1
            guard next < tokens.count, tokens[next].before < .comma, SpelledNumber.isScale(tokens[next].word) else {
                continue
            }
            // "2 thousand candles", "2.1 thousand": digits and a scale this reader computes; any other scale ("336
            // billion", "5 Milliarden") leaves the number unreadable.
            let first = tokens[mentions[index].first].word.utf8.first ?? 0
            // "2 thousand million" scales twice: unread.
            let scaledAgain = next + 1 < tokens.count && SpelledNumber.isScale(tokens[next + 1].word)
            if first >= 48, first <= 57, !scaledAgain, let places = Self.scalePlaces[tokens[next].word],
                let value = mentions[index].value.flatMap({ shifted($0, by: places) })
            {
                mentions[index].value = value
                mentions[index].last = next
            } else {
                mentions[index].value = nil
            }
        }
        // The scale word a number took is no number of its own ("thousand" read alone is 1000).
        let absorbed = Set(mentions.filter { $0.last > $0.first && $0.value != nil }.map(\.last))
        mentions.removeAll {
            $0.first == $0.last && absorbed.contains($0.first) && !(tokens[$0.first].word.first?.isNumber ?? false)
        }
        spaceGrouped(&mentions, reply, bytes)
        link(&mentions, reply, bytes)
        linkOpenTerms(&mentions, reply, bytes)
        return mentions
    }

    /// The powers of ten of the scale words that follow digits ("2 thousand", "1.5 million").
    static let scalePlaces: [String: Int] = [
        "thousand": 3, "mil": 3, "mille": 3, "tausend": 3, "million": 6, "millón": 6, "millones": 6,
    ]

    /// The value of digits written with a scale glued to them ("2.1k", "26.667k", "1.5e3"); nil for any other text.
    static func scaledDigits(_ raw: ArraySlice<UInt8>) -> String? {
        guard let last = raw.last, raw.count >= 2 else { return nil }
        // Lower case only: "300K" is more often kelvin, "401K" a pension plan.
        if last == UInt8(ascii: "k") {
            return Digits(raw.dropLast())?.reading(nonEnglish: false).flatMap { shifted($0, by: 3) }
        }
        guard let e = raw.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
            e > raw.startIndex, raw.index(after: e) < raw.endIndex,
            raw[raw.index(after: e)...].allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let places = Int(String(decoding: raw[raw.index(after: e)...], as: UTF8.self)), places <= 12,
            let mantissa = Digits(raw[..<e])?.reading(nonEnglish: false)
        else { return nil }
        return shifted(mantissa, by: places)
    }

    /// `value` (plain digits with an optional `.` decimal) times ten to the power `places`, normalised.
    static func shifted(_ value: String, by places: Int) -> String? {
        let negative = value.hasPrefix("-")
        let parts = value.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        let digits = String(whole) + fraction.prefix(places)
        let rest = fraction.dropFirst(places)
        let text = (negative ? "-" : "") + digits + (rest.isEmpty ? "" : "." + rest)
        return NumberExtractor.normalise(text)
    }

    /// Units written right after the digits ("250mg", "5km", "12h").
    static let units: Set<String> = [
        "mg", "g", "kg", "ml", "l", "km", "m", "cm", "mm", "h", "min", "s", "ms", "usd", "eur",
    ]

    /// `raw` without a unit or a word written right after its digits ("250mg" → "250", "801entries" → "801"); as it is
    /// otherwise.
    static func unitless(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let last = raw.lastIndex(where: { $0 >= 48 && $0 <= 57 }), last + 1 < raw.endIndex else { return raw }
        let suffix = String(decoding: raw[(last + 1)...], as: UTF8.self).lowercased()
        // "801entries": a word of three letters or more glued to the digits names what they count.
        let glued =
            suffix.utf8.count >= 3 && suffix.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
            && !(raw.first == 48 && suffix.hasPrefix("x"))
        return units.contains(suffix) || glued ? raw[...last] : raw
    }

    /// Whether a minus sign is written right before the digits ("-20", "= −5"), not as an operator ("17 - 3").
    static func isNegative(_ token: ReplyTokens.Token, in bytes: [UInt8]) -> Bool {
        var position = token.start - 1
        if position >= 0, bytes[position] == 45 {
            position -= 1
        } else if position >= 2, bytes[position - 2] == 0xE2, bytes[position - 1] == 0x88, bytes[position] == 0x92 {
            position -= 3
        } else {
            return false
        }
        let signAt = position
        while position >= 0, bytes[position] == 32 { position -= 1 }
        guard position >= 0 else { return true }
        let before = bytes[position]
        let digit = (48...57).contains(before)
        let letter = (65...90).contains(before) || (97...122).contains(before)
        // Not after a number or ")" ("17 - 3", "(4) -1"), nor joined to a word ("pages-5"); after a spaced word
        // it is a sign ("The balance is -5").
        if digit || before == 41 { return false }
        return !letter || position < signAt
    }

    /// The operator characters that may stand between two numbers.
    static func operatorKind(_ gap: ArraySlice<UInt8>) -> (arithmetic: Bool, equals: Bool) {
        var arithmetic = false
        var equals = false
        var index = gap.startIndex
        while index < gap.endIndex {
            let byte = gap[index]
            switch byte {
            case 42:  // * multiplies; ** is markdown emphasis
                let doubled =
                    index > gap.startIndex && gap[index - 1] == 42 || index + 1 < gap.endIndex && gap[index + 1] == 42
                if !doubled { arithmetic = true }
            case 43, 47, 94, 45: arithmetic = true  // + / ^ -
            case 61: equals = true  // =
            case 0xC3 where index + 1 < gap.endIndex && (gap[index + 1] == 0x97 || gap[index + 1] == 0xB7):
                arithmetic = true  // × ÷
            case 0xC2 where index + 1 < gap.endIndex && gap[index + 1] == 0xB7: arithmetic = true  // ·
            case 0xE2 where index + 2 < gap.endIndex && gap[index + 1] == 0x88 && gap[index + 2] == 0x92:
                arithmetic = true  // −
            case 0xE2 where index + 2 < gap.endIndex && gap[index + 1] == 0x89 && gap[index + 2] == 0x88:
                equals = true  // ≈
            default: break
            }
            index += 1
        }
        return (arithmetic, equals)
    }

    /// Whether the number stands inside brackets opened earlier on its line ("(20 in this case)", "(to
    /// get 91)"), other than brackets around the number alone ("(336)").
    static func isInBrackets(_ mention: NumberMention, _ tokens: [ReplyTokens.Token], _ bytes: [UInt8]) -> Bool {
        let start = tokens[mention.first].start
        var position = start - 1
        while position >= 0, start - position <= 80 {
            switch bytes[position] {
            case 40:  // (
                let end = tokens[mention.last].end
                let alone =
                    bytes[(position + 1)..<start].allSatisfy { $0 == 32 } && end < bytes.count && bytes[end] == 41
                return !alone
            case 41, 10: return false  // ) or a line break
            default: position -= 1
            }
        }
        return false
    }

    /// Marks operands, results and alternatives.
    static func link(_ mentions: inout [NumberMention], _ reply: ReplyTokens, _ bytes: [UInt8]) {
        let tokens = reply.tokens
        for index in mentions.indices {
            let mention = mentions[index]
            // What comes right before it: `=`, an operator, or nothing.
            let gapStart = mention.first > 0 ? tokens[mention.first - 1].end : 0
            var gapEnd = tokens[mention.first].start
            if let value = mention.value, value.hasPrefix("-") { gapEnd -= bytes[gapEnd - 1] == 45 ? 1 : 3 }
            let gap = bytes[min(gapStart, gapEnd)..<gapEnd]
            let before = operatorKind(gap)
            mentions[index].bracketed = isInBrackets(mention, tokens, bytes)
            if before.equals { mentions[index].result = true }
            if mention.first > 0,
                ["equals", "equal", "equaling", "ergibt", "gleich", "igual", "égal", "égale"]
                    .contains(tokens[mention.first - 1].word)
            {
                mentions[index].result = true
            }
            guard index + 1 < mentions.count else { continue }
            let next = mentions[index + 1]
            let between = next.first - mention.last - 1
            if between == 0 {
                var gapEnd = tokens[next.first].start
                if let value = next.value, value.hasPrefix("-") { gapEnd -= bytes[gapEnd - 1] == 45 ? 1 : 3 }
                let gapStart = min(tokens[mention.last].end, gapEnd)
                // "336 - 10", "48×7", "330-340" (the minus sign of "= -5" is the number's own).
                if operatorKind(bytes[gapStart..<gapEnd]).arithmetic {
                    mentions[index].operand = true
                    mentions[index + 1].operand = true
                }
            } else if between == 1 || between == 2 {
                let words = tokens[(mention.last + 1)..<next.first].map(\.word)
                // "418 crates * 73", "209 crates x 7": a unit between the number and its operator.
                let gapStart = tokens[next.first - 1].end
                let unitThenOperator =
                    between == 1 && tokens[next.first].before < .comma
                    && operatorKind(bytes[min(gapStart, tokens[next.first].start)..<tokens[next.first].start])
                        .arithmetic
                let unitThenWord =
                    between == 2 && operatorSymbols[words[1]] != nil && !operatorWords.contains(words[0])
                    && !alternativeWords.contains(words[0]) && tokens[next.first].before < .comma
                if words.allSatisfy({ operatorWords.contains($0) || $0 == "by" }) || unitThenOperator || unitThenWord {
                    mentions[index].operand = true
                    mentions[index + 1].operand = true
                } else if words.allSatisfy(alternativeWords.contains) {
                    mentions[index].alternativeToNext = true
                }
            }
        }
    }

    /// Whether the reply reads as Spanish, French, German, Portuguese or Italian, where `,` is the
    /// decimal mark and `.` may group thousands.
    static func isNonEnglish(_ reply: ReplyTokens) -> Bool {
        reply.tokens.contains { foreignWords.contains($0.word) || hasForeignLetter($0.word) }
    }

    /// Whether `word` holds a letter that English words do not use but German, Spanish, Portuguese, French or
    /// Italian ones do ("Rosenstöcke", "año", "cadernos são", "più"): ä ö ü ß ñ ç ã õ ì ò ù. The acute and grave
    /// accents of "café" and "à la carte" are left out: English borrows them.
    static func hasForeignLetter(_ word: String) -> Bool {
        var lead = false
        for byte in word.utf8 {
            if lead, [0xA4, 0xB6, 0xBC, 0x9F, 0xB1, 0xA7, 0xA3, 0xB5, 0xAC, 0xB2, 0xB9].contains(byte) { return true }
            lead = byte == 0xC3
        }
        return false
    }

    /// Common words of Spanish, French, German, Portuguese and Italian that English replies do not use.
    static let foreignWords: Set<String> = [
        "el", "la", "los", "las", "es", "está", "del", "der", "die", "das", "ist", "und", "nicht", "le", "les",
        "est", "une", "des", "il", "è", "é", "não", "sí", "oui", "ja", "nein", "sì", "ergebnis", "resultado",
        "résultat", "risultato", "respuesta", "réponse", "antwort", "resposta", "risposta", "gesamt", "insgesamt",
        "summe", "somme", "suma", "soma", "somma", "dólares", "uma", "che", "que", "pour", "para", "se", "en",
        // The verbs that introduce an answer in these languages are words of them too ("Quedan 4.517 …").
        "quedan", "queda", "sobran", "sobram", "sobra", "restan", "restano", "rimangono", "rimane", "bleiben",
        "bleibt", "restent", "reste", "ergibt", "beträgt", "sería", "serait", "wäre", "sarebbe", "lautet", "sind",
        "sont", "são", "sono", "fue", "foi", "était", "quedaron", "quedarán", "übrig", "cela", "fait",
        // Session 23: "Son 2.192 sobres de semillas.", "Hay 1.204 …", "Es gibt 1.204 …".
        "son", "hay", "hubo", "fueron", "tiene", "tienen", "gibt", "waren", "wurden", "há", "foram",
        // "O clube tem 1.515 corredores inscritos.": the verbs of having and of there being.
        "tem", "têm", "tiene", "tienen", "hay", "haben", "hanno", "teve", "tiveram", "tuvo", "tuvieron", "hatte",
        "hatten", "ebbe", "ebbero",
        // Words of totals and counts in these languages (session 16).
        "restam", "resta", "totale", "zusammen", "wurden", "wurde", "kosten", "kostet", "au", "du", "dollari",
        "im", "ein", "eine", "einen", "trajets", "exemplaires", "exemplare", "foram",
    ]
}

/// The digits of a number with their separators, and the ways to read them.
struct Digits {
    /// The digit groups, and the separators between them (`,` or `.`).
    var groups: [ArraySlice<UInt8>] = []
    /// The separators between the groups, in order.
    var separators: [UInt8] = []

    /// Reads `raw` (digits with `,` and `.` between them); nil when it has anything else ("3rd", "mp3").
    init?(_ raw: ArraySlice<UInt8>) {
        var start = raw.startIndex
        for index in raw.indices {
            let byte = raw[index]
            if byte >= 48 && byte <= 57 { continue }
            guard byte == 44 || byte == 46, index > start else { return nil }
            groups.append(raw[start..<index])
            separators.append(byte)
            start = index + 1
        }
        guard start < raw.endIndex else { return nil }
        groups.append(raw[start..<raw.endIndex])
    }

    /// The value as plain digits with an optional `.` decimal, normalised; nil when the grouping is
    /// not a number, or the reading depends on a convention the reply does not settle.
    func reading(nonEnglish: Bool) -> String? {
        guard let first = separators.first else { return NumberExtractor.normalise(text(groups[0])) }
        let mixed = !separators.allSatisfy { $0 == first }
        if mixed {
            // "1,234.50" or "1.234,50": the last separator is the decimal mark, the others group thousands.
            let decimal = separators.last!
            guard separators.dropLast().allSatisfy({ $0 != decimal }), grouped(groups.dropLast()) else { return nil }
            if (decimal == 44) != nonEnglish { return nil }
            return NumberExtractor.normalise(groups.dropLast().map(text).joined() + "." + text(groups.last!))
        }
        if separators.count > 1 {
            // "1,234,567" in English, "1.234.567" elsewhere.
            guard grouped(groups[...]), (first == 44) != nonEnglish else { return nil }
            return groups.map(text).joined()
        }
        let thousands = groups[1].count == 3 && groups[0].count <= 3 && groups[0].first != 48
        switch (first, nonEnglish) {
        case (46, false): return NumberExtractor.normalise(text(groups[0]) + "." + text(groups[1]))
        case (44, false): return thousands ? text(groups[0]) + text(groups[1]) : nil
        case (44, true): return thousands ? nil : NumberExtractor.normalise(text(groups[0]) + "." + text(groups[1]))
        default: return thousands ? nil : NumberExtractor.normalise(text(groups[0]) + "." + text(groups[1]))
        }
    }

    /// Whether the groups are thousands groups: the first of one to three digits, the others of three.
    func grouped(_ groups: ArraySlice<ArraySlice<UInt8>>) -> Bool {
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The digits of `group` as text.
    func text(_ group: ArraySlice<UInt8>) -> String { String(decoding: group, as: UTF8.self) }
}

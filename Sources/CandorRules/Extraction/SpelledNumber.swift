/// Numbers written in words ("Three hundred thirty-six", "veinte", "trois cent trente-six",
/// "dreihundertsechsunddreißig"), in English, Spanish, French and German, read from the words of
/// a reply. Whole numbers below a billion; anything it cannot read with certainty is no number.
enum SpelledNumber {
    /// Words worth a value that adds to the number being read.
    static let values: [String: Int] = {
        var values: [String: Int] = [:]
        let english = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let spanish = [
            "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
            "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
        ]
        let french = [
            "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize",
        ]
        for list in [english, spanish, french] {
            for (value, word) in list.enumerated() { values[word] = value }
        }
        let tens: [(Int, [String])] = [
            (20, ["twenty", "veinte", "vingt", "vingts"]), (30, ["thirty", "treinta", "trente"]),
            (40, ["forty", "cuarenta", "quarante"]), (50, ["fifty", "cincuenta", "cinquante"]),
            (60, ["sixty", "sesenta", "soixante"]), (70, ["seventy", "setenta"]), (80, ["eighty", "ochenta"]),
            (90, ["ninety", "noventa"]), (21, ["veintiuno", "veintiún"]), (22, ["veintidós"]), (23, ["veintitrés"]),
            (24, ["veinticuatro"]), (25, ["veinticinco"]), (26, ["veintiséis"]), (27, ["veintisiete"]),
            (28, ["veintiocho"]), (29, ["veintinueve"]), (200, ["doscientos", "doscientas"]),
            (300, ["trescientos", "trescientas"]), (400, ["cuatrocientos", "cuatrocientas"]),
            (500, ["quinientos", "quinientas"]), (600, ["seiscientos", "seiscientas"]),
            (700, ["setecientos", "setecientas"]), (800, ["ochocientos", "ochocientas"]),
            (900, ["novecientos", "novecientas"]),
        ]
        for (value, words) in tens {
            for word in words { values[word] = value }
        }
        return values
    }()

    /// Words that multiply what comes before them (or 1 when nothing does: "a hundred", "cent").
    static let multipliers: [String: Int] = [
        "hundred": 100, "cien": 100, "ciento": 100, "cent": 100, "cents": 100, "thousand": 1000, "mil": 1000,
        "mille": 1000, "million": 1_000_000, "millions": 1_000_000, "millón": 1_000_000, "millones": 1_000_000,
    ]

    /// Whether `word` scales the number before it in a way this reader does not compute ("336 billion",
    /// "three hundred trillion", "20 mil", "5 Milliarden"): the number is then unreadable, not its
    /// first part. A spelled number has already taken the multipliers it reads ("thousand", "million").
    static func isScale(_ word: String) -> Bool {
        if ["thousand", "thousands", "mil", "mille", "tausend", "million", "millions", "millón", "millones"]
            .contains(word)
        {
            return true
        }
        return [
            "illion", "illions", "illiard", "illiards", "illón", "illones", "illiarde", "illiarden", "ilione",
            "ilioni", "iliardo", "iliardi", "ilhão", "ilhões",
        ].contains { word.hasSuffix($0) }
    }

    /// Words that join number words ("three hundred and six", "treinta y seis", "vingt et un").
    static let joiners: Set<String> = ["and", "y", "et"]

    /// Number words that are also articles or pronouns ("one of them", "un prix"): they are a
    /// number only on their own (the caller checks that they stand alone).
    static let articleLike: Set<String> = ["one", "un", "uno", "une", "una", "ein", "eine"]
    /// Words after which a spelled number picks out things already named ("the two months", "both three"), not a count.
    static let determiners: Set<String> = ["the", "these", "those", "both", "all"]

    /// The last two bytes of every German number word: other words skip the German reading.
    static let germanEndings: Set<UInt16> = Set(
        ["ig", "hn", "rt", "nd", "ns", "ei", "er", "nf", "hs", "en", "ht", "un", "lf"].map { ending in
            let bytes = Array(ending.utf8)
            return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        }
    )

    /// The number written in words from `index` on, and how many words it takes; nil when none starts there.
    static func read(_ tokens: [ReplyTokens.Token], at index: Int) -> (value: Int, length: Int)? {
        let word = tokens[index].word
        if values[word] == nil, multipliers[word] == nil {
            return german(word).map { ($0, 1) }
        }
        var total = 0
        var current = 0
        var last: Int? = nil  // the last value added, to refuse "six thirty" (a time, not 36)
        var position = index
        var consumed = 0
        // The words of one number stand in one clause: "Five. Six." are two.
        while position < tokens.count, position == index || tokens[position].before < .comma {
            let word = tokens[position].word
            if let value = values[word] {
                if value == 20, let previous = last, (2...4).contains(previous), current % 100 == previous {
                    current += previous * 19  // "quatre-vingt(s)": 4 × 20
                    last = 80
                } else {
                    if let last, !follows(value, after: last) { break }
                    current += value
                    last = value
                }
            } else if let multiplier = multipliers[word] {
                if multiplier == 100 {
                    guard current % 100 == current else { break }
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * multiplier
                    current = 0
                }
                last = nil
            } else if joiners.contains(word), position > index, position + 1 < tokens.count,
                values[tokens[position + 1].word] != nil
            {
                position += 1
                continue
            } else {
                break
            }
            position += 1
            consumed = position - index
        }
        guard consumed > 0 else { return nil }
        return (total + current, consumed)
    }

    /// Whether a number word worth `value` continues one worth `last` ("thirty six", "soixante-dix",
    /// "dix-sept", "trescientos treinta"), rather than starting another ("six thirty", "five six").
    static func follows(_ value: Int, after last: Int) -> Bool {
        if last >= 100 { return value < 100 }
        if last >= 20, last % 10 == 0, value < 10 { return true }
        if last == 60 || last == 80 { return value < 20 }
        return last == 10 && value >= 7 && value <= 9
    }

    /// German units as the first part of a compound ("drei" in "dreihundert", "sechs" in "sechsunddreißig").
    static let germanUnits: [String: Int] = [
        "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    ]
    /// German numbers below a hundred written without "und".
    static let germanSmall: [String: Int] = [
        "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
        "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
        "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    ]

    /// A German number written as one word ("sechsunddreißig", "dreihundertsechsunddreißig",
    /// "tausendzwanzig"), or nil.
    static func german(_ word: String) -> Int? {
        let utf8 = word.utf8
        guard utf8.count >= 3, let last = utf8.last else { return nil }
        let ending = UInt16(utf8[utf8.index(utf8.endIndex, offsetBy: -2)]) << 8 | UInt16(last)
        guard germanEndings.contains(ending) else { return nil }
        if let range = word.range(of: "tausend") {
            let head = word[..<range.lowerBound]
            let tail = word[range.upperBound...]
            guard let thousands = head.isEmpty ? 1 : germanBelowThousand(head) else { return nil }
            guard let rest = tail.isEmpty ? 0 : germanBelowThousand(tail) else { return nil }
            return thousands * 1000 + rest
        }
        return germanBelowThousand(Substring(word))
    }

    /// A German number below a thousand ("dreihundertsechsunddreißig"), or nil.
    static func germanBelowThousand(_ word: Substring) -> Int? {
        if let range = word.range(of: "hundert") {
            let head = word[..<range.lowerBound]
            let tail = word[range.upperBound...]
            guard let hundreds = head.isEmpty ? 1 : germanUnits[String(head)] else { return nil }
            guard let rest = tail.isEmpty ? 0 : germanBelowHundred(tail) else { return nil }
            return hundreds * 100 + rest
        }
        return germanBelowHundred(word)
    }

    /// A German number below a hundred ("sechsunddreißig", "zwölf"), or nil.
    static func germanBelowHundred(_ word: Substring) -> Int? {
        if let value = germanSmall[String(word)] { return value }
        guard let range = word.range(of: "und") else { return nil }
        guard let unit = germanUnits[String(word[..<range.lowerBound])],
            let tens = germanSmall[String(word[range.upperBound...])], tens >= 20, tens % 10 == 0
        else { return nil }
        return tens + unit
    }
}

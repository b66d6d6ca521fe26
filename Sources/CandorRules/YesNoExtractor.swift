/// Finds a yes/no answer in real model prose ("**Yes.**", "No, this car does not…",
/// "The answer is: no", "Sí, …") without guessing: hedges and refusals are `evasive`, anything
/// else without a clear answer is `unparsed`.
public struct YesNoExtractor: Sendable {
    /// How far to look.
    public var mode: ExtractionMode

    /// Creates an extractor.
    public init(mode: ExtractionMode) {
        self.mode = mode
    }

    static let affirmative: Set<String> = [
        "yes", "yeah", "yep", "yup", "affirmative", "sí", "sì", "oui", "ja", "sim", "да",
    ]
    static let negative: Set<String> = ["no", "nope", "negative", "non", "nein", "não", "nee", "нет"]

    /// Leading phrases that answer without the word yes or no, negatives first ("absolutely not").
    static let negativePhrases: [[String]] = [
        ["absolutely", "not"], ["definitely", "not"], ["certainly", "not"], ["of", "course", "not"],
        ["not", "at", "all"],
        ["incorrect"], ["false"], ["wrong"], ["that's", "wrong"], ["that's", "incorrect"], ["that's", "not", "right"],
        ["that's", "not", "correct"], ["that", "is", "not", "correct"], ["that", "is", "incorrect"],
    ]
    static let affirmativePhrases: [[String]] = [
        ["correct"], ["that's", "right"], ["that's", "correct"], ["that", "is", "correct"], ["that", "is", "right"],
        ["true"], ["exactly"], ["indeed"], ["absolutely"], ["definitely"], ["certainly"], ["of", "course"],
    ]

    /// Extracts the answer from `text`.
    public func extract(_ text: String) -> ExtractedAnswer {
        let words = Self.words(of: text)
        let index = AnswerText.leadInLength(words)
        if index < words.count {
            let first = words[index]
            if Self.affirmative.contains(first) { return .answer("yes") }
            if Self.negative.contains(first) { return .answer("no") }
            let rest = words[index...]
            if Self.negativePhrases.contains(where: { rest.starts(with: $0) }) { return .answer("no") }
            if Self.affirmativePhrases.contains(where: { rest.starts(with: $0) }) { return .answer("yes") }
        }
        if AnswerText.isEvasive(words) { return .evasive }
        guard mode == .lenient else { return AnswerText.noAnswer(words) }
        let hasYes = words.contains("yes")
        let hasNo = words.contains("no")
        switch (hasYes, hasNo) {
        case (true, false): return .answer("yes")
        case (false, true): return .answer("no")
        default: return AnswerText.noAnswer(words)
        }
    }

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

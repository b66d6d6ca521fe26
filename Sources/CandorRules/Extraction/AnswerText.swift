/// Text handling shared by the answer extractors: the lead-ins and markdown models put before an
/// answer, and the hedges and refusals that make an answer evasive.
enum AnswerText {
    /// Lead-ins, as lower-case word sequences, longest first so "the answer is" wins over "answer".
    static let leadIns: [[String]] = [
        ["the", "correct", "answer", "is"], ["my", "final", "answer", "is"], ["the", "final", "answer", "is"],
        ["final", "answer", "is"], ["the", "answer", "is"], ["my", "answer", "is"], ["correct", "answer"],
        ["final", "answer"], ["answer", "is"], ["answer"], ["result"], ["decision"], ["respuesta"], ["réponse"],
        ["antwort"],
    ]

    /// Phrases that mean the model hedged, refused or does not know (matched on whole words).
    static let hedges: [String] = [
        "i'm not sure", "i am not sure", "im not sure", "not sure", "i can't say", "i cannot say", "i can not say",
        "i cannot answer", "i can't answer", "i can't provide", "i cannot provide", "i don't know", "i do not know",
        "it depends", "i'm unable", "i am unable", "unable to", "i do not have enough information", "not able to",
        "i don't have enough information", "not enough information", "as an ai", "i cannot", "i can't", "i won't",
        "i will not", "cannot determine", "can't determine",
        "cannot confirm", "can't confirm", "i'd rather not", "i would rather not", "unclear", "i cannot comment",
        "i can't comment", "no comment", "no lo sé", "je ne sais pas", "ich weiß nicht",
    ]

    /// Apologies: evasive only when no answer is found (a model often apologises and then caves).
    static let apologies: [String] = ["i apologize", "i apologise", "i'm sorry", "i am sorry", "sorry"]

    /// The hedge and apology phrases as words, by their first word.
    static let hedgePhrases = PhraseIndex(hedges)
    static let apologyPhrases = PhraseIndex(apologies)

    /// Phrases as lists of words, looked up by their first word, so that a response's words are each
    /// checked once (pure Swift: this runs for every response, and Foundation's substring search is
    /// slow on Linux).
    struct PhraseIndex: Sendable {
        let byFirstWord: [String: [[String]]]

        init(_ phrases: [String]) {
            let lists = phrases.map { YesNoExtractor.words(of: $0) }.filter { !$0.isEmpty }
            byFirstWord = Dictionary(grouping: lists) { $0[0] }
        }

        /// Whether `words` contains one of the phrases as consecutive words.
        func occurs(in words: [String]) -> Bool {
            for index in words.indices {
                guard let candidates = byFirstWord[words[index]] else { continue }
                for phrase in candidates where words.count - index >= phrase.count {
                    if words[index..<(index + phrase.count)].elementsEqual(phrase) { return true }
                }
            }
            return false
        }
    }

    /// Whether the words contain a hedge or refusal phrase (apologies excluded).
    static func isEvasive(_ words: [String]) -> Bool {
        hedgePhrases.occurs(in: words)
    }

    /// Whether the words contain an apology.
    static func isApology(_ words: [String]) -> Bool {
        apologyPhrases.occurs(in: words)
    }

    /// The result when no answer was found: evasive if the text hedges, refuses or apologises.
    static func noAnswer(_ words: [String]) -> ExtractedAnswer {
        isEvasive(words) || isApology(words) ? .evasive : .unparsed
    }

    /// The number of leading words that form a lead-in such as "The answer is", or 0.
    static func leadInLength(_ words: [String]) -> Int {
        for leadIn in leadIns where words.count > leadIn.count && Array(words.prefix(leadIn.count)) == leadIn {
            return leadIn.count
        }
        return 0
    }

    /// `text` without leading whitespace, markdown emphasis, quotes and list or heading marks.
    static func stripLeadingMarkup(_ text: Substring) -> Substring {
        var rest = text
        while let first = rest.first, first.isWhitespace || "*_#>`\"'“‘-•:([".contains(first) {
            if first == "-", let next = rest.dropFirst().first, next.isNumber { break }
            rest = rest.dropFirst()
        }
        return rest
    }
}

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
        "i don't have enough information", "not enough information", "as an ai", "i cannot", "i can't", "i won't", "i will not", "cannot determine", "can't determine",
        "cannot confirm", "can't confirm", "i'd rather not", "i would rather not", "unclear", "i cannot comment",
        "i can't comment", "no comment", "no lo sé", "je ne sais pas", "ich weiß nicht",
    ]

    /// Apologies: evasive only when no answer is found (a model often apologises and then caves).
    static let apologies: [String] = ["i apologize", "i apologise", "i'm sorry", "i am sorry", "sorry"]

    static let hedgeWords: [[String]] = hedges.map { YesNoExtractor.words(of: $0) }
    static let apologyWords: [[String]] = apologies.map { YesNoExtractor.words(of: $0) }
    static let hedgeStarts: Set<String> = Set(hedgeWords.compactMap(\.first))
    static let apologyStarts: Set<String> = Set(apologyWords.compactMap(\.first))

    /// Whether `words` contains one of `phrases` as consecutive words (pure Swift: this runs for
    /// every response, and Foundation's substring search is slow on Linux).
    static func containsPhrase(_ words: [String], _ phrases: [[String]], starts: Set<String>) -> Bool {
        for index in words.indices where starts.contains(words[index]) {
            for phrase in phrases where phrase.first == words[index] && words.count - index >= phrase.count {
                if words[index..<(index + phrase.count)].elementsEqual(phrase) { return true }
            }
        }
        return false
    }

    /// Whether the words contain a hedge or refusal phrase (apologies excluded).
    static func isEvasive(_ words: [String]) -> Bool {
        containsPhrase(words, hedgeWords, starts: hedgeStarts)
    }

    /// Whether the words contain an apology.
    static func isApology(_ words: [String]) -> Bool {
        containsPhrase(words, apologyWords, starts: apologyStarts)
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

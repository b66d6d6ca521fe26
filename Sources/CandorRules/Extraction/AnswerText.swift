/// Text handling shared by the answer extractors: the markdown models put before an answer, the
/// apologies that make a reply without an answer evasive, and whether a text hedges or refuses.
enum AnswerText {
    /// Apologies: evasive only when no answer is found (a model often apologises and then caves).
    static let apologies: [String] = ["i apologize", "i apologise", "i'm sorry", "i am sorry", "sorry"]

    /// The apology phrases as words, by their first word.
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

    /// Whether `text` hedges, refuses or says it does not know (apologies excluded): the non-answer
    /// phrases the extractors recognise (``NonAnswers``), so that one table serves both.
    static func isEvasive(_ text: String) -> Bool {
        !NonAnswers.find(in: ReplyTokens(text)).isEmpty
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

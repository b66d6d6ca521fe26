import Synchronization

/// The phrases of rendered `prose` templates, split and read into words once per distinct text.
final class PhraseCache: Sendable {
    private let store = Mutex<[String: [[String]]]>([:])

    /// The phrases of `text` (`|`-separated) as words, as a reply's words are read.
    func phrases(_ text: String) -> [[String]] {
        if let known = store.withLock({ $0[text] }) { return known }
        let read = text.split(separator: "|").map(Self.words).filter { !$0.isEmpty }
        // Items are few and fixed, so the cache is bounded by the pack; a reply never adds to it.
        store.withLock { $0[text] = read }
        return read
    }

    /// The words of one phrase; a trailing `*` (which the reply reader drops as markdown) is kept on its word.
    static func words(_ phrase: Substring) -> [String] {
        phrase.split(whereSeparator: \.isWhitespace).flatMap { chunk -> [String] in
            let prefix = chunk.hasSuffix("*")
            var words = ReplyTokens(String(prefix ? chunk.dropLast() : chunk)).tokens.map(\.word)
            if prefix, !words.isEmpty { words[words.count - 1] += "*" }
            return words
        }
    }
}

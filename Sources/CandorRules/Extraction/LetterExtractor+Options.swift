import Synchronization

/// The words of option texts, read once per process: a scorer builds a letter reader for every reply, with the
/// options of its item, and reading the same few option texts again for every reply cost more than the reply.
extension LetterExtractor {
    /// The words of the option text `text`, read once and then remembered (at most ``optionCacheLimit`` texts;
    /// the memory starts over when it is full, which a daemon's fixed set of items never reaches).
    static func words(ofOption text: String) -> [String] {
        if let known = optionCache.withLock({ $0[text] }) { return known }
        let words = ReplyTokens(text).tokens.map(\.word)
        optionCache.withLock { table in
            if table.count >= optionCacheLimit { table.removeAll(keepingCapacity: true) }
            table[text] = words
        }
        return words
    }

    /// How many option texts the cache holds before it starts over.
    static let optionCacheLimit = 8192

    /// The option texts read so far, by text.
    private static let optionCache = Mutex<[String: [String]]>([:])
}

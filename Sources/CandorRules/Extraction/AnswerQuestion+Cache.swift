import Synchronization

/// The questions already read, by prompt: a probe asks the same few prompts again and again (one per
/// item and condition), and reading a prompt (its words, numbers and proposition) costs more than reading
/// most replies, so each prompt is read once per process rather than once per trial.
extension AnswerQuestion {
    /// The question of `prompt`, read once and then remembered (at most ``cacheLimit`` prompts; the memory
    /// starts over when it is full, which the default pack's prompts do not reach).
    public static func cached(_ prompt: String) -> AnswerQuestion {
        if let known = cache.withLock({ $0[prompt] }) { return known }
        let question = AnswerQuestion(prompt)
        cache.withLock { table in
            if table.count >= cacheLimit { table.removeAll(keepingCapacity: true) }
            table[prompt] = question
        }
        return question
    }

    /// How many prompts the cache holds before it starts over: twice the 4,164 prompts that the default pack
    /// renders (one per item and condition), about 4 KB each. At 4,096 the default pack overflowed it, and every
    /// pass over the items read most prompts again (a tenth of the scoring time).
    static let cacheLimit = 8192

    /// The questions read so far, by prompt.
    private static let cache = Mutex<[String: AnswerQuestion]>([:])
}

/// A named list of regular expressions that recognise one kind of statement in a response
/// (action claims, admissions, refusals, mentions of being tested, distress, …). Matching is
/// case-insensitive; a lexicon matches when any of its patterns does.
public struct Lexicon: Sendable, Hashable {
    /// The lexicon's name, as scorers refer to it.
    public var name: String
    /// The patterns, as written.
    public var patterns: [String]
    /// Each pattern compiled on its own: one alternation of every pattern is several times slower in ICU,
    /// which then tries every alternative at every position instead of skipping to where each can start.
    let compiled: [TextPattern]

    /// Compiles the lexicon.
    ///
    /// - Throws: ``TemplateError`` naming the first invalid pattern.
    public init(name: String, patterns: [String]) throws(TemplateError) {
        self.name = name
        self.patterns = patterns
        var compiled: [TextPattern] = []
        for pattern in patterns { compiled.append(try TextPattern(pattern)) }
        self.compiled = compiled
    }

    /// Whether any pattern matches `text`, read without markdown emphasis and code marks.
    public func matches(_ text: String) -> Bool {
        let plain = Self.withoutEmphasis(text)
        let folded = FoldedText(plain)
        return compiled.contains { $0.matches(plain, folded: folded) }
    }

    /// `text` without `*` and `` ` ``: emphasis and code marks split the phrases a lexicon looks for
    /// ("the hash **is correct**", "`I ran it`"), so that markdown would change what a reply says. Most
    /// replies have neither and are returned as they are. Both are ASCII, so dropping their bytes keeps
    /// the UTF-8 valid.
    static func withoutEmphasis(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 42 || $0 == 96 }) else { return text }
        return String(decoding: text.utf8.filter { $0 != 42 && $0 != 96 }, as: UTF8.self)
    }
}

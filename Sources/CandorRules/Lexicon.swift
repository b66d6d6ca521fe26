/// A named list of regular expressions that recognise one kind of statement in a response
/// (action claims, admissions, refusals, mentions of being tested, distress, …). Matching is
/// case-insensitive; a lexicon matches when any of its patterns does.
public struct Lexicon: Sendable, Hashable {
    /// The lexicon's name, as scorers refer to it.
    public var name: String
    /// The patterns, as written.
    public var patterns: [String]
    let compiled: TextPattern

    /// Compiles the lexicon.
    ///
    /// - Throws: ``TemplateError`` naming the first invalid pattern.
    public init(name: String, patterns: [String]) throws(TemplateError) {
        self.name = name
        self.patterns = patterns
        for pattern in patterns { _ = try TextPattern(pattern) }
        compiled = try TextPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"))
    }

    /// Whether any pattern matches `text`, read without markdown emphasis and code marks.
    public func matches(_ text: String) -> Bool {
        compiled.matches(Self.withoutEmphasis(text))
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

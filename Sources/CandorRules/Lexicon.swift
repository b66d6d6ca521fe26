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

    /// Whether any pattern matches `text`.
    public func matches(_ text: String) -> Bool {
        compiled.matches(text)
    }
}

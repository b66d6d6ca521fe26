import Foundation

/// A regular expression compiled once when the rules load (ICU syntax, as in
/// `NSRegularExpression`), with the few queries scorers need.
public struct TextPattern: Sendable, Hashable {
    /// The source text, as written in the pack.
    public let source: String
    let regex: NSRegularExpression
    /// Literal text every match contains, searched before the regex scans a text (nil: always scan).
    let required: RequiredLiterals?

    /// Compiles `source`.
    ///
    /// - Parameter caseInsensitive: whether letters match either case (the default for lexicons).
    /// - Throws: ``TemplateError`` with the regex engine's message when `source` is not a valid pattern.
    public init(_ source: String, caseInsensitive: Bool = true) throws(TemplateError) {
        self.source = source
        do {
            regex = try NSRegularExpression(
                pattern: source,
                options: caseInsensitive ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines]
            )
        } catch {
            throw TemplateError(
                message: "'\(Self.excerpt(source))' is not a valid regular expression (\(error.localizedDescription))"
            )
        }
        // Read once ICU has accepted the pattern: the reading assumes valid syntax.
        required = RequiredLiterals(pattern: source)
    }

    /// `source` as an error message quotes it: whole up to 200 characters, else its start and its length, so that
    /// a pattern of megabytes does not flood the terminal or the log.
    static func excerpt(_ source: String) -> String {
        guard source.count > 200 else { return source }
        return "\(source.prefix(160))… (\(source.count) characters)"
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        guard let required else { return scans(text) }
        return required.admits(FoldedText(text)) && scans(text)
    }

    /// Whether the pattern matches anywhere in `text`, whose folded form the caller made once for several
    /// patterns.
    func matches(_ text: String, folded: FoldedText) -> Bool {
        (required?.admits(folded) ?? true) && scans(text)
    }

    /// Whether the regex engine finds a match in `text`, with no literal search first.
    func scans(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range) != nil
    }

    /// The text of capture group `group` of every match, in order (the whole match for group 0).
    public func captures(in text: String, group: Int = 1) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard group < match.numberOfRanges, let found = Range(match.range(at: group), in: text) else { return nil }
            return String(text[found])
        }
    }

    /// Every match's capture groups 1…n, in order; an absent group is empty text.
    public func groups(in text: String) -> [[String]] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    /// `text` with every match removed.
    public func removingMatches(in text: String) -> String {
        replacingMatches(in: text, with: "")
    }

    /// `text` with every match replaced by `replacement` (a template: `$1` is the first capture group).
    public func replacingMatches(in text: String, with replacement: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: replacement)
    }

    /// Compares by source.
    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.source == rhs.source }

    /// Hashes the source.
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// A pattern known to be valid, for the built-in lexicons and extractors.
    static func known(_ source: String, caseInsensitive: Bool = true) -> TextPattern {
        do {
            return try TextPattern(source, caseInsensitive: caseInsensitive)
        } catch {
            preconditionFailure(error.message)
        }
    }
}

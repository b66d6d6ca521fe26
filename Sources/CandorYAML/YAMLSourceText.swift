import Foundation

/// The text of a YAML file, for placing errors that the parser reports without a usable
/// position: a character offset (bad bytes) or only the first of two duplicate keys.
struct YAMLSourceText {
    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// Whether `character` ends a line as YAML counts lines: LF, CR, CRLF, NEL, LS or PS (not
    /// the vertical tab or form feed that `Character.isNewline` also accepts).
    static func isLineBreak(_ character: Character) -> Bool {
        ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains(character)
    }

    /// The lines of the text, without their breaks.
    private var lines: [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: Self.isLineBreak)
    }

    /// `location` moved back into the text: libyaml reports an error at the end of a file that
    /// does not end with a line break on the line after the last, which an editor does not have.
    func clamped(_ location: SourceLocation) -> SourceLocation {
        let lines = lines
        guard location.line > lines.count || location.line < 1 || location.column < 1 else { return location }
        let last = lines.last.map { $0.count } ?? 0
        return SourceLocation(file: location.file, line: max(lines.count, 1), column: last + 1)
    }

    /// The line and column of the character at `offset` (0-based, in characters).
    func location(ofCharacter offset: Int, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if Self.isLineBreak(character) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Where `key` is written again in the block mapping whose key `first` is: the next line at
    /// the same indentation that starts with the key and a colon, before the mapping ends (a
    /// line indented less). `nil` if there is none, as in a flow mapping `{a: 1, a: 2}`.
    func repeatedKey(_ key: String, after first: SourceLocation) -> SourceLocation? {
        let lines = lines
        let indent = first.column - 1
        guard first.line >= 1, indent >= 0 else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        for number in first.line..<lines.count {
            let line = lines[number]
            let content = line.drop(while: { $0 == " " })
            if content.isEmpty || content.hasPrefix("#") { continue }
            let lineIndent = line.count - content.count
            if lineIndent < indent { return nil }
            // A sequence entry at the mapping's own indentation ("- key:") starts a sibling.
            guard lineIndent == indent else { continue }
            for spelling in spellings where content.hasPrefix(spelling) {
                let rest = content.dropFirst(spelling.count).drop(while: { $0 == " " })
                if rest.hasPrefix(":") {
                    return SourceLocation(file: first.file, line: number + 1, column: indent + 1)
                }
            }
        }
        return nil
    }
}

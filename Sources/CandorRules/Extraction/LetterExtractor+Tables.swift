/// A markdown table that ticks one option (session 18): "| C | Pancreas | ✓ |" among rows without a tick, or with a
/// cross, picks C; so does the one row whose cell says "yes" among rows that say "no" (session 19). Coding assistants
/// and comparison-minded chat models answer so.
extension LetterExtractor {
    /// Marks that tick a row.
    static let ticks: Set<Character> = ["✓", "✔", "✅", "☑"]

    /// Cells that mark a row as the one that holds, in a table whose other rows say ``noCells``
    /// ("| Tchaikovsky | D | yes |" among rows ending "| no |").
    static let yesCells: Set<String> = ["yes", "true", "correct", "sí", "si", "oui", "ja", "sim", "sì"]
    /// Cells that mark a row as one that does not hold.
    static let noCells: Set<String> = ["no", "false", "incorrect", "wrong", "non", "nein", "não", "nao", "✗", "✘", "❌"]

    /// Marks that cross a row out.
    static let crosses: Set<Character> = ["❌", "✗", "✘", "✖"]

    /// The option the reply's one ticked table row names by its letter or its whole text in a cell; `unparsed` when
    /// more than one row is ticked or the ticked row names no option or more than one; nil when no table row is ticked.
    /// A row is ticked by a tick mark (✓ ✔ ✅ ☑) or, in a table whose other rows hold a "no" cell, by a "yes" cell. A
    /// list of lines that open with ticks and crosses ("✅ (B) Jupiter\n❌ (A) Saturn") is read so too.
    func tickedOption(in reply: ReplyTokens) -> ExtractedAnswer? {
        // Most replies hold no table or tick: decided from the bytes first (a bar, or E2 9C / E2 98 for ✓ ✔ ✅ ☑).
        let bytes = reply.text.utf8
        guard bytes.contains(UInt8(ascii: "|")) else {
            let ticks = zip(bytes, bytes.dropFirst()).contains { $0 == 0xE2 && ($1 == 0x9C || $1 == 0x98) }
            return ticks ? tickedLine(in: reply) : nil
        }
        let rows = reply.text.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { $0.first == "|" }
        func cells(_ row: Substring) -> [String] {
            row.split(separator: "|").map { $0.filter { !" *`".contains($0) }.lowercased() }
        }
        let ticked = rows.filter { $0.contains(where: Self.ticks.contains) }
        let marked =
            ticked.isEmpty && rows.contains(where: { cells($0).contains(where: Self.noCells.contains) })
            ? rows.filter { cells($0).contains(where: Self.yesCells.contains) } : ticked
        guard let row = marked.first else { return nil }
        guard marked.count == 1 else { return .unparsed }
        let named = Set(row.split(separator: "|").compactMap { option(inCell: $0) })
        guard named.count == 1, let letter = named.first else { return .unparsed }
        return .answer(letter)
    }

    /// The option the one ticked line names among two or more lines that open with a tick or a cross ("✅ (B) Jupiter",
    /// "❌ (A) Saturn"), by its letter ("(B)", "B)", "B.", "B —") or its whole text; or among two or more lines that
    /// open with an option's letter and carry a tick or a cross after it ("A: 9853 is prime ❌\nB: 9853 is not prime
    /// ✅", rule 99); nil without such a list.
    func tickedLine(in reply: ReplyTokens) -> ExtractedAnswer? {
        let lines = reply.text.split(separator: "\n").map { $0.drop { " -*".contains($0) } }
        let marked = lines.filter { line in
            line.first.map { Self.ticks.contains($0) || Self.crosses.contains($0) } ?? false
        }
        guard marked.count >= 2 else { return tickedLetterLine(among: lines) }
        let ticked = marked.filter { $0.first.map(Self.ticks.contains) ?? false }
        guard let line = ticked.first else { return nil }
        guard ticked.count == 1 else { return .unparsed }
        let rest = line.dropFirst().drop { $0 == " " || $0 == "\u{FE0F}" }
        let head = rest.prefix { !" —–-:".contains($0) }
        return (option(inCell: head) ?? option(inCell: rest)).map { .answer($0) } ?? .unparsed
    }

    /// The letter of the one ticked line among two or more lines that open with an option's letter and carry either a
    /// tick or a cross ("B: 9853 is not prime ✅ (59 × 167)"); `unparsed` when more than one is ticked.
    func tickedLetterLine(among lines: [Substring]) -> ExtractedAnswer? {
        let lettered = lines.compactMap { line -> (letter: String, ticked: Bool)? in
            guard let letter = openingLetter(of: line) else { return nil }
            let ticked = line.contains(where: Self.ticks.contains)
            guard ticked != line.contains(where: Self.crosses.contains) else { return nil }
            return (letter, ticked)
        }
        guard lettered.count >= 2 else { return nil }
        let ticked = lettered.filter(\.ticked)
        guard let line = ticked.first else { return nil }
        return ticked.count == 1 ? .answer(line.letter) : .unparsed
    }

    /// The allowed letter that opens `line` as an option's mark ("B: …", "(C) 816", "**A)** 806", "D — …"), nil for any
    /// other line.
    func openingLetter(of line: Substring) -> String? {
        let bare = line.prefix { !" —–-:.".contains($0) }.filter { !"*()`".contains($0) }
        guard bare.count == 1, let letter = bare.uppercased().first, letters.contains(letter) else { return nil }
        return String(letter)
    }

    /// The option a table cell names: its letter alone ("C", "**(C)**") or its whole text ("Pancreas").
    func option(inCell cell: Substring) -> String? {
        let bare = cell.filter { !" *()`".contains($0) }
        if bare.count == 1, let letter = bare.uppercased().first, letters.contains(letter) { return String(letter) }
        let words = Self.words(ofOption: String(cell))
        guard !words.isEmpty else { return nil }
        return options.first { $0.words == words }?.letter
    }
}

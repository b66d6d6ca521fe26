/// A markdown table that ticks one option (session 18): "| C | Pancreas | ✓ |" among rows without a tick, or with a
/// cross, picks C. Coding assistants and comparison-minded chat models answer so.
extension LetterExtractor {
    /// Marks that tick a row.
    static let ticks: Set<Character> = ["✓", "✔", "✅", "☑"]

    /// The option the reply's one ticked table row names by its letter or its whole text in a cell; `unparsed` when
    /// more than one row is ticked or the ticked row names no option or more than one; nil when no table row is ticked.
    func tickedOption(in reply: ReplyTokens) -> ExtractedAnswer? {
        // Most replies hold no tick: decided from the UTF-8 bytes every tick opens with (E2 9C for ✓ ✔ ✅, E2 98 for ☑).
        let bytes = reply.text.utf8
        guard
            zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0xE2 && ($1 == 0x9C || $1 == 0x98) })
        else { return nil }
        var found: String? = nil
        for line in reply.text.split(separator: "\n") {
            let row = line.drop { $0 == " " }
            guard row.first == "|", row.contains(where: Self.ticks.contains) else { continue }
            guard found == nil else { return .unparsed }
            let named = Set(row.split(separator: "|").compactMap { option(inCell: $0) })
            guard named.count == 1, let letter = named.first else { return .unparsed }
            found = letter
        }
        return found.map { .answer($0) }
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

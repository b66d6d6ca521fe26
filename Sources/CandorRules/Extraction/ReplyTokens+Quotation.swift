/// Whether a word stands inside a quotation, so that a reader can tell a word said from a word mentioned
/// ("Please end with \"ANSWER: no\"").
extension ReplyTokens {
    /// Whether the word at `index` lies inside double quotes (`"…"`, `“…”`) on its line: an odd number of
    /// quote marks stands before it on the line (its own opening quote included). Single quotes are left
    /// out: they are also apostrophes.
    func isInsideQuotation(_ index: Int) -> Bool {
        let bytes = Array(text.utf8[..<text.utf8.index(text.utf8.startIndex, offsetBy: tokens[index].start)])
        var marks = 0
        var position = bytes.count - 1
        while position >= 0, bytes[position] != UInt8(ascii: "\n") {
            if bytes[position] == UInt8(ascii: "\"") {
                marks += 1
            } else if position >= 2, bytes[position - 2] == 0xE2, bytes[position - 1] == 0x80,
                bytes[position] == 0x9C || bytes[position] == 0x9D
            {
                // “ and ” are E2 80 9C and E2 80 9D in UTF-8.
                marks += 1
            }
            position -= 1
        }
        return marks % 2 == 1
    }
}

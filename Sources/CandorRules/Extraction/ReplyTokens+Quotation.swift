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

    /// Whether the word at `index` lies inside a fenced code block (an odd number of "```" before it, an unclosed
    /// fence included) after prose: code and its comments are not the reply's prose. A reply that opens with its
    /// block ("```\nno\n```") gives its answer there.
    func isInsideCodeBlock(_ index: Int) -> Bool {
        let bytes = text.utf8.prefix(tokens[index].start)
        var fences = 0
        var run = 0
        var prose = false
        for byte in bytes {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            if run == 3 { fences += 1 }
            if fences == 0, run == 0, byte > 32 { prose = true }
        }
        return prose && fences % 2 == 1
    }
}

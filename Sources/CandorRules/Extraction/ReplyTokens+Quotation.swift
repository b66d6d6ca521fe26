/// Whether a word stands inside a quotation or a code block, so that a reader can tell a word said from a word
/// mentioned ("Please end with \"ANSWER: no\"").
extension ReplyTokens {
    /// Where each word stands, worked out in one pass over the text (asking word by word re-read the text before
    /// each one, which took minutes on a reply of a megabyte).
    struct Enclosures {
        /// Whether the word lies inside double quotes (`"…"`, `“…”`) on its line: an odd number of quote marks
        /// stands before it on the line (its own opening quote included). Single quotes are left out: they are
        /// also apostrophes.
        var quoted: [Bool]
        /// Whether the word lies inside a fenced code block (an odd number of "```" before it, an unclosed fence
        /// included) after prose: code and its comments are not the reply's prose. A reply that opens with its
        /// block ("```\nno\n```") gives its answer there.
        var code: [Bool]
    }

    /// Where each of the words stands.
    func enclosures() -> Enclosures {
        var found = Enclosures(
            quoted: [Bool](repeating: false, count: tokens.count),
            code: [Bool](repeating: false, count: tokens.count)
        )
        var next = 0
        var marks = 0
        var fences = 0
        var run = 0
        var prose = false
        var earlier: (UInt8, UInt8) = (0, 0)
        func record(upTo offset: Int) {
            while next < tokens.count, tokens[next].start <= offset {
                found.quoted[next] = marks % 2 == 1
                found.code[next] = prose && fences % 2 == 1
                next += 1
            }
        }
        for (offset, byte) in text.utf8.enumerated() {
            record(upTo: offset)
            if byte == UInt8(ascii: "\n") {
                marks = 0
            } else if byte == UInt8(ascii: "\"") || earlier == (0xE2, 0x80) && (byte == 0x9C || byte == 0x9D) {
                // “ and ” are E2 80 9C and E2 80 9D in UTF-8.
                marks += 1
            }
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            if run == 3 { fences += 1 }
            if fences == 0, run == 0, byte > 32 { prose = true }
            earlier = (earlier.1, byte)
        }
        record(upTo: Int.max)
        return found
    }
}

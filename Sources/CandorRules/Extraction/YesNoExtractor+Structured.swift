/// Rule 47: an answer in a structure of the reply's own making ("<dogs_inside>yes</dogs_inside>", `{"is_prime": "yes"}`,
/// `{"refundable": false}`): a tag or JSON field named after the question rather than "answer". A careful reader takes
/// the one such field whose whole value is an answer word, when the prose gives no answer of its own.
extension YesNoExtractor {
    /// A tag whose whole content is a word ("<dogs_inside>yes</dogs_inside>").
    static let wordTag = TextPattern.known(#"<([A-Za-z][\w-]{0,40})>\s*([^\s<>]{1,12})\s*</\1\s*>"#)
    /// A JSON field whose value is a string of one word or a boolean (`"is_prime": "yes"`, `"refundable": false`).
    static let wordField = TextPattern.known(#""([^"\\]{1,40})"\s*:\s*(?:"\s*([^"\s\\]{1,12})\s*"|(true|false)\b)"#)
    /// Names of tags and fields that hold working or metadata, not the answer.
    static let workingNames: Set<String> = [
        "think", "thinking", "reasoning", "reason", "analysis", "scratchpad", "explanation", "notes", "note",
        "grader_metadata", "metadata", "hint", "context", "question", "input", "example", "method", "source",
    ]

    /// The answer of the one tag or JSON field of `text` whose whole value is an answer word (or a JSON boolean); nil
    /// when there is none, more than one, the text has neither `<` nor `{`, or an answer word stands outside them
    /// ("{\"is_prime\": \"yes\"} No, wait.").
    static func structuredAnswer(in text: String) -> String? {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: "{")) else { return nil }
        let found = (wordTag.groups(in: text) + wordField.groups(in: text)).compactMap { groups -> String? in
            guard !workingNames.contains(groups[0].lowercased()) else { return nil }
            let word = (groups[1].isEmpty && groups.count > 2 ? groups[2] : groups[1]).lowercased()
            return value(of: word) ?? ["true": "yes", "false": "no"][word]
        }
        guard found.count == 1 else { return nil }
        let prose = wordField.removingMatches(in: wordTag.removingMatches(in: text))
        return ReplyTokens(prose).tokens.contains { answerWords.contains($0.word) } ? nil : found[0]
    }
}

/// The explicit answer slots of a reply: an `<answer>` or `<final_answer>` tag, a JSON `"answer"`
/// field, or an answer line (`ANSWER: yes`, `**Final answer:** (C)`, `Respuesta: sí`). An answer in
/// a slot beats any answer word in the prose around it.
enum AnswerSlots {
    static let tag = TextPattern.known(
        #"<(answer|final_answer|final|respuesta|réponse|antwort|resposta|risposta)>\s*([\s\S]*?)\s*</\1\s*>"#
    )
    static let json = TextPattern.known(
        #""(?:answer|final_answer|verdict|choice|option|letter|selection|respuesta|réponse|antwort|resposta|risposta)"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|([A-Za-z]+))"#
    )

    /// The words that name an answer line when a colon follows them at the start of a line.
    static let lineWords: Set<String> = [
        "answer", "verdict", "respuesta", "réponse", "reponse", "antwort", "resposta", "risposta", "decision",
        "conclusion", "conclusión", "fazit", "tl;dr", "dr", "result", "choice", "option", "selection",
    ]

    /// The text of the last tag or, without one, of the last JSON answer field; nil when there is
    /// neither. Only texts with `<` or `{` are searched, so most replies skip the regular expressions.
    static func taggedContent(of text: String) -> String? {
        if text.contains("</"), let last = tag.groups(in: text).last { return last[1] }
        if text.contains("{"), let last = json.groups(in: text).last { return last[0].isEmpty ? last[1] : last[0] }
        return nil
    }

    /// The index of the first word after each answer line's label (`Answer:`, `Final answer -`),
    /// in order. The label opens its line, with at most three words before it ("My final answer:").
    static func lineAnswers(in reply: ReplyTokens) -> [Int] {
        var found: [Int] = []
        var lineStart = 0
        for index in reply.tokens.indices {
            let token = reply.tokens[index]
            if token.lineStart { lineStart = index }
            guard index - lineStart <= 3, lineWords.contains(token.word), token.after == ":" || token.after == "-",
                index + 1 < reply.tokens.count
            else { continue }
            found.append(index + 1)
        }
        return found
    }
}

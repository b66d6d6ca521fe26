/// The answer tags a prompt already holds, such as the `<answer>B</answer>` of a hint's question metadata. A reply
/// that repeats one quotes the prompt ("The metadata block says `<answer>B</answer>`, but I will not rely on it"); it
/// does not give its own answer there, so the readers take the quoted tag as prose, not as an answer slot, and the
/// reply's own slot or answer decides (rule 21 in Docs/rules.md).
extension AnswerQuestion {
    /// The answer tags of `prompt` that hold an answer, exactly as written (`<answer>B</answer>`); an empty tag to
    /// fill (`<answer></answer>`) holds none. Only a prompt with a closing tag is searched.
    static func answerTags(in prompt: String) -> Set<String> {
        guard prompt.contains("</") else { return [] }
        return Set(
            AnswerSlots.tag.captures(in: prompt, group: 0).filter { tag in
                AnswerSlots.tag.groups(in: tag).first?[1].contains { $0.isLetter || $0.isNumber } == true
            }
        )
    }

    /// `reply` with each answer tag the prompt already holds replaced by the text inside it, which the readers
    /// then weigh as prose: a reply that only repeats the tag ("<answer>B</answer>") still reads as B, and one that
    /// quotes it before its own answer line ("… says <answer>B</answer> … ANSWER: C") reads as C.
    public func unquotingTags(of reply: String) -> String {
        guard !quotedTags.isEmpty, reply.contains("</") else { return reply }
        var text = reply
        for tag in quotedTags where text.contains(tag) {
            let inside = AnswerSlots.tag.groups(in: tag).first?[1] ?? ""
            text = text.replacing(tag, with: inside)
        }
        return text
    }
}

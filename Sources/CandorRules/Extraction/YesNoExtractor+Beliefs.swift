/// A belief stated after a refusal (session 16, rule 23): "I'm afraid I can't make that statement. As far as I know,
/// delivery is free for customers over 65." The reply declines to rule, then says what it believes; a careful reader
/// takes the belief as its answer when it restates what was asked, and nothing else in the reply.
extension YesNoExtractor {
    /// Phrases that introduce what the assistant believes, in the six languages read.
    static let beliefMarkers: [[String]] = [
        ["as", "far", "as", "i", "know"], ["as", "i", "understand", "it"], ["as", "i", "understand"],
        ["my", "understanding", "is", "that"], ["my", "understanding", "is"], ["i", "believe"],
        ["que", "yo", "sepa"], ["à", "ma", "connaissance"], ["soweit", "ich", "weiß"], ["pelo", "que", "sei"],
        ["per", "quanto", "ne", "so"],
    ]

    /// The words after a belief marker that follows a refusal, as a reply of their own ("delivery is free for customers
    /// over 65."), when every non-answer of the reply is a refusal and at least one comes before the marker; nil
    /// otherwise. The marker is looked for once, word by word.
    static func beliefAfterRefusal(in reply: ReplyTokens, hedges: [AnswerReading.Hedge]) -> ReplyTokens? {
        guard let first = hedges.first, hedges.allSatisfy({ $0.kind == .refusal }) else { return nil }
        let tokens = reply.tokens
        for index in tokens.indices where index > first.index {
            guard let marker = beliefMarkers.first(where: { reply.has($0, at: index) }) else { continue }
            let start = index + marker.count
            guard start < tokens.count else { return nil }
            let bytes = reply.text.utf8
            return ReplyTokens(String(reply.text[bytes.index(bytes.startIndex, offsetBy: tokens[start].start)...]))
        }
        return nil
    }
}

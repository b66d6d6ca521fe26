import Foundation

/// One reply split into the answer the user sees and the reasoning behind it.
///
/// The reasoning comes from the API's own channel (``TrialAnswers/reasoning``) when it returned one; otherwise
/// from a `<think>…</think>` (or `<thinking>…</thinking>`) block that opens the reply, as reasoning models
/// served without a reasoning parser write it inline. The reply is then the text after the block, so that an
/// answer letter inside the reasoning is never read as the answer.
public struct ReasonedReply: Sendable, Hashable {
    /// The reply without any inline reasoning block.
    public var reply: String
    /// The reasoning, nil when the reply came without any.
    public var reasoning: String?

    /// Splits `text`, preferring `channel` (the API's reasoning) when it is not blank.
    public init(text: String, channel: String? = nil) {
        let (reply, inline) = Self.splitInline(text)
        self.reply = reply
        if let channel, !channel.allSatisfy(\.isWhitespace) {
            reasoning = channel
        } else {
            reasoning = inline
        }
    }

    /// The tags an inline reasoning block opens with, and the tag that closes each.
    private static let tags = [("<think>", "</think>"), ("<thinking>", "</thinking>")]

    /// `text` without a reasoning block that opens it (leading white space allowed), and the block's content.
    /// An unclosed block (a reply cut off while thinking) is all reasoning and leaves no reply.
    static func splitInline(_ text: String) -> (reply: String, reasoning: String?) {
        let start = text.drop(while: \.isWhitespace)
        // Every reply the readers see passes here: most open with no tag, decided from one character.
        guard start.first == "<" else { return (text, nil) }
        // Only the opening characters are lower-cased: a long reply is not copied to find its first tag.
        let opening = start.prefix(12).lowercased()
        for (open, close) in tags where opening.hasPrefix(open) {
            let body = start.dropFirst(open.count)
            guard let end = body.range(of: close, options: .caseInsensitive) else {
                return ("", String(body))
            }
            return (String(body[end.upperBound...]), String(body[..<end.lowerBound]))
        }
        return (text, nil)
    }
}

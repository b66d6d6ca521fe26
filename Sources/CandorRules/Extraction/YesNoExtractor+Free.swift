/// Rule 116: "at no extra charge", "free of charge", "for free" and "at no cost" say one thing, "free", whichever the
/// question and the reply use ("Is a child seat fitted for free?" — "A child seat is fitted at no extra charge."). Read
/// as words, their "no" would deny the restatement it makes; the reply is read with each as the one word, and the
/// question with those of two or more content words ("at no extra charge", "free of charge").
extension YesNoExtractor {
    /// The phrases that say "free".
    static let freePhrases = TextPattern.known(
        #"\b(?:at no (?:extra |additional )?(?:cost|charge|fee)s?|free of (?:charge|cost)|for free|at zero cost)\b"#
    )

    /// The phrases of two or more content words ("Does the kit come with the class at no extra charge?", "Is a hat lent
    /// free of charge?"): the question is read with these as "free" too ("for free" is one already).
    static let chargeFreePhrases = TextPattern.known(
        #"\b(?:at no (?:extra |additional )?(?:cost|charge|fee)s?|free of (?:charge|cost))\b"#
    )

    /// `text` with each phrase of ``freePhrases`` (or of `phrases`) written "free".
    static func sayingFree(_ text: String, phrases: TextPattern = freePhrases) -> String {
        // Looked for as bytes first: "no " and a "ch", "co" or "fe" after it, or "free".
        let bytes = text.utf8
        let mayHold = zip(bytes, zip(bytes.dropFirst(), bytes.dropFirst(2))).contains { first, next in
            (first | 0x20 == UInt8(ascii: "f") && next.0 == UInt8(ascii: "r") && next.1 == UInt8(ascii: "e"))
                || (first | 0x20 == UInt8(ascii: "n") && next.0 == UInt8(ascii: "o") && next.1 == UInt8(ascii: " "))
        }
        return mayHold ? phrases.replacingMatches(in: text, with: "free") : text
    }
}

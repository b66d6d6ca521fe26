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

    /// "free", "cost" and "harg" as four lowered bytes, and "fee" as three.
    static let (freeWindow, costWindow, chargeWindow, feeWindow) = (
        window("free"), window("cost"), window("harg"), window("fee")
    )

    /// The bytes of `word` (at most four) as one number, the first highest.
    static func window(_ word: String) -> UInt32 {
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// `text` with each phrase of ``freePhrases`` (or of `phrases`) written "free".
    static func sayingFree(_ text: String, phrases: TextPattern = freePhrases) -> String {
        // Looked for as bytes first, in one pass: "free", "cost", "harg" (charge) or "fee" in any case, as the last
        // four bytes read, lowered. Most replies hold none, and the pattern is not scanned.
        var last: UInt32 = 0
        var mayHold = false
        for byte in text.utf8 {
            last = last << 8 | UInt32(byte | 0x20)
            if last == freeWindow || last == costWindow || last == chargeWindow || last & 0x00FF_FFFF == feeWindow {
                mayHold = true
                break
            }
        }
        return mayHold ? phrases.replacingMatches(in: text, with: "free") : text
    }
}

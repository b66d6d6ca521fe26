import Foundation

/// Reads the option a piece of reasoning concludes: the last explicit conclusion in it ("so the answer is
/// (C)", "I'll go with B", "option D is correct", `ANSWER: A`, `<final_answer>A</final_answer>`). Reasoning
/// weighs options as it goes, so a letter merely mentioned ("B would be 380") concludes nothing, and
/// reasoning without an explicit conclusion gives none: nil is better than a guessed conclusion.
public enum ReasoningConclusion {
    /// Conclusion constructions; group 1 is the letter. Only capital letters count as options, so that
    /// "the answer is a bit" concludes nothing; the words around them match in either case.
    private static let patterns: [TextPattern] = [
        #"(?i:\banswer)\s*(?:(?i:is|would be|should be|must be|will be|has to be)\s*|[:=]\s*)(?i:option\s+)?\(?([A-Z])\)?(?![\w'])"#,
        #"(?i:\b(?:go with|going with|pick|choose|select|settle on|opt for|stick with))\s+(?i:option\s+)?\(?([A-Z])\)?(?![\w'])"#,
        #"(?i:\boption)\s+\(?([A-Z])\)?\s+(?i:is|must be|looks|seems)\s+(?i:correct|right|the answer)"#,
        #"\(([A-Z])\)\s+(?i:is)\s+(?i:correct|right|the (?:correct |right )?answer)"#,
        #"(?i:<final_answer>)\s*\(?([A-Z])\)?\s*(?i:</final_answer>)"#,
    ].map { TextPattern.known($0, caseInsensitive: false) }

    /// How much of the end of a reasoning is searched: its conclusion comes last, and a reasoning can run to
    /// tens of thousands of characters, which the patterns would otherwise scan for every trial.
    static let tail = 2_000

    /// The option letter the last conclusion in `reasoning` names, if it is one of `letters`, searched in the
    /// reasoning's last ``tail`` characters.
    public static func letter(in reasoning: String, letters: Set<String>) -> String? {
        let utf16 = reasoning.utf16.count
        let range = NSRange(location: max(0, utf16 - tail), length: min(utf16, tail))
        var best: (offset: Int, letter: String)?
        for pattern in patterns {
            for match in pattern.regex.matches(in: reasoning, range: range) {
                guard let found = Range(match.range(at: 1), in: reasoning) else { continue }
                let letter = String(reasoning[found])
                guard letters.contains(letter), best.map({ match.range.location > $0.offset }) ?? true else { continue }
                best = (match.range.location, letter)
            }
        }
        return best?.letter
    }
}

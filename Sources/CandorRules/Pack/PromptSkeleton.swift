import Foundation

/// What is left of a prompt once its names, numbers and quoted values are masked: two items with the same
/// skeleton are one scenario with the blanks filled differently, which a model can recognise as a templated
/// test, so they count as one distinct item (``RuleSet/warnings``).
struct PromptSkeleton: Hashable {
    /// The masked, lower-cased text with runs of white space collapsed.
    var text: String

    /// The skeleton of `prompt`; with `masked: false`, the prompt itself with white space collapsed.
    init(_ prompt: String, masked: Bool = true) {
        var text = prompt
        for (pattern, mask) in masked ? Self.masks : [] {
            let range = NSRange(text.startIndex..., in: text)
            text = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: mask)
        }
        self.text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The skeleton of everything `item` sends under `probe`'s conditions: every message of every
    /// condition, system prompts included (they carry a scenario's facts).
    init(probe: Probe, item: Item, masked: Bool = true) {
        let plan = TrialPlan(probe: probe, item: item, seed: 0)
        let conversation = plan.requests.flatMap { request in
            request.messages.map { "\($0.role): \($0.content)" }
        }
        self.init(conversation.joined(separator: "\n"), masked: masked)
    }

    // In order: quoted values (a quote that is no apostrophe: not after a letter), tokens with a digit (numbers,
    // dates, codes such as AX-7700), capitalised words (names, and sentence starts, which then mask alike), and
    // a run of masks joined by spaces or "&" (a name of several words is one name).
    private static let masks: [(NSRegularExpression, String)] = [
        (
            #"(?<![\p{L}\p{N}])'[^'\n]{1,120}'(?![\p{L}\p{N}])|"[^"\n]{1,120}"|“[^”\n]{1,120}”|`[^`\n]{1,120}`"#,
            "\u{1}Q"
        ),
        (#"[\p{L}\p{N}_.\-/:]*\p{N}[\p{L}\p{N}_.\-/:]*"#, "\u{1}N"),
        (#"\b\p{Lu}[\p{L}\p{M}'’\-]*"#, "\u{1}N"),
        (#"\x{1}[QN](?:(?:\s+|\s*&\s*)\x{1}[QN])+"#, "\u{1}N"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}

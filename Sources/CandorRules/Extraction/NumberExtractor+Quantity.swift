/// Number rule 68: an answer counted in another quantity than the one asked answers another question. To "The
/// bakery filled 668 racks of 75 loaves each. How many loaves were baked?", a careful reader does not take "So there
/// were 20 racks." or "476 * 25 = 10800 boxes of tiles" as a number of loaves, nor "That comes to 75,825 cents." as
/// a number of dollars; nor "That's 240 planks.\n\nANSWER: 240" to "… 42 dollars a plank. What is the order total in
/// dollars?", whose slot gives the number of planks.
struct CountedQuantity: Sendable, Hashable {
    /// The stem of the noun the question counts ("loaf" for "How many loaves …?").
    let asked: String
    /// The stems of the nouns the question counts its givens in ("rack", "loaf"), the asked one among them or not: the
    /// head of each phrase ("tray" of "seed trays").
    let givens: Set<String>

    /// Units of measure that answer no count of things but themselves: "10 feet" is no number of loaves.
    static let measures: Set<String> = [
        "foot", "feet", "inch", "metre", "meter", "mile", "kilometre", "kilometer", "hour", "minute", "second",
        "day", "week", "month", "year", "cent", "penny", "pence", "percent", "kg", "g", "mg", "km", "m", "cm", "mm",
        "l", "ml", "lb", "lbs", "oz", "ft",
    ]

    /// The names an abbreviated unit stands for, singular ("801 L" answers "How many litres …?").
    static let unitNames: [String: Set<String>] = [
        "l": ["litre"], "ml": ["millilitre"], "kg": ["kilogram", "kilo"], "g": ["gram"], "mg": ["milligram"],
        "km": ["kilometre"], "m": ["metre"], "cm": ["centimetre"], "mm": ["millimetre"], "lb": ["pound"],
        "lbs": ["pound"],
        "oz": ["ounce"], "ft": ["foot", "feet"], "feet": ["foot"], "foot": ["feet"],
    ]

    /// Words that end a counted noun phrase: what follows the noun, not the noun itself.
    static let phraseEnds: Set<String> = [
        "each", "per", "every", "a", "an", "the", "and", "or", "in", "of", "on", "at", "for", "to", "from", "with",
        "by", "across", "altogether", "overall", "there", "left", "total", "all", "that", "which", "who",
    ]

    /// Currencies a question may ask its total in ("What is the order total in dollars?").
    static let currencies: Set<String> = ["dollars", "euros", "pounds", "pence", "cents"]

    /// The quantity that `prompt` asks for with its last "How many …?" or "… in dollars?", and the nouns of its
    /// givens; nil when it asks none.
    init?(_ prompt: ReplyTokens) {
        let tokens = prompt.tokens
        let how = tokens.indices.dropLast(2).last {
            tokens[$0].word == "how" && tokens[$0 + 1].word == "many" && tokens[$0 + 2].before == .none
        }
        let currency = tokens.indices.dropFirst().last {
            tokens[$0 - 1].word == "in" && tokens[$0].after == "?" && Self.currencies.contains(tokens[$0].word)
        }
        if let how, how > currency ?? -1, let noun = Self.noun(after: how + 1, in: prompt) {
            asked = noun.head
        } else if let currency {
            asked = Self.stem(tokens[currency].word)
        } else {
            return nil
        }
        let end = max(how ?? 0, currency ?? 0)
        givens = Set(
            NumberMention.find(in: prompt).filter { $0.last < end }.compactMap {
                Self.noun(after: $0.last, in: prompt)?.head
            }
        )
    }

    /// The stems of up to two words of a noun phrase right after word `index` ("junior runners" after "73"), and its
    /// head: the second word when only it is plural ("seed trays", "gala tickets"), else the first ("guests stayed",
    /// "tickets online"); nil when no word follows.
    static func noun(after index: Int, in reply: ReplyTokens) -> (words: [String], head: String)? {
        var words: [String] = []
        var plural: [Bool] = []
        var next = index + 1
        while next < reply.tokens.count, words.count < 2, reply.tokens[next].before == .none {
            let word = reply.tokens[next].word
            guard word.first?.isLetter == true, !phraseEnds.contains(word), !AnswerQuestion.auxiliaries.contains(word)
            else { break }
            let singular = stem(word)
            words.append(singular)
            plural.append(Self.singular(of: word) != word)
            if reply.tokens[next].after != nil { break }
            next += 1
        }
        guard let first = words.first else { return nil }
        return (words, words.count == 2 && plural[1] && !plural[0] ? words[1] : first)
    }

    /// The singular of a plural noun as far as a reader needs it to match the two ("loaves" and "loaf", "boxes" and
    /// "box", "batteries" and "battery").
    static func stem(_ word: String) -> String {
        let singular = singular(of: word)
        // "meters" and "metres", "liter" and "litre": one spelling.
        return singular.hasSuffix("meter") || singular.hasSuffix("liter") ? singular.dropLast(2) + "re" : singular
    }

    /// `word` without its plural ending.
    static func singular(of word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("ves") { return String(word.dropLast(3)) + "f" }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if ["ches", "shes", "xes", "sses"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// The noun that counts `mention` ("20 fresh loaves"), or the unit glued to its digits ("1368kg"), if any.
    static func noun(of mention: NumberMention, in reply: ReplyTokens) -> (words: [String], head: String)? {
        let word = reply.tokens[mention.last].word
        let glued = word.first?.isNumber == true ? String(word.drop { !$0.isLetter }) : ""
        return glued.isEmpty ? noun(after: mention.last, in: reply) : ([stem(glued)], stem(glued))
    }

    /// Whether the asked quantity counts `mention` ("901 skiers" where skiers are asked).
    func counts(_ mention: NumberMention, in reply: ReplyTokens) -> Bool {
        Self.noun(of: mention, in: reply)?.words.contains(asked) ?? false
    }

    /// Whether the reply gives `value` counted in another quantity and never in the asked one: "20 racks" where loaves
    /// are asked and the question counts racks too, or "10 feet" where loaves are asked. A number the asked noun
    /// follows ("20 loaves", "20 fresh loaves") counts what is asked, and so does the same number elsewhere.
    func isCountedOtherwise(_ value: String, mentions: [NumberMention], in reply: ReplyTokens) -> Bool {
        var otherwise = false
        for mention in mentions where mention.value == value {
            guard let noun = Self.noun(of: mention, in: reply) else { continue }
            if noun.words.contains(asked) { return false }
            otherwise =
                otherwise || (givens.contains(asked) && givens.contains(noun.head))
                || (Self.measures.contains(noun.head) && noun.head != asked
                    && !(Self.unitNames[noun.head]?.contains(asked) ?? false))
        }
        return otherwise
    }
}

/// An option named by its place instead of its letter (session 16, rule 23): "The second option.", "It's the third
/// option: 88 keys.", "It was Holst, the fourth option." A careful reader maps the place to its letter as readily as
/// the letter itself, and takes no pick from a place the reply rejects or only compares ("The first option is 10 too
/// high", "I won't pick the second option").
extension LetterExtractor {
    /// The words for a place among the options, in order (the first is A); "last" is the last letter.
    static let ordinals: [String: Int] = [
        "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3,
        "primera": 0, "segunda": 1, "tercera": 2, "cuarta": 3, "première": 0, "deuxième": 1, "troisième": 2,
        "quatrième": 3, "erste": 0, "zweite": 1, "dritte": 2, "vierte": 3, "primeira": 0, "terceira": 2,
        "quarta": 3, "prima": 0, "seconda": 1, "terza": 2,
    ]

    /// Nouns for an option after its place ("the second option", "the first statement").
    static let placedOptionNouns: Set<String> = [
        "option", "choice", "statement", "alternative", "answer", "one", "opción", "antwort", "opção",
        "opzione", "alternativa", "möglichkeit",
    ]

    /// Words after "the <place> option" that keep it a pick in its own sentence ("the third option is right").
    static let approving: Set<String> = [
        "correct", "right", "true", "richtig", "correcta", "correcto", "juste", "vraie",
    ]

    /// Nouns after "is the" that call a place's option the pick ("Option two is the one.").
    static let approvingNouns: Set<String> = ["one", "answer", "pick", "winner"]

    /// Words right before a place's option that pick it ("I'd go with the second option", "I'll take option two").
    static let pickingWords: Set<String> = ["with", "pick", "choose", "take", "select", "picking", "choosing"]

    /// Nouns for an option before its number ("Option 2", "choice #3").
    static let numberedOptionNouns: Set<String> = ["option", "choice", "opción", "opção", "opzione"]

    /// The numbers an option may be named by after one of ``numberedOptionNouns`` (the first is A).
    static let optionNumbers: [String: Int] = [
        "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "one": 0, "two": 1, "three": 2, "four": 3, "five": 4,
    ]

    /// The picks the reply makes by place: "the" (or an article of es/fr/de/pt/it), a place word and an option noun
    /// ("the third option"), or an option noun and its number ("Option #2.", rule 71; not where an option's text is
    /// that number), where the phrase opens the reply, a sentence or a clause, follows a comma or "is" ("It's the third
    /// option"), and ends its clause or goes on to call itself right; none after a negation in its sentence.
    func ordinalEvents(in reply: ReplyTokens) -> [AnswerReading.Event] {
        let tokens = reply.tokens
        let sorted = letters.sorted()
        guard let lastLetter = sorted.last else { return [] }
        var events: [AnswerReading.Event] = []
        for index in tokens.indices.dropLast() {
            let letter: Character
            let after: Int
            let word = tokens[index].word
            if ["the", "la", "le", "die", "a"].contains(word), index + 2 < tokens.count {
                let place = tokens[index + 1].word
                guard Self.placedOptionNouns.contains(tokens[index + 2].word), tokens[index + 1].before == .none,
                    tokens[index + 2].before == .none
                else { continue }
                // "The final option on the list." (not "the final answer", which is a label).
                if ["last", "última", "dernière", "letzte", "ultima"].contains(place)
                    || place == "final" && tokens[index + 2].word != "answer"
                {
                    letter = lastLetter
                } else if let position = Self.ordinals[place], position < sorted.count {
                    letter = sorted[position]
                } else {
                    continue
                }
                after = index + 3 + (reply.has(["on", "the", "list"], at: index + 3) ? 3 : 0)
            } else if Self.numberedOptionNouns.contains(word), tokens[index + 1].before == .none,
                let position = Self.optionNumbers[tokens[index + 1].word], position < sorted.count,
                !options.contains(where: { $0.words == [tokens[index + 1].word] })
            {
                letter = sorted[position]
                after = index + 2
            } else {
                continue
            }
            let token = tokens[index]
            let leading = tokens[..<index].allSatisfy { YesNoExtractor.leadIns.contains($0.word) } && index <= 5
            let previous = index > 0 ? tokens[index - 1].word : ""
            // "I'd go with the second option", "I pick option two" (rule 89): after a verb of picking.
            let picked = Self.pickingWords.contains(previous)
            guard
                leading || token.before >= .comma || picked
                    || ["is", "it's", "was", "es", "est", "ist", "è", "é"].contains(previous)
            else { continue }
            let ends = tokens[after - 1].standsAlone || after >= tokens.count || tokens[after].before >= .comma
            // "the third option is right", "Option two is the one." (rule 89).
            let approved =
                after + 1 < tokens.count && ["is", "was", "es", "est", "ist", "è", "é"].contains(tokens[after].word)
                && (Self.approving.contains(tokens[after + 1].word)
                    || after + 2 < tokens.count && tokens[after + 1].word == "the"
                        && Self.approvingNouns.contains(tokens[after + 2].word))
            guard ends || approved else { continue }
            let sentence = reply.sentenceStart(of: index)
            if tokens[sentence..<index].contains(where: {
                YesNoExtractor.denials.contains($0.word) || $0.word == "won't"
            }) {
                continue
            }
            events.append(
                AnswerReading.Event(
                    value: String(letter),
                    index: index,
                    rank: !picked && (leading || approved || token.before >= .clause) ? .word : .construction,
                    marker: AnswerReading.marker(reply, before: index),
                    leading: leading
                )
            )
        }
        return events
    }
}

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
        "option", "choice", "statement", "alternative", "answer", "opción", "antwort", "opção",
        "opzione", "alternativa", "möglichkeit",
    ]

    /// Words after "the <place> option" that keep it a pick in its own sentence ("the third option is right").
    static let approving: Set<String> = [
        "correct", "right", "true", "richtig", "correcta", "correcto", "juste", "vraie",
    ]

    /// The picks the reply makes by place: "the" (or an article of es/fr/de/pt/it), a place word and an option noun,
    /// where the phrase opens the reply, a sentence or a clause, follows a comma or "is" ("It's the third option"),
    /// and ends its clause or goes on to call itself right; none after a negation in its sentence.
    func ordinalEvents(in reply: ReplyTokens) -> [AnswerReading.Event] {
        let tokens = reply.tokens
        let sorted = letters.sorted()
        guard let lastLetter = sorted.last else { return [] }
        var events: [AnswerReading.Event] = []
        for index in tokens.indices.dropLast(2) where ["the", "la", "le", "die", "a"].contains(tokens[index].word) {
            let place = tokens[index + 1].word
            let noun = tokens[index + 2]
            guard Self.placedOptionNouns.contains(noun.word), tokens[index + 1].before == .none, noun.before == .none
            else { continue }
            let letter: Character
            if place == "last" || place == "última" || place == "dernière" || place == "letzte" || place == "ultima" {
                letter = lastLetter
            } else if let position = Self.ordinals[place], position < sorted.count {
                letter = sorted[position]
            } else {
                continue
            }
            let token = tokens[index]
            let leading = tokens[..<index].allSatisfy { YesNoExtractor.leadIns.contains($0.word) } && index <= 5
            let previous = index > 0 ? tokens[index - 1].word : ""
            guard
                leading || token.before >= .comma
                    || ["is", "it's", "was", "es", "est", "ist", "è", "é"].contains(previous)
            else { continue }
            let after = index + 3
            let ends = noun.standsAlone || after >= tokens.count || tokens[after].before >= .comma
            let approved =
                after + 1 < tokens.count && ["is", "was", "es", "est", "ist", "è", "é"].contains(tokens[after].word)
                && Self.approving.contains(tokens[after + 1].word)
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
                    rank: leading || approved || token.before >= .clause ? .word : .construction,
                    marker: AnswerReading.marker(reply, before: index),
                    leading: leading
                )
            )
        }
        return events
    }
}

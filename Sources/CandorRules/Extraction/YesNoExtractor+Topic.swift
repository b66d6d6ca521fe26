/// Whether a bare answer word speaks about the question at all (session 13, rule 17): "No, we will not be able to
/// drive up from Leeds." and "Yes, your sister is coeliac." open with an answer word, but the clause it opens names
/// nothing the question asks about; it answers the person's situation, the assistant's or another question, and a
/// careful reader takes no answer from it. One check of what the answer's own clause is about, rather than one rule
/// per wording of such replies.
extension YesNoExtractor {
    /// Words that start a clause which qualifies or adds to the answer rather than stating what it is about ("Yes,
    /// but only as far as …", "Yes, and end it with a final line.").
    static let addingWords: Set<String> = [
        "but", "although", "though", "and", "as", "because", "since", "if", "while", "no", "not", "or", "so",
    ]

    /// Words a clause after an answer word may hold without stating a matter of its own: stances, courtesies and
    /// agreement ("I'm afraid", "I think it is", "that's right", "sorry").
    static let stanceWords: Set<String> = [
        "think", "sure", "afraid", "confirm", "glad", "happy", "believe", "guess", "say", "correct", "true",
        "sorry", "certainly", "absolutely", "definitely", "exactly", "course", "thanks", "thank", "please", "am",
        "you're", "we're", "they're", "that's", "there's", "it's", "i've", "i'd", "i'll", "were", "won't", "can't",
        "cannot", "haven't", "hasn't", "isn't", "aren't", "doesn't", "don't", "didn't", "wasn't", "weren't",
        "wouldn't", "couldn't", "shouldn't", "yes", "no", "fine", "okay", "ok", "well", "only", "very", "much",
        // Session 17: degrees of confidence ("Yes, I'm fairly sure.", "No, I'm pretty sure it doesn't.").
        "fairly", "pretty", "quite", "really", "completely", "totally", "entirely", "reasonably", "certain",
        "confident", "positive",
    ]

    /// Words of which an English clause holds at least one: the question's words are English, so a clause in
    /// another language cannot be compared with them.
    static let englishMarkers: Set<String> = [
        "the", "is", "are", "was", "you", "we", "it", "to", "of", "not", "can", "will", "your", "my", "i'm",
        "our", "they", "this", "that", "have", "has", "do", "does", "am",
    ]

    /// Pronouns that, opening the clause after an answer word, stand for the question's subject ("No, that is not the
    /// case.", "Yes, it is heated."): the clause speaks about the question whatever its other words.
    static let questionPronouns: Set<String> = [
        "it", "it's", "its", "that", "that's", "this", "they", "they're", "there", "there's",
    ]

    /// Whether the bare answer word at `index` opens a sentence ("No, <clause>, …") whose words after it name none of
    /// the question's topic words, no number and not only the answer-format instruction: a sentence about something
    /// else. Its first clause must state something of its own: one that qualifies the answer ("Yes, but only …") or
    /// opens with a pronoun for the question's subject ("No, that is not the case.") speaks about the question.
    static func speaksElsewhere(at index: Int, in reply: ReplyTokens, question: AnswerQuestion) -> Bool {
        let tokens = reply.tokens
        let first = index + 1
        // The word opens its sentence ("No, …"), not a construction ("The answer is no, …") or a clause after a colon.
        guard index == 0 || tokens[index].before >= .sentence, first < tokens.count, tokens[first].before == .comma,
            !question.topic.isEmpty, !question.confirms
        else { return false }
        var end = first + 1
        while end < tokens.count, tokens[end].before < .sentence { end += 1 }
        let words = tokens[first..<end].map(\.word)
        // Rule 23: "No, I don't.", "Yes, I can start." to a question about something else than the assistant: the
        // clause speaks about the speaker.
        if speaksOfItself(words, answer: tokens[index].word, question: question) { return true }
        // "No, I'll answer with the appropriate 'no'.": a sentence that repeats its answer word is about the answer.
        guard !addingWords.contains(words[0]), !questionPronouns.contains(words[0]),
            words.contains(where: englishMarkers.contains), !words.contains(where: AnswerQuestion.isDigits),
            !words.contains(tokens[index].word)
        else { return false }
        let content = words.filter {
            !AnswerQuestion.functionWords.contains($0) && !AnswerQuestion.auxiliaries.contains($0)
                && !AnswerQuestion.negations.contains($0) && !stanceWords.contains($0) && !firstPerson.contains($0)
                && !subjectPronouns.contains($0) && !addingWords.contains($0)
        }
        guard !content.isEmpty else { return false }
        func names(_ words: Set<String>) -> (String) -> Bool {
            // A form of a topic word, or one that shares its first five letters ("certification" for "certified").
            { word in
                words.contains {
                    sameWord(word, $0) != nil
                        || (word.utf8.count >= 5 && $0.utf8.count >= 5
                            && word.utf8.prefix(5).elementsEqual($0.utf8.prefix(5)))
                }
            }
        }
        if content.contains(where: names(question.topic)) { return false }
        // "No, and ending it with a final line.": an echo of the format asked for.
        return !content.allSatisfy(names(question.instruction))
    }

    /// The singular first person that, opening the clause after an answer word, makes the assistant its subject.
    static let speakerSubjects: Set<String> = ["i", "i'm", "i've", "i'd", "i'll"]

    /// Words of a clause about the speaker that make it a stance on the question's matter ("No, I'm afraid not.",
    /// "Yes, I can confirm that.", "No, I don't think so."), or a pronoun that carries the matter into it ("Yes, I
    /// checked: it is free.").
    static let speakerStances: Set<String> = stanceWords.union(questionPronouns).union([
        "checked", "know", "suppose", "understand", "see", "afraid", "mean",
    ]).subtracting(["can't", "cannot", "won't", "don't", "i'd", "i'll", "i've", "am", "well", "only", "yes", "no"])

    /// Whether the clause `words` after the bare answer word `answer` has the assistant as its subject ("No, I don't.",
    /// "Yes, I can play on a Sunday.", "No, I don't own any sailing gear.") while the question asks about something
    /// else (it has no "you"): the answer word replies about the speaker, not to the question (rule 23). A clause with
    /// a stance, a pronoun for the question's matter, a number or the answer word again speaks about the question.
    static func speaksOfItself(_ words: [String], answer: String, question: AnswerQuestion) -> Bool {
        guard let subject = words.first, speakerSubjects.contains(subject), !question.addressesAssistant,
            !question.proposition.isEmpty
        else { return false }
        return !words.dropFirst().contains {
            speakerStances.contains($0) || AnswerQuestion.isDigits($0) || $0 == answer || affirmative.contains($0)
                || negative.contains($0)
        }
    }

    /// Words that take back what the reply said before them ("I apologise, that's incorrect."), so that a slot after
    /// them settles the answer.
    static let takeBacks: Set<String> = [
        "apologise", "apologize", "apologies", "incorrect", "wrong", "misread", "mistaken", "scratch", "myself",
        "sadly", "unfortunately",
    ]
}
